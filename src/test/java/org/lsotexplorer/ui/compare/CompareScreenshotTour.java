package org.lsotexplorer.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.live.FrameSchedule;
import org.lsotexplorer.ui.QueuedFileDialogs;

/**
 * A visual review aid, not a test: opens the compare view with N panes (default 4) on the eight Gaussians with the
 * product's default settings, trains for S seconds (default 40), then exports the view as one PNG. Run it under a
 * display: {@code OMP_NUM_THREADS=1 java -cp ... org.lsotexplorer.ui.compare.CompareScreenshotTour OUT.png [N] [S]};
 * {@code TOUR_SIZE=1600x800} sizes the window, {@code TOUR_HOLD=SECONDS} keeps it open after the export.
 */
public final class CompareScreenshotTour {
    private CompareScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/compare-view.png");
        int panes = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Files.createDirectories(out.toAbsolutePath().getParent());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        QueuedFileDialogs none = new QueuedFileDialogs();
        CompletableFuture<CompareWindow> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            CompareWindow w = new CompareWindow(new Stage(), ToyPreset.EIGHT_GAUSSIANS,
                    RunSettings.defaults("eight-gaussians", SolverKind.LSOT, 1), FrameSchedule.defaults(), panes, none);
            w.show();
            if (System.getenv("TOUR_SIZE") != null) {
                String[] wh = System.getenv("TOUR_SIZE").split("x");
                w.stage().setWidth(Double.parseDouble(wh[0]));
                w.stage().setHeight(Double.parseDouble(wh[1]));
            }
            opened.complete(w);
        });
        CompareWindow w = opened.get(30, TimeUnit.SECONDS);
        while (!w.session().isReady()) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);
        Platform.runLater(() -> w.session().playAll());
        Thread.sleep(seconds * 1000L);
        CompletableFuture<Path> written = new CompletableFuture<>();
        Platform.runLater(() -> w.exportTo(out).whenComplete((p, e) -> {
            if (e != null) {
                written.completeExceptionally(e);
            } else {
                written.complete(p);
            }
        }));
        System.out.println("wrote " + written.get(30, TimeUnit.SECONDS));
        for (int i = 0; i < w.paneCount(); i++) {
            System.out.println("pane " + (i + 1) + ": " + w.session().status(i));
        }
        if (System.getenv("TOUR_HOLD") != null) {
            Thread.sleep(Long.parseLong(System.getenv("TOUR_HOLD")) * 1000L);
        }
        Platform.runLater(w::close);
        Thread.sleep(500);
        Platform.exit();
    }
}
