package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * The stabilised, truncated Gibbs kernel of sparse scaling (Schmitzer, "Stabilized sparse scaling algorithms for
 * entropy regularized transport problems", 2019): for absorbed duals {@code fHat}, {@code gHat} it keeps, row by row
 * (compressed sparse rows), the entries {@code K_ij = exp((fHat_i + gHat_j - C_ij) / epsilon)} whose plan entry
 * {@code a_i b_j K_ij} is at least {@code exp(-THETA)} times the largest one of its row or of its column. A dropped
 * entry is thus negligible in both sums it enters, whatever the scale of the duals, and every row and column keeps
 * its largest entry. With scalings {@code u = exp((f - fHat)/epsilon)}, {@code v = exp((g - gHat)/epsilon)} the plan
 * is {@code P_ij = a_i u_i K_ij v_j b_j}; a dropped entry stays below {@code exp(-THETA + spread(log v))} of its
 * row's largest and {@code exp(-THETA + spread(log u))} of its column's largest, so the caller re-absorbs before a
 * spread reaches {@code THETA - NEGLIGIBLE}.
 */
final class TruncatedKernel {
    /** Entries below exp(-THETA) of their row's and their column's largest are dropped at the absorption. */
    static final double THETA = 50;
    /** Relative size below which a dropped entry may fall before a rebuild: {@code exp(-40) < 5e-18} per entry. */
    static final double NEGLIGIBLE = 40;

    private final int m;
    private final int n;
    private final int[] rowStart;
    private final int[] column;
    private final double[] value;

    private TruncatedKernel(int m, int n, int[] rowStart, int[] column, double[] value) {
        this.m = m;
        this.n = n;
        this.rowStart = rowStart;
        this.column = column;
        this.value = value;
    }

    /**
     * Builds the kernel from the dense row-major cost {@code c} (m x n), the logarithms of the weights and the
     * absorbed duals: one pass for the row and column maxima, one to select, one exponential per kept entry.
     */
    static TruncatedKernel absorb(double[] c, double[] logA, double[] logB, double[] fHat, double[] gHat,
            double epsilon) {
        int m = fHat.length;
        int n = gHat.length;
        double inverse = 1.0 / epsilon;
        double[] gScaled = new double[n];
        double[] columnMax = new double[n];
        for (int j = 0; j < n; j++) {
            gScaled[j] = gHat[j] * inverse + logB[j];
            columnMax[j] = Double.NEGATIVE_INFINITY;
        }
        double[] rowMax = new double[m];
        for (int i = 0; i < m; i++) {
            double fi = fHat[i] * inverse + logA[i];
            int row = i * n;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double p = fi + gScaled[j] - c[row + j] * inverse;
                max = Math.max(max, p);
                columnMax[j] = Math.max(columnMax[j], p);
            }
            rowMax[i] = max;
        }
        for (int j = 0; j < n; j++) {
            columnMax[j] -= THETA;
        }
        int[] rowStart = new int[m + 1];
        int[] column = new int[(int) Math.min(c.length, Math.max(16L, 4L * (m + n)))];
        double[] value = new double[column.length];
        int k = 0;
        for (int i = 0; i < m; i++) {
            double fi = fHat[i] * inverse + logA[i];
            double rowFloor = rowMax[i] - THETA;
            int row = i * n;
            if (column.length - k < n) {
                int grown = (int) Math.min(c.length, Math.max((long) column.length * 2, (long) k + n));
                column = Arrays.copyOf(column, grown);
                value = Arrays.copyOf(value, grown);
            }
            for (int j = 0; j < n; j++) {
                double p = fi + gScaled[j] - c[row + j] * inverse;
                if (p >= rowFloor || p >= columnMax[j]) {
                    column[k] = j;
                    value[k++] = p - logA[i] - logB[j];
                }
            }
            rowStart[i + 1] = k;
        }
        for (int t = 0; t < k; t++) {
            value[t] = Math.exp(value[t]);
        }
        return new TruncatedKernel(m, n, rowStart, Arrays.copyOf(column, k),
                Arrays.copyOf(value, k));
    }

    /** Number of kept entries. */
    int size() {
        return value.length;
    }

    /** {@code out_j = sum_i w_i K_ij} (column sums weighted by w, length m); out has length n. */
    void columnSums(double[] w, double[] out) {
        Arrays.fill(out, 0.0);
        for (int i = 0; i < m; i++) {
            double wi = w[i];
            for (int k = rowStart[i], end = rowStart[i + 1]; k < end; k++) {
                out[column[k]] += wi * value[k];
            }
        }
    }

    /** {@code out_i = sum_j K_ij w_j} (row sums weighted by w, length n); out has length m. */
    void rowSums(double[] w, double[] out) {
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int k = rowStart[i], end = rowStart[i + 1]; k < end; k++) {
                s += value[k] * w[column[k]];
            }
            out[i] = s;
        }
    }

    int rows() {
        return m;
    }

    int columns() {
        return n;
    }
}
