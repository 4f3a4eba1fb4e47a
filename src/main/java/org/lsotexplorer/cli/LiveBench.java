package org.lsotexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.TrainingWorker;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.engine.WorkerStatus;
import org.lsotexplorer.live.Frame;
import org.lsotexplorer.live.FrameRequest;
import org.lsotexplorer.live.FrameSchedule;
import org.lsotexplorer.live.FrameWorker;

/**
 * {@code bench live}: the window's pipeline without the window. Eight Gaussians, lsot with the product's defaults,
 * every layer on, a plane of the size it has in a 1280x800 window. Three phases on fresh runs of the same seed (each
 * starts at step 0, so each trains the same discriminator):
 * <ol>
 *   <li>headless: the training worker alone;</li>
 *   <li>live: the training worker, the frame worker and a "screen" thread that, like the FX thread's pulse, takes the
 *       newest frame 60 times a second and copies its pixels, counting new frames, new potential grids and how far
 *       the new frame's step trails the worker's status at that moment (the window updates its status bar in the
 *       same pulse), in steps and in frames;</li>
 *   <li>headless again (the machine's noise).</li>
 * </ol>
 * {@code training_ratio} = live steps per second / mean headless steps per second.
 */
final class LiveBench {
    /** The plane's size in device pixels in a 1280x800 window (settings and metrics columns beside it). */
    static final int WIDTH = 700;
    static final int HEIGHT = 640;
    private static final long WARMUP_MILLIS = 1500;

    private LiveBench() {
    }

    static Map<String, Object> run(double seconds) throws InterruptedException {
        double headless1 = headless(seconds * 0.25);
        Map<String, Object> live = live(seconds * 0.5);
        double headless2 = headless(seconds * 0.25);
        double headless = (headless1 + headless2) / 2;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "live_eight_gaussians_lsot_all_layers");
        m.putAll(live);
        m.put("headless_steps_per_second", round(headless));
        m.put("training_ratio", round((double) live.get("steps_per_second") / headless));
        m.put("width", WIDTH);
        m.put("height", HEIGHT);
        return m;
    }

    private static TrainingWorker startTraining() throws InterruptedException {
        RunSettings s = RunSettings.defaults("eight-gaussians", SolverKind.LSOT, 1);
        TrainingWorker w = new TrainingWorker(() -> TransportRun.create(s, ToyPreset.EIGHT_GAUSSIANS));
        w.loop().play();
        Thread.sleep(WARMUP_MILLIS);
        return w;
    }

    private static double headless(double seconds) throws InterruptedException {
        try (TrainingWorker w = startTraining()) {
            int s0 = w.loop().status().step();
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            int s1 = w.loop().status().step();
            return (s1 - s0) / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static Map<String, Object> live(double seconds) throws InterruptedException {
        try (TrainingWorker w = startTraining();
             FrameWorker frames = new FrameWorker(w.loop()::latestState, FrameSchedule.defaults())) {
            frames.request(FrameRequest.of(WIDTH, HEIGHT));
            Thread.sleep(300);
            int[] screen = new int[WIDTH * HEIGHT];
            Frame shown = frames.latestFrame();
            int newFrames = 0;
            int newPoints = 0;
            int newGrids = 0;
            double lagSum = 0;
            int lagMax = 0;
            int polls = 0;
            int s0 = w.loop().status().step();
            long t0 = System.nanoTime();
            long end = t0 + (long) (seconds * 1e9);
            long pulse = t0;
            while (System.nanoTime() < end) {
                pulse += 16_666_667L;   // a 60 Hz pulse at a fixed rate, like the FX thread's
                java.util.concurrent.locks.LockSupport.parkNanos(Math.max(0, pulse - System.nanoTime()));
                Frame f = frames.latestFrame();
                WorkerStatus st = w.loop().status();
                if (f != null && f != shown) {
                    System.arraycopy(f.argb(), 0, screen, 0, Math.min(screen.length, f.argb().length));
                    newFrames++;
                    if (shown == null || f.snapshot() != shown.snapshot()) {
                        newPoints++;
                    }
                    if (shown == null || f.gridSerial() != shown.gridSerial()) {
                        newGrids++;
                    }
                    shown = f;
                    if (f.snapshot() != null) {
                        // the window updates its status bar in the pulse that shows a new frame
                        int lag = Math.max(0, st.step() - f.snapshot().step());
                        lagSum += lag;
                        lagMax = Math.max(lagMax, lag);
                        polls++;
                    }
                }
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            int steps = w.loop().status().step() - s0;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("points_fps", round(newPoints / elapsed));
            m.put("potential_fps", round(newGrids / elapsed));
            m.put("frames_per_second", round(newFrames / elapsed));
            m.put("steps_per_second", round(steps / elapsed));
            double stepsPerFrame = newPoints == 0 ? Double.NaN : (double) steps / newPoints;
            double lagMean = polls == 0 ? Double.NaN : lagSum / polls;
            m.put("title_lag_steps_mean", round(lagMean));
            m.put("title_lag_steps_max", lagMax);
            m.put("steps_per_frame", round(stepsPerFrame));
            m.put("title_lag_frames_mean", round(lagMean / stepsPerFrame));
            m.put("frame_errors", frames.lastError().isEmpty() ? "none" : frames.lastError());
            m.put("seconds", round(elapsed));
            return m;
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** One JSON line. */
    static String json(Map<String, Object> m) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(k).append("\":");
            b.append(v instanceof String s ? "\"" + s.replace("\"", "'") + "\"" : String.format(Locale.ROOT, "%s", v));
        });
        return b.append('}').toString();
    }
}
