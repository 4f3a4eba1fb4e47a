package org.lsotexplorer.engine;

import java.util.Optional;
import org.lsotexplorer.math.ot.BrenierPotential;

/**
 * A steppable transport solver (method.md section 3). A worker thread calls {@link #step()} until
 * {@link #isDone()}; what the map and potential are at a step is {@link #state()}, an immutable copy that other
 * threads may evaluate. Implementations are not thread-safe: only the owning worker thread may call them.
 * <p>Each step should take at most a few tens of milliseconds, so that Pause and Reset act at once; a long
 * computation (an exact solve) is cut into steps.
 */
public interface TransportSolver extends TransportMap {
    SolverKind kind();

    /** The training budget over all phases (&gt;= 1). */
    int totalSteps();

    /** False when {@link #totalSteps()} is only a running estimate (an exact solve cut into time slices). */
    default boolean stepCountKnown() {
        return true;
    }

    /** Steps done so far. */
    int completedSteps();

    default boolean isDone() {
        return completedSteps() >= totalSteps();
    }

    /** Name of the phase the next step belongs to. */
    String phase();

    /**
     * One training step.
     *
     * @throws TrainingDivergedException when the step produced NaN/infinity; the previous state is kept
     */
    StepResult step();

    /** The exact state now (the map, the potential): an immutable copy, thread-safe to evaluate. */
    SolverState state();

    /**
     * A cheap state for the live view, taken after every step while training runs. Equal to {@link #state()} unless
     * the exact state is costly to take: lsot's discriminator phase takes the heights {@code D(y_j)} from the code
     * batches of recent steps (each code is re-evaluated once per pass over the codes) instead of a forward pass over
     * every code. The training loop shows {@link #state()} whenever training pauses.
     */
    default SolverState liveState() {
        return state();
    }

    /** The potential the plane shows (method.md 3.6). */
    default PotentialField potential() {
        return state().potential();
    }

    @Override
    default double[][] map(double[][] z) {
        return state().map(z);
    }

    /** The Brenier potential behind the map, for solvers whose map is the gradient of one; empty otherwise. */
    default Optional<BrenierPotential> brenier() {
        return state().brenier();
    }

    /** The singular set on a grid over the plane (see {@link SolverState#singularMask}). */
    default Optional<boolean[]> singularMask(double xMin, double xMax, double yMin, double yMax, int columns,
                                             int rows) {
        return state().singularMask(xMin, xMax, yMin, yMax, columns, rows);
    }

    /** For {@code lsot}, the raw discriminator D over the plane, on the owning thread (uses the live network). */
    default Optional<PotentialField> rawDiscriminator() {
        return Optional.empty();
    }

    /** The raw discriminator frozen at a recent step, thread-safe (no ND4J); empty for other solvers. */
    default Optional<PotentialField> liveRawDiscriminator() {
        return Optional.empty();
    }

    /** Asks the next {@link #step()} to record what it did, phase by phase (lsot); others ignore it. */
    default void explainNextStep() {
    }

    /** What the last step did, if it was asked to explain itself ({@link #explainNextStep()}). */
    default Optional<StepExplanation> lastExplanation() {
        return Optional.empty();
    }

    /** How lsot's refinement has converged so far (empty before it starts and for other solvers). */
    default Optional<RefinementTrace> refinementTrace() {
        return Optional.empty();
    }

    /**
     * What this solver carries to its next step ({@link SolverCheckpoint}), copied; owner thread only. The default
     * holds nothing: the solver is rebuilt and replayed from the start (deterministic, cheap solvers).
     */
    default SolverCheckpoint capture() {
        return SolverCheckpoint.replayFromStart(kind(), completedSteps());
    }

    /**
     * Puts a captured state into this solver, which must be freshly built from the same problem and seed (its
     * options may differ in what the checkpoint does not fix, such as a learning rate). Afterwards
     * {@link #completedSteps()} is {@link SolverCheckpoint#baseStep()}; the caller replays the rest.
     *
     * @throws IllegalArgumentException when the checkpoint belongs to another solver or does not fit its shapes
     */
    default void restore(SolverCheckpoint c) {
        if (c.kind() != kind() || c.baseStep() != 0) {
            throw new IllegalArgumentException("a " + kind().id() + " solver cannot restore a " + c.kind().id()
                    + " checkpoint based at step " + c.baseStep());
        }
    }

    /** Frees what the solver holds outside the heap or on other threads (a running exact solve); idempotent. */
    default void release() {
    }

    /**
     * Changes a setting of the running solver between steps, without a reset, for the settings that allow it.
     * Names: {@code learning_rate} (Adam rate of the network being trained; lsot, critic-rays),
     * {@code angle_threshold} (radians in [0, pi]; lsot) and {@code blend_width} ({@code delta} &gt; 0; lsot).
     * Only the owning worker thread may call it.
     *
     * @return true when the solver took the value, false when it has no such live setting (nothing changes)
     * @throws IllegalArgumentException for a value outside the setting's range (the old value is kept)
     */
    default boolean adjust(String setting, double value) {
        return false;
    }
}
