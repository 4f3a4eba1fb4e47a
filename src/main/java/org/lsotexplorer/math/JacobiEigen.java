package org.lsotexplorer.math;

/**
 * Eigen-decomposition {@code A = V diag(lambda) V^T} of a real symmetric matrix by the cyclic Jacobi method: plane
 * rotations zero each off-diagonal entry in turn until the off-diagonal Frobenius norm is below
 * {@code 1e-14 * |A|_F} (quadratic convergence; about 6-10 sweeps of {@code O(d^3)} each). Accurate to a few ulps for
 * the small matrices ({@code d <= ~256}) of the classifier FD and the principal plane. Pure Java, deterministic.
 */
public final class JacobiEigen {
    private static final int MAX_SWEEPS = 100;

    /**
     * Eigenvalues {@code values[k]} (in no particular order) with unit eigenvectors in the columns of
     * {@code vectors} ({@code vectors[i][k]}).
     *
     * @param values  the {@code d} eigenvalues
     * @param vectors {@code d x d}, column {@code k} the eigenvector of {@code values[k]}
     */
    public record Result(double[] values, double[][] vectors) {
    }

    private JacobiEigen() {
    }

    /**
     * Decomposes a symmetric {@code d x d} matrix (only symmetry up to rounding is assumed; the mean of
     * {@code a_ij} and {@code a_ji} is used). The input is not modified.
     *
     * @throws IllegalArgumentException if the matrix is not square or has a non-finite entry
     * @throws ArithmeticException      if it fails to converge in 100 sweeps (not seen for finite input)
     */
    public static Result decompose(double[][] matrix) {
        int d = matrix.length;
        double[][] a = new double[d][d];
        double[][] v = new double[d][d];
        double frobenius = 0;
        for (int i = 0; i < d; i++) {
            if (matrix[i].length != d) {
                throw new IllegalArgumentException("matrix must be square");
            }
            for (int j = 0; j < d; j++) {
                double x = 0.5 * (matrix[i][j] + matrix[j][i]);
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("matrix entry (" + i + ", " + j + ") is not finite");
                }
                a[i][j] = x;
                frobenius += x * x;
            }
            v[i][i] = 1;
        }
        double tolerance = 1e-28 * frobenius;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    off += 2 * a[p][q] * a[p][q];
                }
            }
            if (off <= tolerance || off == 0) {
                double[] values = new double[d];
                for (int i = 0; i < d; i++) {
                    values[i] = a[i][i];
                }
                return new Result(values, v);
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p][q] != 0) {
                        rotate(a, v, p, q);
                    }
                }
            }
        }
        throw new ArithmeticException("Jacobi eigen-decomposition did not converge in " + MAX_SWEEPS + " sweeps");
    }

    /** Applies the rotation in the (p, q) plane that zeroes {@code a[p][q]}: {@code A <- J^T A J}, {@code V <- V J}. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int d = a.length;
        for (int k = 0; k < d; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < d; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < d; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }
}
