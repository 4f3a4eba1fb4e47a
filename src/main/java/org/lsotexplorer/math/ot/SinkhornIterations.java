package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * The state and the two half-steps of {@link SinkhornSolver}, in the log domain. With {@code x = (potential - C) /
 * epsilon + log weight}, each update is {@code -epsilon * (max + log sum exp(x - max))} over a row or a column of
 * the row-major cost matrix, which never overflows; the column pass streams over rows so memory access stays
 * sequential.
 */
final class SinkhornIterations {
    /**
     * Terms {@code exp(t)} with t below this are skipped in the shifted sums: each sum is at least 1 (its largest
     * term), and even a million terms of {@code exp(-60) < 1e-26} stay far below its last bit. Skipping them avoids
     * the slow subnormal path of {@link Math#exp} that dominates for small epsilon.
     */
    private static final double NEGLIGIBLE_EXPONENT = -60;

    private final int m;
    private final int n;
    private final double[] c;
    private final double epsilon;
    private final double inverseEpsilon;
    private final double[] logA;
    private final double[] logB;
    private final double[] b;
    private final double[] f;
    private double[] g;
    private double[] gNext;
    private final double[] columnMax;
    private final double[] columnSum;

    SinkhornIterations(double[] a, double[] b, double[] c, double epsilon) {
        this.m = a.length;
        this.n = b.length;
        this.c = c;
        this.epsilon = epsilon;
        this.inverseEpsilon = 1.0 / epsilon;
        this.logA = logs(a);
        this.logB = logs(b);
        this.b = b;
        this.f = new double[m];
        this.g = new double[n];
        this.gNext = new double[n];
        this.columnMax = new double[n];
        this.columnSum = new double[n];
    }

    private static double[] logs(double[] w) {
        double[] r = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            r[k] = Math.log(w[k]);
        }
        return r;
    }

    /**
     * Computes {@code g_next = -epsilon log sum_i a_i exp((f_i - C_ij)/epsilon)} and returns the target marginal
     * error of the current plan (f, g): its column sums are {@code b_j exp((g_j - g_next_j)/epsilon)}.
     */
    double updateTargetPotential() {
        Arrays.fill(columnMax, Double.NEGATIVE_INFINITY);
        Arrays.fill(columnSum, 0.0);
        for (int i = 0; i < m; i++) {
            double shift = logA[i] + f[i] * inverseEpsilon;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                columnMax[j] = Math.max(columnMax[j], shift - c[row + j] * inverseEpsilon);
            }
        }
        for (int i = 0; i < m; i++) {
            double shift = logA[i] + f[i] * inverseEpsilon;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                double t = shift - c[row + j] * inverseEpsilon - columnMax[j];
                if (t > NEGLIGIBLE_EXPONENT) {
                    columnSum[j] += Math.exp(t);
                }
            }
        }
        double error = 0;
        for (int j = 0; j < n; j++) {
            gNext[j] = -epsilon * (columnMax[j] + Math.log(columnSum[j]));
            error += b[j] * Math.abs(Math.exp((g[j] - gNext[j]) * inverseEpsilon) - 1.0);
        }
        return error;
    }

    /** Starts from the duals {@code f}, {@code g} of an earlier stage (epsilon scaling's warm start); copied. */
    void warmStart(double[] fStart, double[] gStart) {
        System.arraycopy(fStart, 0, f, 0, m);
        System.arraycopy(gStart, 0, g, 0, n);
    }

    double[] f() {
        return f.clone();
    }

    double[] g() {
        return g.clone();
    }

    /** g takes the value computed by the last {@link #updateTargetPotential()}. */
    void acceptTargetPotential() {
        double[] t = g;
        g = gNext;
        gNext = t;
    }

    /** {@code f_i = -epsilon log sum_j b_j exp((g_j - C_ij)/epsilon)}: the source marginal becomes exact. */
    void updateSourcePotential() {
        double[] shifted = new double[n];
        for (int j = 0; j < n; j++) {
            shifted[j] = logB[j] + g[j] * inverseEpsilon;
        }
        for (int i = 0; i < m; i++) {
            int row = i * n;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                max = Math.max(max, shifted[j] - c[row + j] * inverseEpsilon);
            }
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double t = shifted[j] - c[row + j] * inverseEpsilon - max;
                if (t > NEGLIGIBLE_EXPONENT) {
                    sum += Math.exp(t);
                }
            }
            f[i] = -epsilon * (max + Math.log(sum));
        }
    }

    /** The plan {@code P_ij = exp(log a_i + log b_j + (f_i + g_j - C_ij)/epsilon)} and its transport cost. */
    SinkhornResult result(int iterations, double error, boolean converged) {
        double[] plan = new double[m * n];
        double cost = 0;
        for (int i = 0; i < m; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                double p = Math.exp(logA[i] + logB[j] + (f[i] + g[j] - c[row + j]) * inverseEpsilon);
                plan[row + j] = p;
                cost += p * c[row + j];
            }
        }
        return new SinkhornResult(epsilon, f.clone(), g.clone(), plan, cost, iterations, error, converged);
    }
}
