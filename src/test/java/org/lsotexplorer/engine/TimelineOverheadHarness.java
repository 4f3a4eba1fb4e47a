package org.lsotexplorer.engine;

import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.model.Nd4jRuntime;

/**
 * Not a test: measures what the timeline costs the training loop (default lsot, 3x512 discriminator), steps per second
 * with a checkpoint every 10 steps against none, interleaved, plus the time of one capture. Run with
 * {@code java -cp target/test-classes:target/classes:CP org.lsotexplorer.engine.TimelineOverheadHarness STEPS ROUNDS}.
 */
public final class TimelineOverheadHarness {
    private TimelineOverheadHarness() {
    }

    public static void main(String[] args) {
        Nd4jRuntime.init();
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        RunSettings s = RunSettings.defaults("eight-gaussians", SolverKind.LSOT, 1).withSteps(100_000);
        for (int r = 0; r < rounds; r++) {
            double with = stepsPerSecond(s, steps, Timeline.DEFAULT_EVERY_STEPS);
            double without = stepsPerSecond(s, steps, 1_000_000);
            System.out.printf(java.util.Locale.ROOT, "{\"round\":%d,\"steps_per_s_timeline\":%.2f,"
                    + "\"steps_per_s_none\":%.2f,\"ratio\":%.3f}%n", r, with, without, with / without);
        }
        TransportRun run = TransportRun.create(s, ToyPreset.EIGHT_GAUSSIANS);
        for (int i = 0; i < 3; i++) {
            run.step();
        }
        long t0 = System.nanoTime();
        int n = 20;
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes = RunCheckpoint.captureWithoutHistory(run).sizeBytes();
        }
        System.out.printf(java.util.Locale.ROOT, "{\"capture_ms\":%.2f,\"capture_bytes\":%d}%n",
                (System.nanoTime() - t0) / 1e6 / n, bytes);
    }

    private static double stepsPerSecond(RunSettings s, int steps, int every) {
        TrainingLoop l = new TrainingLoop(() -> TransportRun.create(s, ToyPreset.EIGHT_GAUSSIANS), System::nanoTime);
        l.configureTimeline(every, Timeline.DEFAULT_BUDGET_BYTES);
        l.play();
        for (int i = 0; i < 5; i++) {
            l.tick();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            l.tick();
        }
        return steps / ((System.nanoTime() - t0) / 1e9);
    }
}
