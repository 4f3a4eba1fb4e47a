package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * One epsilon stage of {@link ScaledSinkhorn} as sparse stabilised scaling: the Sinkhorn updates of
 * {@link SinkhornIterations} (same fixed point, same error measure, same over-relaxation), but each half-step is a
 * sparse matrix-vector product with the {@link TruncatedKernel} instead of a log-sum-exp over the dense cost, so an
 * iteration needs no exponential per entry and skips the entries whose plan mass is negligible.
 * <p>The true duals are {@code f = fHat + epsilon log u}, {@code g = gHat + epsilon log v}. The scalings are kept as
 * logarithms; once the spread (max - min) of {@code log u} or of {@code log v} exceeds {@code THETA - NEGLIGIBLE}
 * (a dropped entry could then matter beside its row or column), or a scaling leaves a safe range, the duals are absorbed into {@code fHat, gHat} and the kernel is rebuilt.
 * A row or column whose kernel sum under- or overflows is updated exactly in the log domain over the dense cost, and
 * the kernel is rebuilt after it, so the iteration never divides by zero.
 */
final class StabilizedScaling {
    /** Absorb when a scaling's logarithm leaves [-RANGE, RANGE] (keeps u, v and the sums far from under/overflow). */
    private static final double RANGE = 300;
    private static final double TINY = 1e-280;

    private final int m;
    private final int n;
    private final double[] a;
    private final double[] b;
    private final double[] logA;
    private final double[] logB;
    private final double[] c;
    private final double epsilon;
    private final double[] fHat;
    private final double[] gHat;
    private final double[] logU;
    private final double[] logV;
    private final double[] logVNext;
    private final double[] rowWork;
    private final double[] columnWork;
    private TruncatedKernel kernel;
    private boolean absorbDue;
    private int absorptions;

    StabilizedScaling(double[] a, double[] b, double[] c, double epsilon) {
        this.m = a.length;
        this.n = b.length;
        this.a = a;
        this.b = b;
        this.c = c;
        this.epsilon = epsilon;
        this.logA = OtInputs.logs(a);
        this.logB = OtInputs.logs(b);
        this.fHat = new double[m];
        this.gHat = new double[n];
        this.logU = new double[m];
        this.logV = new double[n];
        this.logVNext = new double[n];
        this.rowWork = new double[m];
        this.columnWork = new double[n];
    }

    /** Starts from the duals of an earlier stage (copied); the kernel is built at the next update. */
    void warmStart(double[] f, double[] g) {
        System.arraycopy(f, 0, fHat, 0, m);
        System.arraycopy(g, 0, gHat, 0, n);
        Arrays.fill(logU, 0.0);
        Arrays.fill(logV, 0.0);
        kernel = null;
    }

    /**
     * Computes the g update ({@code v_next = 1 / sum_i a_i u_i K_ij}) and returns the target-marginal L1 error of
     * the current plan, {@code sum_j b_j |v_j s_j - 1|}.
     */
    double updateTargetPotential() {
        if (kernel == null || absorbDue) {
            absorb();
        }
        for (int i = 0; i < m; i++) {
            rowWork[i] = a[i] * Math.exp(logU[i]);
        }
        kernel.columnSums(rowWork, columnWork);
        double error = 0;
        for (int j = 0; j < n; j++) {
            double s = columnWork[j];
            if (s > TINY && s < Double.POSITIVE_INFINITY) {
                logVNext[j] = -Math.log(s);
            } else {
                logVNext[j] = exactColumnLogScaling(j);
                absorbDue = true;
            }
            error += b[j] * Math.abs(Math.exp(logV[j] - logVNext[j]) - 1.0);
        }
        return error;
    }

    /** Over-relaxed step {@code log v = log v + omega (log v_next - log v)}, as {@link SinkhornIterations}. */
    void acceptTargetPotential(double omega) {
        for (int j = 0; j < n; j++) {
            logV[j] += omega * (logVNext[j] - logV[j]);
        }
        checkDrift();
    }

    /** {@code u = 1 / sum_j K_ij v_j b_j}: the source marginal becomes exact. */
    void updateSourcePotential() {
        if (absorbDue) {
            absorb();
        }
        for (int j = 0; j < n; j++) {
            columnWork[j] = b[j] * Math.exp(logV[j]);
        }
        kernel.rowSums(columnWork, rowWork);
        for (int i = 0; i < m; i++) {
            double r = rowWork[i];
            if (r > TINY && r < Double.POSITIVE_INFINITY) {
                logU[i] = -Math.log(r);
            } else {
                logU[i] = exactRowLogScaling(i);
                absorbDue = true;
            }
        }
        checkDrift();
    }

    private void checkDrift() {
        double maxU = Double.NEGATIVE_INFINITY;
        double minU = Double.POSITIVE_INFINITY;
        for (double x : logU) {
            maxU = Math.max(maxU, x);
            minU = Math.min(minU, x);
        }
        double maxV = Double.NEGATIVE_INFINITY;
        double minV = Double.POSITIVE_INFINITY;
        for (double x : logV) {
            maxV = Math.max(maxV, x);
            minV = Math.min(minV, x);
        }
        double allowed = TruncatedKernel.THETA - TruncatedKernel.NEGLIGIBLE;
        if (maxU - minU > allowed || maxV - minV > allowed || Math.max(maxU, maxV) > RANGE
                || Math.min(minU, minV) < -RANGE) {
            absorbDue = true;
        }
    }

    /** Moves the scalings into the absorbed duals and rebuilds the kernel around them. */
    private void absorb() {
        for (int i = 0; i < m; i++) {
            fHat[i] += epsilon * logU[i];
            logU[i] = 0;
        }
        for (int j = 0; j < n; j++) {
            gHat[j] += epsilon * logV[j];
            logV[j] = 0;
        }
        kernel = null;  // the old kernel's memory is free for the new one
        kernel = TruncatedKernel.absorb(c, logA, logB, fHat, gHat, epsilon);
        absorbDue = false;
        absorptions++;
    }

    /** The exact g update of column j as a log scaling: {@code (-epsilon LSE_i(log a_i + (f_i - C_ij)/eps) - gHat_j) / eps}. */
    private double exactColumnLogScaling(int j) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            max = Math.max(max, logA[i] + (fHat[i] - c[i * n + j]) / epsilon + logU[i]);
        }
        double sum = 0;
        for (int i = 0; i < m; i++) {
            sum += Math.exp(logA[i] + (fHat[i] - c[i * n + j]) / epsilon + logU[i] - max);
        }
        return -(max + Math.log(sum)) - gHat[j] / epsilon;
    }

    /** The exact f update of row i as a log scaling. */
    private double exactRowLogScaling(int i) {
        int row = i * n;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, logB[j] + (gHat[j] - c[row + j]) / epsilon + logV[j]);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += Math.exp(logB[j] + (gHat[j] - c[row + j]) / epsilon + logV[j] - max);
        }
        return -(max + Math.log(sum)) - fHat[i] / epsilon;
    }

    /** The source duals f now (a fresh array). */
    double[] f() {
        double[] f = new double[m];
        for (int i = 0; i < m; i++) {
            f[i] = fHat[i] + epsilon * logU[i];
        }
        return f;
    }

    /** The target duals g now (a fresh array). */
    double[] g() {
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
            g[j] = gHat[j] + epsilon * logV[j];
        }
        return g;
    }

    /** Kernel rebuilds so far (one per stage at least). */
    int absorptions() {
        return absorptions;
    }

    /** Kept kernel entries over m n, 0 before the first update. */
    double kernelFill() {
        return kernel == null ? 0 : kernel.size() / ((double) m * n);
    }

    SinkhornResult result(int iterations, double error, boolean converged) {
        return SinkhornResult.fromDuals(a, b, c, epsilon, f(), g(), iterations, error, converged);
    }
}
