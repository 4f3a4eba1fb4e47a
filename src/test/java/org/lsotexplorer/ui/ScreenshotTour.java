package org.lsotexplorer.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * A visual review aid, not a test: opens the window, runs a script of steps (train, switch solver or dataset, ...)
 * and writes a screenshot of the whole window after each ({@code scene.snapshot}). Run it under a display:
 * {@code OMP_NUM_THREADS=1 xvfb-run -a java -cp ... org.lsotexplorer.ui.ScreenshotTour OUT_DIR}.
 */
public final class ScreenshotTour {
    private static final QueuedFileDialogs DIALOGS = new QueuedFileDialogs();

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1) {
            bannerOnly(Path.of(args[0]));
            return;
        }
        Path out = Path.of(args.length > 0 ? args[0] : "target/tour");
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<ExplorerWindow> w = new AtomicReference<>();
        fx(x -> {
            ExplorerOptions o = ExplorerOptions.defaults();
            ExplorerWindow win = new ExplorerWindow(new Stage(), new ExplorerOptions(o.initial(), o.schedule(),
                    Preferences.userRoot().node("org/lsotexplorer/ui-tour")), DIALOGS);
            win.show();
            w.set(win);
        });
        ExplorerController c = w.get().controller();
        while (!c.session().isReady()) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);
        shot(w.get(), out.resolve("1-ready.png"));
        fx(x -> c.toggleTrain());
        Thread.sleep(25_000);
        shot(w.get(), out.resolve("2-lsot-training.png"));
        fx(x -> c.planeModel().rawDiscriminatorProperty().set(true));
        Thread.sleep(800);
        shot(w.get(), out.resolve("3-raw-discriminator.png"));
        fx(x -> {
            c.planeModel().potentialProperty().set(true);
            c.pickSolver(org.lsotexplorer.engine.SolverKind.SINKHORN);
        });
        Thread.sleep(1500);
        fx(x -> c.toggleTrain());
        Thread.sleep(12_000);
        shot(w.get(), out.resolve("4-sinkhorn.png"));
        fx(x -> {
            c.pickSolver(org.lsotexplorer.engine.SolverKind.CRITIC_RAYS);
            c.pickDataset(org.lsotexplorer.ui.data.Dataset.of(org.lsotexplorer.data.ToyPreset.TWO_MOONS));
        });
        Thread.sleep(1500);
        fx(x -> c.toggleTrain());
        Thread.sleep(15_000);
        shot(w.get(), out.resolve("5-critic-rays-moons.png"));
        fx(x -> {
            c.pickSolver(org.lsotexplorer.engine.SolverKind.LSOT);
            c.pickDataset(org.lsotexplorer.ui.data.Dataset.DRAWN);
        });
        Thread.sleep(1000);
        shot(w.get(), out.resolve("6-drawn-empty.png"));
        fx(x -> {
            for (int i = 0; i < 40; i++) {
                double a = i / 40.0 * 2 * Math.PI;
                c.dataModel().paint(1.5 * Math.cos(a), 1.5 * Math.sin(2 * a), 90, false);
            }
            c.reset();
        });
        Thread.sleep(1500);
        fx(x -> c.toggleTrain());
        Thread.sleep(8000);
        shot(w.get(), out.resolve("6b-drawn-trained.png"));
        Path bad = out.resolve("bad.csv");
        Files.writeString(bad, "x,y\n0.1,0.2\n0.3,zero\n");
        DIALOGS.answer(bad);
        fx(x -> c.loadCsv());
        Thread.sleep(1200);
        shot(w.get(), out.resolve("6c-bad-csv.png"));
        fx(x -> HelpDialogs.shortcuts(w.get().stage()));
        Thread.sleep(800);
        fx(x -> {
            for (javafx.stage.Window win : javafx.stage.Window.getWindows()) {
                if (win != w.get().stage()) {
                    WritableImage img = win.getScene().snapshot(null);
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png",
                                out.resolve("7-shortcuts.png").toFile());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        });
        fx(x -> w.get().stage().close());
        Platform.exit();
        System.exit(0);
    }

    private static void bannerOnly(Path out) throws Exception {
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<ExplorerWindow> w = new AtomicReference<>();
        fx(x -> {
            ExplorerOptions o = ExplorerOptions.defaults();
            ExplorerWindow win = new ExplorerWindow(new Stage(), new ExplorerOptions(o.initial(), o.schedule(),
                    Preferences.userRoot().node("org/lsotexplorer/ui-tour")), DIALOGS);
            win.show();
            w.set(win);
        });
        Thread.sleep(6000);
        Path bad = out.resolve("bad.csv");
        Files.writeString(bad, "x,y\n0.1,0.2\n0.3,zero\n");
        DIALOGS.answer(bad);
        fx(x -> w.get().controller().loadCsv());
        Thread.sleep(1500);
        shot(w.get(), out.resolve("banner.png"));
        fx(x -> w.get().stage().close());
        Platform.exit();
        System.exit(0);
    }

    private static void fx(Consumer<Void> action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.accept(null);
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static void shot(ExplorerWindow w, Path file) throws InterruptedException {
        fx(x -> {
            WritableImage img = w.stage().getScene().snapshot(null);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.println("wrote " + file);
    }
}
