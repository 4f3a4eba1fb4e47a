package org.lsotexplorer.math;

/**
 * Straight-line interpolation between two points, {@code p(t) = (1 - t) a + t b}, the path along which the
 * explorer walks between two codes.
 */
public final class LinearInterpolation {
    private LinearInterpolation() {
    }

    /**
     * {@code steps} equally spaced points from {@code a} to {@code b}, endpoints included: point {@code i} is
     * {@code p(i / (steps - 1))}, the first is a copy of {@code a} and the last a copy of {@code b}.
     *
     * @throws IllegalArgumentException if {@code steps < 2}, the points differ in dimension or are not finite
     */
    public static double[][] path(double[] a, double[] b, int steps) {
        if (steps < 2) {
            throw new IllegalArgumentException("a path needs at least 2 steps, got " + steps);
        }
        if (a.length != b.length) {
            throw new IllegalArgumentException("endpoints of dimension " + a.length + " and " + b.length);
        }
        for (int k = 0; k < a.length; k++) {
            if (!Double.isFinite(a[k]) || !Double.isFinite(b[k])) {
                throw new IllegalArgumentException("endpoint coordinate " + k + " is not finite");
            }
        }
        double[][] path = new double[steps][];
        for (int i = 0; i < steps; i++) {
            path[i] = at(a, b, (double) i / (steps - 1));
        }
        path[steps - 1] = b.clone();
        return path;
    }

    /** The point {@code (1 - t) a + t b} (no checks beyond equal length). */
    public static double[] at(double[] a, double[] b, double t) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("endpoints of dimension " + a.length + " and " + b.length);
        }
        double[] p = new double[a.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = (1 - t) * a[k] + t * b[k];
        }
        return p;
    }
}
