package org.lsotexplorer.engine;

import java.util.List;
import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.data.ToyPreset;

/**
 * An immutable in-memory capture of a toy run ({@link TransportRun}) at one step: the resolved settings (live changes
 * such as a new learning rate included), the solver's parts ({@link SolverCheckpoint}: networks, optimizer moments and
 * counters, random generators), the logged history up to that step and, for a branch, its parent.
 * <p>{@link #restore(TargetDistribution)} builds a fresh run and puts the state back; training it on gives the same
 * numbers, bit for bit, as the run it was captured from would have given (tests check every metric for every solver
 * kind). Capture and restore run on the thread that owns the run; the record itself may be handed to any thread.
 *
 * @param settings the resolved settings at the step
 * @param step the run's completed steps
 * @param codesChecksum SHA-256 of the run's codes, checked on restore
 * @param solver the solver's state
 * @param history the history rows logged up to the step (empty for a timeline's light capture)
 * @param parent the run this one branched from, or null
 */
public record RunCheckpoint(RunSettings settings, int step, String codesChecksum, SolverCheckpoint solver,
                           List<RunHistory.Row> history, RunParent parent) {
    public RunCheckpoint {
        history = List.copyOf(history);
    }

    /** Captures a run now, with its history; owner thread only. */
    public static RunCheckpoint capture(TransportRun run) {
        return new RunCheckpoint(run.currentSettings(), run.solver().completedSteps(), run.codesChecksum(),
                run.solver().capture(), run.history().rows(), run.parent());
    }

    /** Captures a run now without copying its history (the timeline keeps the history once). */
    static RunCheckpoint captureWithoutHistory(TransportRun run) {
        return new RunCheckpoint(run.currentSettings(), run.solver().completedSteps(), run.codesChecksum(),
                run.solver().capture(), List.of(), run.parent());
    }

    /** The same checkpoint with other history rows. */
    public RunCheckpoint withHistory(List<RunHistory.Row> rows) {
        return new RunCheckpoint(settings, step, codesChecksum, solver, rows, parent);
    }

    /** The same checkpoint naming a parent. */
    public RunCheckpoint withParent(RunParent p) {
        return new RunCheckpoint(settings, step, codesChecksum, solver, history, p);
    }

    /**
     * Rebuilds the run on the calling thread (which then owns it) for a toy preset target.
     *
     * @throws IllegalArgumentException for a CSV target (use {@link #restore(TargetDistribution)} with its points)
     */
    public TransportRun restore() {
        if (settings.target().equals("csv")) {
            throw new IllegalArgumentException("this run's target came from a CSV file; restore it with its points");
        }
        return restore(ToyPreset.parse(settings.target()));
    }

    /** Rebuilds the run on the calling thread (which then owns it), on the given target distribution. */
    public TransportRun restore(TargetDistribution target) {
        return TransportRun.restore(this, settings, target);
    }

    /** Rebuilds the run with other settings of the same problem (a branch: another learning rate, say). */
    public TransportRun restore(RunSettings changed, TargetDistribution target) {
        return TransportRun.restore(this, changed, target);
    }

    /** Bytes held by the arrays (for the timeline's memory budget). */
    public long sizeBytes() {
        return solver.sizeBytes() + 64L * history.size();
    }
}
