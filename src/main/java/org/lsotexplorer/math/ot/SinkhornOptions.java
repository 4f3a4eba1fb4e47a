package org.lsotexplorer.math.ot;

/**
 * Settings of {@link SinkhornSolver} (method.md 3.4). The constructor throws {@link IllegalArgumentException}
 * when a value is out of range, naming it.
 *
 * @param epsilon       entropic regularisation, in cost units; finite and {@code > 0}. Small values (1e-3 on
 *                      unit-scale data) are stable in the log domain but need many iterations.
 * @param maxIterations iteration budget, {@code >= 1}; one iteration updates g then f
 * @param tolerance     stop when the L1 error of the target marginal, {@code sum_j |sum_i P_ij - b_j|}, is at
 *                      most this; finite and {@code > 0}
 */
public record SinkhornOptions(double epsilon, int maxIterations, double tolerance) {
    /** Default regularisation 0.05. */
    public static final double DEFAULT_EPSILON = 0.05;
    /** Default iteration budget 1000. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;
    /** Default marginal tolerance 1e-6. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** Validates the ranges above; throws {@link IllegalArgumentException} naming the first bad value. */
    public SinkhornOptions {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be finite and > 0, got " + epsilon);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and > 0, got " + tolerance);
        }
    }

    /** epsilon 0.05, 1000 iterations, tolerance 1e-6. */
    public static SinkhornOptions defaults() {
        return new SinkhornOptions(DEFAULT_EPSILON, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /** A copy with another epsilon. */
    public SinkhornOptions withEpsilon(double newEpsilon) {
        return new SinkhornOptions(newEpsilon, maxIterations, tolerance);
    }

    /** A copy with another iteration budget. */
    public SinkhornOptions withMaxIterations(int newMaxIterations) {
        return new SinkhornOptions(epsilon, newMaxIterations, tolerance);
    }

    /** A copy with another tolerance. */
    public SinkhornOptions withTolerance(double newTolerance) {
        return new SinkhornOptions(epsilon, maxIterations, newTolerance);
    }
}
