package org.lsotexplorer.math.ot;

/**
 * The Hessian of the semi-discrete energy with respect to the heights, a weighted graph Laplacian on the cells:
 * {@code H_jk = -(int_{W_j cap W_k} rho ds) / |y_j - y_k|} for neighbouring cells, {@code H_jj = -sum_k H_jk}
 * (so {@code H = d mu(W) / d h}, symmetric positive semi-definite, singular along the constant vector).
 * <p>
 * {@link #solve} solves {@code H d = b} by conjugate gradients with a diagonal (Jacobi) preconditioner, with the
 * height of one cell pinned ({@code d_pin = 0}), which removes the constant null space; cells with an empty row
 * (no edge with positive source density) are pinned too. Sparse rows in CSR form; immutable.
 */
final class CellLaplacian {
    private final int n;
    private final int[] start;
    private final int[] col;
    private final double[] val;
    private final double[] diag;

    CellLaplacian(LaguerreDiagram diagram) {
        LaguerreCells cells = diagram.cells();
        SourceMeasure measure = diagram.measure();
        n = diagram.codeCount();
        start = new int[n + 1];
        for (int j = 0; j < n; j++) {
            int e = 0;
            for (int label : cells.labels[j]) {
                e += label >= 0 ? 1 : 0;
            }
            start[j + 1] = start[j] + e;
        }
        col = new int[start[n]];
        val = new double[start[n]];
        diag = new double[n];
        for (int j = 0; j < n; j++) {
            double[] xs = cells.xs[j];
            double[] ys = cells.ys[j];
            int p = start[j];
            for (int i = 0; i < xs.length; i++) {
                int k = cells.labels[j][i];
                if (k < 0) {
                    continue;
                }
                int i2 = i + 1 == xs.length ? 0 : i + 1;
                double dist = Math.hypot(diagram.codeX(j) - diagram.codeX(k), diagram.codeY(j) - diagram.codeY(k));
                double w = measure.segmentDensity(xs[i], ys[i], xs[i2], ys[i2]) / dist;
                col[p] = k;
                val[p++] = -w;
                diag[j] += w;
            }
        }
    }

    /** {@code H_jk} (0 when not neighbours); for tests. */
    double entry(int j, int k) {
        if (j == k) {
            return diag[j];
        }
        double s = 0;
        for (int p = start[j]; p < start[j + 1]; p++) {
            s += col[p] == k ? val[p] : 0;
        }
        return s;
    }

    /**
     * Solves {@code H d = b} with {@code d_pin = 0} to relative residual {@code tolerance}.
     *
     * @return d, or the last iterate when {@code maxIterations} is reached
     */
    double[] solve(double[] b, int pin, double tolerance, int maxIterations) {
        double[] x = new double[n];
        double[] r = b.clone();
        r[pin] = 0;
        double[] inv = new double[n];
        for (int j = 0; j < n; j++) {
            inv[j] = j == pin || !(diag[j] > 0) ? 0 : 1 / diag[j];
            if (inv[j] == 0) {
                r[j] = 0;
            }
        }
        double bNorm = Math.sqrt(dot(r, r));
        if (bNorm == 0) {
            return x;
        }
        double[] z = new double[n];
        double[] p = new double[n];
        double[] q = new double[n];
        for (int j = 0; j < n; j++) {
            z[j] = inv[j] * r[j];
            p[j] = z[j];
        }
        double rz = dot(r, z);
        for (int it = 0; it < maxIterations; it++) {
            multiply(p, q, inv);
            double alpha = rz / dot(p, q);
            for (int j = 0; j < n; j++) {
                x[j] += alpha * p[j];
                r[j] -= alpha * q[j];
            }
            if (Math.sqrt(dot(r, r)) <= tolerance * bNorm) {
                break;
            }
            for (int j = 0; j < n; j++) {
                z[j] = inv[j] * r[j];
            }
            double rzNext = dot(r, z);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int j = 0; j < n; j++) {
                p[j] = z[j] + beta * p[j];
            }
        }
        return x;
    }

    /** {@code q = H p} restricted to the free cells (pinned ones read and write 0). */
    private void multiply(double[] p, double[] q, double[] inv) {
        for (int j = 0; j < n; j++) {
            if (inv[j] == 0) {
                q[j] = 0;
                continue;
            }
            double s = diag[j] * p[j];
            for (int e = start[j]; e < start[j + 1]; e++) {
                int k = col[e];
                if (inv[k] != 0) {
                    s += val[e] * p[k];
                }
            }
            q[j] = s;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
