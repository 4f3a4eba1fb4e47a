package org.lsotexplorer.model;

import org.lsotexplorer.math.JacobiEigen;
import org.lsotexplorer.math.PointClouds;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The Frechet distance between two feature sets, each summarised by a Gaussian {@code N(mu, S)}: the squared
 * 2-Wasserstein distance between those Gaussians,
 * <pre>
 *   FD = |mu_1 - mu_2|^2 + tr(S_1) + tr(S_2) - 2 tr( (S_1^{1/2} S_2 S_1^{1/2})^{1/2} ).
 * </pre>
 * The last trace equals {@code tr((S_1 S_2)^{1/2})}; the symmetric form is used because it needs only eigen-
 * decompositions of symmetric positive semi-definite matrices ({@link JacobiEigen}), with eigenvalues below 0
 * (rounding) clipped to 0, so singular covariances (fewer samples than dimensions) are handled. In the app the
 * features are {@link DigitClassifier#features} and the result is called the <em>classifier FD</em> (never FID).
 *
 * <p>Moments: {@code mu} the sample mean, {@code S} the unbiased sample covariance ({@code 1/(n-1)}). Inputs are
 * {@code [n, d]} with {@code n >= 2} and the same {@code d >= 1} on both sides; otherwise
 * {@link IllegalArgumentException}. The result is {@code >= 0} (tiny negative rounding is clipped to 0). Cost
 * {@code O(n d^2 + d^3)} in plain Java; fine for {@code d <= ~256}.
 */
public final class FrechetDistance {
    private FrechetDistance() {
    }

    /** FD between the rows of {@code a} and the rows of {@code b} (ND4J {@code [n, d]} arrays). */
    public static double between(INDArray a, INDArray b) {
        return between(rows(a, "a"), rows(b, "b"));
    }

    /** FD between two sample sets given as {@code double[n][d]}. */
    public static double between(double[][] a, double[][] b) {
        Moments ma = Moments.of(a, "a");
        Moments mb = Moments.of(b, "b");
        if (ma.mean.length != mb.mean.length) {
            throw new IllegalArgumentException("feature dimensions differ: " + ma.mean.length + " vs " + mb.mean.length);
        }
        return fromMoments(ma.mean, ma.covariance, mb.mean, mb.covariance);
    }

    /**
     * FD between {@code N(mu1, s1)} and {@code N(mu2, s2)}; the covariances must be symmetric positive
     * semi-definite {@code d x d} (symmetrised, negative eigenvalues clipped).
     */
    public static double fromMoments(double[] mu1, double[][] s1, double[] mu2, double[][] s2) {
        int d = mu1.length;
        if (d < 1 || mu2.length != d || s1.length != d || s2.length != d) {
            throw new IllegalArgumentException("means and covariances must share one dimension d >= 1");
        }
        double meanTerm = 0;
        for (int i = 0; i < d; i++) {
            double diff = mu1[i] - mu2[i];
            meanTerm += diff * diff;
        }
        double[][] root = sqrtPsd(s1);
        double[][] middle = multiply(multiply(root, s2), root);
        double crossTrace = 0;
        for (double lambda : JacobiEigen.decompose(middle).values()) {
            crossTrace += Math.sqrt(Math.max(0, lambda));
        }
        double fd = meanTerm + trace(s1) + trace(s2) - 2 * crossTrace;
        return Math.max(0, fd);
    }

    /** The symmetric PSD square root {@code V diag(sqrt(max(lambda, 0))) V^T}. */
    static double[][] sqrtPsd(double[][] s) {
        JacobiEigen.Result e = JacobiEigen.decompose(s);
        int d = s.length;
        double[][] r = new double[d][d];
        for (int k = 0; k < d; k++) {
            double root = Math.sqrt(Math.max(0, e.values()[k]));
            if (root == 0) {
                continue;
            }
            for (int i = 0; i < d; i++) {
                double vik = e.vectors()[i][k] * root;
                for (int j = 0; j < d; j++) {
                    r[i][j] += vik * e.vectors()[j][k];
                }
            }
        }
        return r;
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        int d = x.length;
        double[][] r = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                double xik = x[i][k];
                for (int j = 0; j < d; j++) {
                    r[i][j] += xik * y[k][j];
                }
            }
        }
        return r;
    }

    private static double trace(double[][] s) {
        double t = 0;
        for (int i = 0; i < s.length; i++) {
            t += s[i][i];
        }
        return t;
    }

    private static double[][] rows(INDArray a, String name) {
        if (a == null || a.rank() != 2) {
            throw new IllegalArgumentException(name + " must be a rank-2 [n, d] array");
        }
        return a.castTo(DataType.DOUBLE).toDoubleMatrix();
    }

    /** Sample mean and unbiased covariance. */
    private record Moments(double[] mean, double[][] covariance) {
        static Moments of(double[][] x, String name) {
            if (x == null || x.length < 2 || x[0].length < 1) {
                throw new IllegalArgumentException(name + " needs n >= 2 rows of d >= 1 features");
            }
            int n = x.length;
            int d = x[0].length;
            double[] mean = new double[d];
            for (double[] row : x) {
                if (row.length != d) {
                    throw new IllegalArgumentException(name + " has rows of different lengths");
                }
                for (int j = 0; j < d; j++) {
                    if (!Double.isFinite(row[j])) {
                        throw new IllegalArgumentException(name + " has a non-finite feature");
                    }
                    mean[j] += row[j] / n;
                }
            }
            double[][] cov = PointClouds.sampleCovariance(x, mean);
            return new Moments(mean, cov);
        }
    }
}
