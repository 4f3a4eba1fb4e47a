package org.lsotexplorer.ui;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.TrainingLoop;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.engine.WorkerStatus;
import org.lsotexplorer.model.Nd4jRuntime;

/**
 * Training throughput with and without the window, for the same solver and settings (the product's defaults: lsot,
 * 512x512x512 discriminator, batch 256, 4,096 codes, default snapshot schedule):
 * <ol>
 *   <li>headless: N discriminator steps through {@code TrainingLoop.tick()} on this thread (snapshots are published
 *       on the same schedule as in the window);</li>
 *   <li>window: the explorer window with every layer and the live curves on, Train pressed, the same N steps timed
 *       from the worker's step counter;</li>
 *   <li>headless again, to show the noise of the machine.</li>
 * </ol>
 * Prints the figures. Run it as a main under a display
 * ({@code OMP_NUM_THREADS=1 xvfb-run -a java -cp ... org.lsotexplorer.ui.ThroughputHarness 500}) or as the
 * slow-tagged {@link ThroughputSlowTest} (Monocle; surefire sets the variable).
 * <p>{@code OMP_NUM_THREADS=1} matters: {@code Nd4jRuntime.init()} pins OpenMP to one thread for the thread that
 * calls it first (OpenMP's thread count is per calling thread), and here that is this thread, not the window's
 * worker. Without the variable the worker would run two OpenMP threads against the FX thread on two cores, which
 * measures a set-up the app never has (in the app the worker is the first caller).
 */
public final class ThroughputHarness {
    private static final int WARMUP = 100;

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        double[] r = measure(steps);
        System.exit(r[1] > 0 ? 0 : 1);
    }

    /** {@code {headless, window, headless again}} steps per second. */
    static double[] measure(int steps) throws Exception {
        if (!"1".equals(System.getenv("OMP_NUM_THREADS"))) {
            System.out.println("warning: OMP_NUM_THREADS is not 1; the window's worker will run two OpenMP threads");
        }
        Nd4jRuntime.init();
        RunSettings s = RunSettings.defaults("eight-gaussians", SolverKind.LSOT, 1);
        double first = headless(s, steps);
        System.out.printf(Locale.ROOT, "headless : %.1f steps/s (%d lsot discriminator steps via TrainingLoop.tick)%n",
                first, steps);
        double window = window(steps);
        System.out.printf(Locale.ROOT, "window   : %.1f steps/s (same run, window open, all layers and curves live)%n",
                window);
        double again = headless(s, steps);
        System.out.printf(Locale.ROOT, "headless : %.1f steps/s (again)%n", again);
        System.out.printf(Locale.ROOT, "window / mean headless = %.1f %%%n", 100 * window / (0.5 * (first + again)));
        return new double[] {first, window, again};
    }

    private static double headless(RunSettings s, int steps) {
        TrainingLoop loop = new TrainingLoop(() -> TransportRun.create(s, ToyPreset.EIGHT_GAUSSIANS),
                System::nanoTime);
        loop.play();
        int done = 0;
        while (done < WARMUP) {
            done += loop.tick() ? 1 : 0;
        }
        long t0 = System.nanoTime();
        while (done < WARMUP + steps) {
            done += loop.tick() ? 1 : 0;
        }
        return steps / ((System.nanoTime() - t0) / 1e9);
    }

    private static double window(int steps) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        Platform.setImplicitExit(false);
        AtomicReference<ExplorerWindow> w = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            ExplorerOptions o = ExplorerOptions.defaults();
            ExplorerWindow win = new ExplorerWindow(new Stage(), new ExplorerOptions(o.initial(), o.schedule(),
                    Preferences.userRoot().node("org/lsotexplorer/ui-harness")), null);
            win.show();
            w.set(win);
            shown.countDown();
        });
        shown.await();
        ExplorerController c = w.get().controller();
        while (!c.session().isReady()) {
            Thread.sleep(50);
        }
        Thread.sleep(1500);
        Platform.runLater(c::toggleTrain);
        int s0 = waitForStep(c, WARMUP);
        long t0 = System.nanoTime();
        int s1 = waitForStep(c, s0 + steps);
        double rate = (s1 - s0) / ((System.nanoTime() - t0) / 1e9);
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            w.get().stage().close();
            closed.countDown();
        });
        closed.await(10, TimeUnit.SECONDS);
        return rate;
    }

    /** Polls the worker's step counter every millisecond until it reaches {@code target}; returns the step seen. */
    private static int waitForStep(ExplorerController c, int target) throws InterruptedException {
        while (true) {
            WorkerStatus st = c.session().status();
            if (st != null && st.step() >= target) {
                return st.step();
            }
            Thread.sleep(1);
        }
    }
}
