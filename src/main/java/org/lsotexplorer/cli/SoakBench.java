package org.lsotexplorer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.TrainingWorker;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.model.HeapGovernor;
import org.lsotexplorer.live.Frame;
import org.lsotexplorer.live.FrameRequest;
import org.lsotexplorer.live.FrameSchedule;
import org.lsotexplorer.live.FrameWorker;

/**
 * {@code bench soak}: the explorer window's memory over a long session, without the window. The same training worker
 * and frame worker as the window, eight Gaussians, every layer on, a plane of the window's size, and a "screen" that
 * takes the newest frame 60 times a second and copies its pixels. Every {@code resetEverySeconds} the run is reset
 * with the next seed and played again, as a user pressing Reset then Train would; every third reset switches the
 * solver (critic-rays, sinkhorn, exact in turn) and the next one switches back to lsot.
 *
 * <p>Prints one JSON line a minute (resident set size now and its maximum so far, heap in use, JavaCPP's off-heap
 * bytes, resets, steps, frames) and a final summary line with the resident set size at the start, its maximum and
 * at the end (the start is taken once ND4J is loaded and the first run built). Memory is sampled once a second.
 */
final class SoakBench {
    private static final SolverKind[] SWITCHES = {SolverKind.CRITIC_RAYS, SolverKind.SINKHORN, SolverKind.EXACT};
    private static final long PULSE_NANOS = 16_666_667L;

    private final double minutes;
    private final double resetEverySeconds;
    private final PrintWriter out;
    private int resets;
    private int solverSwitches;
    private SolverKind solver = SolverKind.LSOT;

    SoakBench(double minutes, double resetEverySeconds, PrintWriter out) {
        if (!(minutes > 0) || minutes > 24 * 60) {
            throw new IllegalArgumentException("--minutes must be in (0, 1440], got " + minutes);
        }
        if (!(resetEverySeconds >= 1)) {
            throw new IllegalArgumentException("--reset-every must be at least 1 second, got " + resetEverySeconds);
        }
        this.minutes = minutes;
        this.resetEverySeconds = resetEverySeconds;
        this.out = out;
    }

    /** The solver of reset {@code k} (1, 2, ...): lsot, except every third reset, which takes the next other one. */
    static SolverKind solverOfReset(int k) {
        return k % 3 == 0 ? SWITCHES[(k / 3 - 1) % SWITCHES.length] : SolverKind.LSOT;
    }

    private static TransportRun build(SolverKind kind, long seed) {
        return TransportRun.create(RunSettings.defaults("eight-gaussians", kind, seed), ToyPreset.EIGHT_GAUSSIANS);
    }

    void run() {
        long t0 = System.nanoTime();
        long end = t0 + (long) (minutes * 60e9);
        long nextReset = t0 + (long) (resetEverySeconds * 1e9);
        long nextSample = t0 + 1_000_000_000L;
        long nextLine = t0 + 60_000_000_000L;
        int minute = 0;
        long frames = 0;
        long stepsBefore = 0;
        int[] screen = new int[LiveBench.WIDTH * LiveBench.HEIGHT];
        try (TrainingWorker worker = new TrainingWorker(() -> build(SolverKind.LSOT, 1));
             FrameWorker frameWorker = new FrameWorker(worker.loop()::latestState, FrameSchedule.defaults())) {
            MemoryLog memory = new MemoryLog();   // the start: ND4J loaded, the first run built, nothing trained
            frameWorker.request(FrameRequest.of(LiveBench.WIDTH, LiveBench.HEIGHT));
            worker.loop().play();
            Frame shown = null;
            long pulse = t0;
            while (pulse < end) {
                pulse += PULSE_NANOS;
                LockSupport.parkNanos(Math.max(0, pulse - System.nanoTime()));
                Frame f = frameWorker.latestFrame();
                if (f != null && f != shown) {
                    System.arraycopy(f.argb(), 0, screen, 0, Math.min(screen.length, f.argb().length));
                    shown = f;
                    frames++;
                }
                if (pulse >= nextSample) {
                    memory.sample();
                    nextSample += 1_000_000_000L;
                }
                if (pulse >= nextLine) {   // before a reset due in the same pulse, whose steps the status still shows
                    minute++;
                    nextLine += 60_000_000_000L;
                    out.println(LiveBench.json(line(minute, memory, stepsBefore + worker.loop().status().step(),
                            frames)));
                    out.flush();
                }
                if (pulse >= nextReset) {
                    stepsBefore += worker.loop().status().step();
                    reset(worker);
                    nextReset += (long) (resetEverySeconds * 1e9);
                }
            }
            memory.sample();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("name", "soak_eight_gaussians_window_pipeline");
            summary.put("minutes", Math.round((System.nanoTime() - t0) / 6e8) / 100.0);
            summary.put("reset_every_s", resetEverySeconds);
            summary.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
            summary.put("heap_flags", System.getProperty("lsot.heapFlags", "none (not started through Launcher)"));
            summary.put("governed_collections", HeapGovernor.collectionsSoFar());
            summary.putAll(memory.summary());
            summary.put("resets", resets);
            summary.put("solver_switches", solverSwitches);
            summary.put("steps", stepsBefore + worker.loop().status().step());
            summary.put("frames", frames);
            summary.put("frame_errors", frameWorker.lastError().isEmpty() ? "none" : frameWorker.lastError());
            out.println(LiveBench.json(summary));
            out.flush();
        }
    }

    private void reset(TrainingWorker worker) {
        resets++;
        SolverKind next = solverOfReset(resets);
        if (next != solver) {
            solverSwitches++;
        }
        solver = next;
        long seed = 1 + resets;
        worker.loop().reset(() -> build(next, seed));
        worker.loop().play();
    }

    private Map<String, Object> line(int minute, MemoryLog memory, long steps, long frames) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minute", minute);
        m.putAll(memory.now());
        m.put("governed_collections", HeapGovernor.collectionsSoFar());
        m.put("resets", resets);
        m.put("solver", solver.id());
        m.put("steps", steps);
        m.put("frames", frames);
        return m;
    }
}
