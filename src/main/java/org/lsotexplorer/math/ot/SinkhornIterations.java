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
     * term, or at least 1e-9 of it, see MIN_SHIFTED_SUM), and even a million terms of {@code exp(-60) < 1e-26} stay far below its last bit. Skipping them avoids
     * the slow subnormal path of {@link Math#exp} that dominates for small epsilon.
     */
    private static final double NEGLIGIBLE_EXPONENT = -60;
    /**
     * Each sum is first taken in one pass, shifted by the current potential instead of its maximum; it is kept when
     * it lies between this and infinity (then the skipped terms are below {@code exp(-60) / 1e-9} of it, relative
     * error under 1e-17 per term), and otherwise recomputed with the exact maximum in two passes.
     */
    private static final double MIN_SHIFTED_SUM = 1e-9;

    private final int m;
    private final int n;
    private final double[] c;
    private final double epsilon;
    private final double inverseEpsilon;
    private final double[] logA;
    private final double[] logB;
    private final double[] a;
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
        this.logA = OtInputs.logs(a);
        this.logB = OtInputs.logs(b);
        this.a = a;
        this.b = b;
        this.f = new double[m];
        this.g = new double[n];
        this.gNext = new double[n];
        this.columnMax = new double[n];
        this.columnSum = new double[n];
    }

    /**
     * Computes {@code g_next = -epsilon log sum_i a_i exp((f_i - C_ij)/epsilon)} and returns the target marginal
     * error of the current plan (f, g): its column sums are {@code b_j exp((g_j - g_next_j)/epsilon)}.
     */
    double updateTargetPotential() {
        // one pass, shifted by the current g: the terms are then P_ij / b_j, whose column sums are near 1 once the
        // iteration is under way; columns whose sum under- or overflows are redone with their exact maxima
        double[] shiftG = columnMax;
        for (int j = 0; j < n; j++) {
            shiftG[j] = g[j] * inverseEpsilon;
        }
        Arrays.fill(columnSum, 0.0);
        for (int i = 0; i < m; i++) {
            double shift = logA[i] + f[i] * inverseEpsilon;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                double t = shift + shiftG[j] - c[row + j] * inverseEpsilon;
                if (t > NEGLIGIBLE_EXPONENT) {
                    columnSum[j] += Math.exp(t);
                }
            }
        }
        double error = 0;
        for (int j = 0; j < n; j++) {
            double s = columnSum[j];
            double logSum = s > MIN_SHIFTED_SUM && s < Double.POSITIVE_INFINITY ? Math.log(s) - shiftG[j]
                    : exactColumnLogSum(j);
            gNext[j] = -epsilon * logSum;
            error += b[j] * Math.abs(Math.exp((g[j] - gNext[j]) * inverseEpsilon) - 1.0);
        }
        return error;
    }

    /** {@code log sum_i a_i exp((f_i - C_ij)/epsilon)} for one column, shifted by its exact maximum (two passes). */
    private double exactColumnLogSum(int j) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            max = Math.max(max, logA[i] + (f[i] - c[i * n + j]) * inverseEpsilon);
        }
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double t = logA[i] + (f[i] - c[i * n + j]) * inverseEpsilon - max;
            if (t > NEGLIGIBLE_EXPONENT) {
                sum += Math.exp(t);
            }
        }
        return max + Math.log(sum);
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

    /**
     * Over-relaxed step {@code g = (1 - omega) g + omega g_next} (omega in [1, 2)): the same fixed point as plain
     * Sinkhorn, reached in fewer iterations when convergence is slow (small epsilon); f stays the exact soft
     * c-transform of g, so the source marginal stays exact.
     */
    void acceptTargetPotential(double omega) {
        for (int j = 0; j < n; j++) {
            gNext[j] = g[j] + omega * (gNext[j] - g[j]);
        }
        acceptTargetPotential();
    }

    /** {@code f_i = -epsilon log sum_j b_j exp((g_j - C_ij)/epsilon)}: the source marginal becomes exact. */
    void updateSourcePotential() {
        double[] shifted = new double[n];
        for (int j = 0; j < n; j++) {
            shifted[j] = logB[j] + g[j] * inverseEpsilon;
        }
        for (int i = 0; i < m; i++) {
            int row = i * n;
            // shifted by the current f_i (terms P_ij / a_i); exact maxima only when that sum under- or overflows
            double shift = f[i] * inverseEpsilon;
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double t = shift + shifted[j] - c[row + j] * inverseEpsilon;
                if (t > NEGLIGIBLE_EXPONENT) {
                    sum += Math.exp(t);
                }
            }
            if (sum > MIN_SHIFTED_SUM && sum < Double.POSITIVE_INFINITY) {
                f[i] = -epsilon * (Math.log(sum) - shift);
                continue;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                max = Math.max(max, shifted[j] - c[row + j] * inverseEpsilon);
            }
            sum = 0;
            for (int j = 0; j < n; j++) {
                double t = shifted[j] - c[row + j] * inverseEpsilon - max;
                if (t > NEGLIGIBLE_EXPONENT) {
                    sum += Math.exp(t);
                }
            }
            f[i] = -epsilon * (max + Math.log(sum));
        }
    }

    /** The plan at the current duals and its transport cost. */
    SinkhornResult result(int iterations, double error, boolean converged) {
        return SinkhornResult.fromDuals(a, b, c, epsilon, f.clone(), g.clone(), iterations, error, converged);
    }
}
