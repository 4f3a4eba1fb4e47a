package org.lsotexplorer.math;

/**
 * The 2-D view of {@code d}-dimensional codes: an origin {@code o} and two orthonormal axes {@code e1, e2}.
 * <ul>
 *   <li>{@code d >= 3}: principal component analysis; {@code o} is the sample mean and {@code e1, e2} are the
 *       eigenvectors of the two largest eigenvalues of the sample covariance
 *       {@code S = (1/(n-1)) sum (x_i - o)(x_i - o)^T} ({@link JacobiEigen});</li>
 *   <li>{@code d == 2}: the identity plane ({@code o = 0}, {@code e1 = (1, 0)}, {@code e2 = (0, 1)}), so the view
 *       shows the codes themselves;</li>
 *   <li>{@code d == 1}: rejected, there is no plane to show.</li>
 * </ul>
 * Signs are deterministic: each axis is flipped so that its entry of largest magnitude (lowest index on ties) is
 * positive. Equal eigenvalues are ordered by index, so the fit depends only on the points. Instances are immutable.
 */
public final class PrincipalPlane {
    private final double[] origin;
    private final double[] e1;
    private final double[] e2;
    private final double[] axisVariances;
    private final double explainedFraction;
    private final boolean identity;

    private PrincipalPlane(double[] origin, double[] e1, double[] e2, double[] axisVariances,
                           double explainedFraction, boolean identity) {
        this.origin = origin;
        this.e1 = e1;
        this.e2 = e2;
        this.axisVariances = axisVariances;
        this.explainedFraction = explainedFraction;
        this.identity = identity;
    }

    /**
     * Fits the plane to {@code n >= 2} finite points of equal dimension {@code d >= 2}.
     *
     * @throws IllegalArgumentException for fewer than two points, ragged or non-finite points, or {@code d == 1}
     */
    public static PrincipalPlane fit(double[][] points) {
        int d = PointClouds.requireValid(points, "points");
        if (d < 2) {
            throw new IllegalArgumentException("a principal plane needs points of dimension >= 2, got " + d);
        }
        if (points.length < 2) {
            throw new IllegalArgumentException("a principal plane needs at least 2 points, got " + points.length);
        }
        double[] mean = PointClouds.mean(points);
        double[][] cov = PointClouds.sampleCovariance(points, mean);
        double total = 0;
        for (int k = 0; k < d; k++) {
            total += cov[k][k];
        }
        if (d == 2) {
            return new PrincipalPlane(new double[2], new double[] {1, 0}, new double[] {0, 1},
                    new double[] {cov[0][0], cov[1][1]}, 1, true);
        }
        JacobiEigen.Result eigen = JacobiEigen.decompose(cov);
        int first = largest(eigen.values(), -1);
        int second = largest(eigen.values(), first);
        double[] a1 = orientedColumn(eigen.vectors(), first);
        double[] a2 = orientedColumn(eigen.vectors(), second);
        double v1 = quadraticForm(cov, a1);
        double v2 = quadraticForm(cov, a2);
        double explained = total > 0 ? (v1 + v2) / total : 1;
        return new PrincipalPlane(mean, a1, a2, new double[] {v1, v2}, explained, false);
    }

    /** The plane coordinates {@code (<p - o, e1>, <p - o, e2>)} of a point of dimension {@code d}. */
    public double[] project(double[] p) {
        if (p.length != origin.length) {
            throw new IllegalArgumentException("point of dimension " + p.length + ", plane fitted in "
                    + origin.length);
        }
        double x = 0;
        double y = 0;
        for (int k = 0; k < p.length; k++) {
            double c = p[k] - origin[k];
            x += c * e1[k];
            y += c * e2[k];
        }
        return new double[] {x, y};
    }

    /** {@link #project(double[])} of each row. */
    public double[][] project(double[][] ps) {
        double[][] out = new double[ps.length][];
        for (int i = 0; i < ps.length; i++) {
            out[i] = project(ps[i]);
        }
        return out;
    }

    /** The point {@code o + x e1 + y e2} of dimension {@code d}. */
    public double[] lift(double x, double y) {
        double[] p = new double[origin.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = origin[k] + x * e1[k] + y * e2[k];
        }
        return p;
    }

    /**
     * The sample variances ({@code 1/(n-1)}) of the fitted points along {@code e1} and {@code e2}; for the PCA
     * plane these are the two largest covariance eigenvalues.
     */
    public double[] axisVariances() {
        return axisVariances.clone();
    }

    /**
     * {@code (var1 + var2) / trace(S)}: the share of the total variance the plane shows (1 for {@code d == 2}, and
     * 1 when all points coincide).
     */
    public double explainedFraction() {
        return explainedFraction;
    }

    /** A copy of the origin {@code o}. */
    public double[] origin() {
        return origin.clone();
    }

    /** A copy of axis {@code e1} ({@code k == 0}) or {@code e2} ({@code k == 1}). */
    public double[] axis(int k) {
        if (k != 0 && k != 1) {
            throw new IllegalArgumentException("axis index must be 0 or 1, got " + k);
        }
        return (k == 0 ? e1 : e2).clone();
    }

    /** The dimension {@code d} of the points. */
    public int dimension() {
        return origin.length;
    }

    /** True for the identity plane of 2-D points. */
    public boolean isIdentity() {
        return identity;
    }

    /** Index of the largest value other than {@code skip} (lowest index on ties). */
    private static int largest(double[] values, int skip) {
        int best = -1;
        for (int k = 0; k < values.length; k++) {
            if (k != skip && (best < 0 || values[k] > values[best])) {
                best = k;
            }
        }
        return best;
    }

    /** Column {@code k}, flipped so that its entry of largest magnitude is positive. */
    private static double[] orientedColumn(double[][] vectors, int k) {
        int d = vectors.length;
        double[] a = new double[d];
        int peak = 0;
        for (int i = 0; i < d; i++) {
            a[i] = vectors[i][k];
            if (Math.abs(a[i]) > Math.abs(a[peak])) {
                peak = i;
            }
        }
        if (a[peak] < 0) {
            for (int i = 0; i < d; i++) {
                a[i] = -a[i];
            }
        }
        return a;
    }

    private static double quadraticForm(double[][] s, double[] a) {
        double q = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                q += a[i] * s[i][j] * a[j];
            }
        }
        return q;
    }
}
