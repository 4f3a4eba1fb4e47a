package org.lsotexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.lsotexplorer.engine.BundleState;
import org.lsotexplorer.engine.LsotSolver;
import org.lsotexplorer.engine.RefinementMetrics;
import org.lsotexplorer.engine.RunBundle;
import org.lsotexplorer.engine.RunMetrics;
import org.lsotexplorer.engine.SnapshotOptions;
import org.lsotexplorer.engine.StepResult;
import org.lsotexplorer.engine.TrainingDivergedException;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.report.RunFigures;

/**
 * Trains a toy run to its end into a run folder, new or resumed: the manifest says {@code running} before the first
 * step, a checkpoint is written every {@code checkpointSeconds} of wall time (0: only at the end), the figures and
 * {@code metrics.json} at the end and the manifest's {@code complete} last. A divergence marks the folder
 * {@code failed} (with its last checkpoint and no final metrics) and is rethrown.
 */
final class ToyRunner {
    private final PrintWriter err;
    private final boolean quiet;
    private final double checkpointSeconds;
    private final SnapshotOptions figures;

    ToyRunner(PrintWriter err, boolean quiet, double checkpointSeconds, SnapshotOptions figures) {
        if (!(checkpointSeconds >= 0) || Double.isInfinite(checkpointSeconds)) {
            throw new IllegalArgumentException("--checkpoint-every must be >= 0 seconds (0 = only at the end), got "
                    + checkpointSeconds);
        }
        this.err = err;
        this.quiet = quiet;
        this.checkpointSeconds = checkpointSeconds;
        this.figures = figures;
    }

    /** Trains {@code run} from where it stands to its end; returns metrics.json as one line. */
    String run(TransportRun run, Path dir) throws IOException {
        long t0 = System.nanoTime();
        RunBundle.save(dir, run, null, BundleState.RUNNING);
        try {
            train(run, dir);
        } catch (TrainingDivergedException e) {
            RunBundle.markFailed(dir, run, e.getMessage());
            throw e;
        }
        RunMetrics metrics = RefinementMetrics.withTimes(run.evaluate(), run.solver(),
                (System.nanoTime() - t0) / 1e9);
        RunFigures.write(dir, run.snapshot(figures), run.history());
        RunBundle.save(dir, run, metrics, BundleState.COMPLETE);
        run.release();   // the networks' off-heap memory now, not at a collection (report runs many in one JVM)
        return new ObjectMapper().writeValueAsString(metrics.asJsonFileMap());
    }

    /** Steps to the end; progress on stderr (an exact solve, cut into time slices, reports once a second). */
    private void train(TransportRun run, Path dir) throws IOException {
        int total = run.solver().totalSteps();
        int logEvery = Math.max(1, total / 20);
        int modeEvery = Math.max(1, total / 10);
        boolean known = run.solver().stepCountKnown();
        long start = System.nanoTime();
        long lastLine = start;
        long lastCheckpoint = start;
        long checkpointNanos = (long) (checkpointSeconds * 1e9);
        while (!run.isDone()) {
            StepResult r = run.step();
            if (known && r.step() % modeEvery == 0) {
                run.logModeMetrics();
            }
            long now = System.nanoTime();
            boolean due = known ? r.step() % logEvery == 0 : now - lastLine >= 1_000_000_000L;
            if (!quiet && (due || run.isDone())) {
                lastLine = now;
                err.println(String.format(Locale.ROOT, "step %d/%s  %-13s %s  (%.1f s)", r.step(),
                        known ? Integer.toString(total) : "?", r.phase(), r.losses(), (now - start) / 1e9));
            }
            if (checkpointNanos > 0 && now - lastCheckpoint >= checkpointNanos && !run.isDone()) {
                RunBundle.save(dir, run, null, BundleState.RUNNING);
                lastCheckpoint = System.nanoTime();
            }
        }
        if (!known) {
            run.logModeMetrics();
        }
        if (run.solver() instanceof LsotSolver lsot && lsot.refineFailure() != null) {
            err.println("warning: the Newton refinement stopped early: " + lsot.refineFailure());
        }
    }
}
