package org.lsotexplorer.math.ot;

import org.lsotexplorer.math.Cost;

/**
 * Input checks shared by the solvers of this package. Every check throws {@link IllegalArgumentException} with a
 * message that names the offending argument and index; nothing here returns a partially valid result.
 */
final class OtInputs {
    /** Tolerance on {@code |sum(weights) - 1|}. */
    static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    /** Costs are rescaled by a power of two when their largest magnitude exceeds {@code 2^MAX_COST_EXPONENT}. */
    private static final int MAX_COST_EXPONENT = 900;

    private OtInputs() {
    }

    /** Checks a non-empty, rectangular, finite point set and returns its dimension. */
    static int checkPoints(double[][] points, String name) {
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException(name + " point set is empty");
        }
        if (points[0] == null || points[0].length == 0) {
            throw new IllegalArgumentException(name + "[0] has no coordinates");
        }
        int d = points[0].length;
        for (int i = 0; i < points.length; i++) {
            double[] p = points[i];
            if (p == null || p.length != d) {
                throw new IllegalArgumentException(name + " row " + i + " has length "
                        + (p == null ? "null" : p.length) + ", expected " + d + " (ragged point set)");
            }
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(p[k])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + k + "] is " + p[k]);
                }
            }
        }
        return d;
    }

    /** Checks two point sets and that they share one dimension. */
    static void checkPointPair(double[][] source, double[][] target) {
        int ds = checkPoints(source, "source");
        int dt = checkPoints(target, "target");
        if (ds != dt) {
            throw new IllegalArgumentException("dimension mismatch: source points have dimension " + ds
                    + " but target points have dimension " + dt);
        }
    }

    /** Checks positive finite weights that sum to 1 within {@link #WEIGHT_SUM_TOLERANCE}. */
    static void checkWeights(double[] w, String name) {
        if (w == null || w.length == 0) {
            throw new IllegalArgumentException("weights " + name + " are empty");
        }
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] > 0) || !Double.isFinite(w[i])) {
                throw new IllegalArgumentException("weights " + name + " must be positive and finite: " + name
                        + "[" + i + "] = " + w[i]);
            }
            sum += w[i];
        }
        if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
            throw new IllegalArgumentException("weights " + name + " sum to " + sum + ", expected 1 within "
                    + WEIGHT_SUM_TOLERANCE);
        }
    }

    /** Uniform weights {@code 1/n}. */
    static double[] uniform(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return w;
    }

    /** The natural logarithm of every entry (log weights for the Sinkhorn iterations). */
    static double[] logs(double[] w) {
        double[] r = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            r[k] = Math.log(w[k]);
        }
        return r;
    }

    /** The greatest common divisor of two non-negative ints (the unit of integral masses m/g, n/g). */
    static int gcd(int x, int y) {
        return y == 0 ? x : gcd(y, x % y);
    }

    /** Row-major copy of an {@code m x n} cost matrix after checking its shape and that every entry is finite. */
    static double[] flatCost(double[][] cost, int m, int n) {
        if (cost == null || cost.length != m) {
            throw new IllegalArgumentException("cost matrix has " + (cost == null ? "no" : cost.length)
                    + " rows, expected " + m);
        }
        double[] flat = new double[m * n];
        for (int i = 0; i < m; i++) {
            if (cost[i] == null || cost[i].length != n) {
                throw new IllegalArgumentException("cost row " + i + " has length "
                        + (cost[i] == null ? "null" : cost[i].length) + ", expected " + n);
            }
            System.arraycopy(cost[i], 0, flat, i * n, n);
        }
        checkFinite(flat, m, n);
        return flat;
    }

    /** Row-major cost matrix {@code C[i*n + j] = cost(source[i], target[j])}; points must be checked already. */
    static double[] flatCost(double[][] source, double[][] target, Cost cost) {
        int m = source.length;
        int n = target.length;
        if ((long) m * n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("cost matrix " + m + " x " + n + " is too large");
        }
        double[] flat = new double[m * n];
        RowBlocks.run(m, "cost matrix", (from, to) -> {
            for (int i = from; i < to; i++) {
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    flat[row + j] = cost.between(source[i], target[j]);
                }
            }
        });
        checkFinite(flat, m, n);
        return flat;
    }

    /** Throws naming the first non-finite entry {@code (i, j)} of a row-major matrix with n columns. */
    static void checkFinite(double[] flat, int m, int n) {
        if (flat.length != (long) m * n) {
            throw new IllegalArgumentException("cost array has " + flat.length + " entries, expected " + m + " x " + n);
        }
        for (int k = 0; k < flat.length; k++) {
            if (!Double.isFinite(flat[k])) {
                throw new IllegalArgumentException("cost[" + (k / n) + "][" + (k % n) + "] is " + flat[k]
                        + "; costs must be finite");
            }
        }
    }

    /**
     * The power of two {@code s >= 0} such that {@code C * 2^-s} has all magnitudes below {@code 2^900}, so that
     * sums and differences of potentials cannot overflow. Scaling by a power of two is exact (apart from entries
     * that underflow, which are then negligible next to the largest cost).
     */
    static int overflowShift(double[] flat) {
        return Math.max(0, Math.getExponent(maxAbs(flat)) - MAX_COST_EXPONENT);
    }

    /** {@code max_k |x_k|}. */
    static double maxAbs(double[] x) {
        double max = 0;
        for (double t : x) {
            max = Math.max(max, Math.abs(t));
        }
        return max;
    }

    /**
     * The slack allowed by the dense pricing passes of the exact solvers: {@code 2^-44 max|C|} (about 6e-14 of the
     * largest cost, a few hundred ulps). Reduced costs below {@code -tolerance} are violations; smaller negative
     * values are rounding noise of the potentials, and chasing them only makes the solvers cycle through
     * equivalent optima on degenerate (tied) problems.
     */
    static double pricingTolerance(double[] flat) {
        return Math.scalb(maxAbs(flat), -44);
    }

    /** {@code x * 2^-shift} element-wise, into a new array (or {@code x} itself when shift is 0). */
    static double[] scaled(double[] x, int shift) {
        if (shift == 0) {
            return x;
        }
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = Math.scalb(x[k], -shift);
        }
        return y;
    }

    /** Undoes {@link #scaled} in place. */
    static void unscale(double[] x, int shift) {
        if (shift != 0) {
            for (int k = 0; k < x.length; k++) {
                x[k] = Math.scalb(x[k], shift);
            }
        }
    }
}
