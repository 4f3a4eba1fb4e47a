package org.lsotexplorer.engine;

import java.util.Optional;

/**
 * A steppable transport solver (method.md section 3). A worker thread calls {@link #step()} until
 * {@link #isDone()}; the screen and the metrics read {@link #potential()} and {@link #map(double[][])} between
 * steps. Implementations are not thread-safe: only the owning worker thread may call them.
 */
public interface TransportSolver {
    SolverKind kind();

    /** The training budget over all phases (&gt;= 1). */
    int totalSteps();

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

    /** The potential the plane shows (method.md 3.6). */
    PotentialField potential();

    /** For {@code lsot}, the raw discriminator network D over the plane (an extrapolation off the codes). */
    /**
     * The Brenier potential {@code u(z) = max_j <z,y_j> + h_j} behind the map, for solvers whose map is the
     * gradient of one (its cells and normal angles give the singular set in any dimension); empty otherwise.
     */
    default Optional<org.lsotexplorer.math.ot.BrenierPotential> brenier() {
        return Optional.empty();
    }

    default Optional<PotentialField> rawDiscriminator() {
        return Optional.empty();
    }

    /** The transport map T applied to a batch of source points (rows); returns new rows. */
    double[][] map(double[][] z);

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

    /**
     * The singular set on a regular grid over the plane (first two coordinates), {@code mask[row*cols+col]} with row
     * 0 at {@code yMin}; empty for solvers without one.
     */
    default Optional<boolean[]> singularMask(double xMin, double xMax, double yMin, double yMax, int columns,
                                             int rows) {
        return Optional.empty();
    }
}
