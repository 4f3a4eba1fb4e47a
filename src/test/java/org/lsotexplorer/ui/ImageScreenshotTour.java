package org.lsotexplorer.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.lsotexplorer.engine.images.ImagePreset;
import org.lsotexplorer.engine.images.ImageSnapshot;
import org.lsotexplorer.engine.images.ModelStore;
import org.lsotexplorer.ui.images.ImageExplorerWindow;

/**
 * A visual review aid, not a test: opens the image explorer on a slice of the real MNIST files, waits until the run
 * is done, decodes a plane point, interpolates, and leaves the window up for a screenshot ({@code import -window
 * root}). Run it under a display: {@code xvfb-run -s '-screen 0 1400x900x24' java -cp ...
 * org.lsotexplorer.ui.ImageScreenshotTour MNIST_DIR TRAIN_LIMIT SECONDS_TO_STAY [MODEL_DIR]}
 * (TRAIN_LIMIT 0 = the full set with the default settings).
 */
public final class ImageScreenshotTour {
    private ImageScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path mnist = Path.of(args.length > 0 ? args[0] : "../shared/data/mnist");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int stay = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<ImageExplorerWindow> w = new AtomicReference<>();
        Platform.runLater(() -> {
            ExplorerOptions o = ExplorerOptions.defaults();
            ExplorerWindow main = new ExplorerWindow(new Stage(), new ExplorerOptions(o.initial(), o.schedule(),
                    Preferences.userRoot().node("org/lsotexplorer/ui-tour")), new QueuedFileDialogs());
            main.show();
            if (limit > 0) {
                main.images().setTuning(s -> s.withTrainLimit(limit).withAutoencoderEpochs(1).withCodeCount(Math.min(limit, 2000))
                    .withSampleCount(200).withLsot(s.lsot().withDiscriminatorSteps(300)
                            .withRefinement(s.lsot().refinement().withMaxIterations(20))));
            }
            try {
                // limit 0: full data with default settings; a model folder may be given to reuse trained models
                main.images().setCaches(args.length > 3 ? new ModelStore(Path.of(args[3]))
                        : new ModelStore(Files.createTempDirectory("lsot-tour-models")), null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            w.set(main.images().open(ImagePreset.MNIST, mnist));
            w.get().viewModel().start();
            w.get().stage().setX(0);
            w.get().stage().setY(0);
        });
        while (w.get() == null || w.get().viewModel().snapshot() == null
                || w.get().viewModel().snapshot().state() != ImageSnapshot.State.DONE) {
            Thread.sleep(500);
            if (w.get() != null && w.get().viewModel().snapshot() != null
                    && w.get().viewModel().snapshot().isFinal()
                    && w.get().viewModel().snapshot().state() != ImageSnapshot.State.DONE) {
                System.err.println("run ended: " + w.get().viewModel().snapshot().message());
                break;
            }
        }
        System.out.println("DONE");
        Platform.runLater(() -> {
            var p = w.get().plane();
            w.get().pick(p.codes()[3][0], p.codes()[3][1]);
            ((Button) w.get().stage().getScene().lookup("#evaluate")).fire();
        });
        Thread.sleep(stay * 1000L / 2);
        System.out.println("READY-1");
        Platform.runLater(() -> {
            w.get().selectTab("Interpolation");
            ((Button) w.get().stage().getScene().lookup("#interpolate")).fire();
        });
        Thread.sleep(stay * 1000L / 2);
        System.out.println("READY-2");
        Thread.sleep(60_000);
        Platform.exit();
        System.exit(0);
    }
}
