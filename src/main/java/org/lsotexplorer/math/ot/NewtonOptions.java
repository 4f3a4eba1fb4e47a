package org.lsotexplorer.math.ot;

/**
 * Settings of {@link SemiDiscreteNewton}.
 *
 * @param maxIterations Newton iteration budget, 0..10,000 (default 50; 0 keeps the starting heights)
 * @param tolerance stop when {@code max_j |mu(W_j) - nu_j| / nu_j <= tolerance}, in (0, 1) (default 1e-10)
 * @param maxHalvings step halvings per iteration before the solver gives up, 1..100 (default 40)
 */
public record NewtonOptions(int maxIterations, double tolerance, int maxHalvings) {
    public NewtonOptions {
        if (maxIterations < 0 || maxIterations > 10_000) {
            throw new IllegalArgumentException("Newton iterations must be in 0..10000, got " + maxIterations);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("Newton tolerance must be in (0, 1), got " + tolerance);
        }
        if (maxHalvings < 1 || maxHalvings > 100) {
            throw new IllegalArgumentException("step halvings must be in 1..100, got " + maxHalvings);
        }
    }

    /** 50 iterations, tolerance 1e-10, 40 halvings. */
    public static NewtonOptions defaults() {
        return new NewtonOptions(50, 1e-10, 40);
    }

    public NewtonOptions withMaxIterations(int iterations) {
        return new NewtonOptions(iterations, tolerance, maxHalvings);
    }
}
