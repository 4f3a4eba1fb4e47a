package org.lsotexplorer.math.ot;

/**
 * The outcome of {@link SinkhornSolver}: entropic potentials, the dense entropic plan and diagnostics (immutable;
 * accessors return copies).
 * <p>
 * <b>Convention.</b> {@code P_ij = a_i b_j exp((f_i + g_j - C_ij) / epsilon)}, with f, g in cost units. The last
 * update is the one of f, {@code f_i = -epsilon log sum_j b_j exp((g_j - C_ij)/epsilon)}, so the source marginal
 * {@code sum_j P_ij = a_i} holds up to rounding and {@code f_i} equals
 * {@link SinkhornSolver#softCTransform(double[], double[][], double[], double, org.lsotexplorer.math.Cost)} of g
 * at source point i; {@link #marginalError()} measures the target side.
 */
public final class SinkhornResult {
    private final double epsilon;
    private final int m;
    private final int n;
    private final double[] f;
    private final double[] g;
    private final double[] plan;
    private final double transportCost;
    private final int iterations;
    private final double marginalError;
    private final boolean converged;

    SinkhornResult(double epsilon, double[] f, double[] g, double[] plan, double transportCost, int iterations,
            double marginalError, boolean converged) {
        this.epsilon = epsilon;
        this.m = f.length;
        this.n = g.length;
        this.f = f;
        this.g = g;
        this.plan = plan;
        this.transportCost = transportCost;
        this.iterations = iterations;
        this.marginalError = marginalError;
        this.converged = converged;
    }

    /**
     * The result at duals f, g: the plan {@code P_ij = a_i b_j exp((f_i + g_j - C_ij)/epsilon)} over the dense
     * row-major cost c (m x n) and its transport cost; f and g are kept, not copied.
     */
    static SinkhornResult fromDuals(double[] a, double[] b, double[] c, double epsilon, double[] f, double[] g,
            int iterations, double error, boolean converged) {
        int m = a.length;
        int n = b.length;
        double[] logB = OtInputs.logs(b);
        double inverse = 1.0 / epsilon;
        double[] plan = new double[m * n];
        double cost = 0;
        for (int i = 0; i < m; i++) {
            int row = i * n;
            double rowShift = Math.log(a[i]) + f[i] * inverse;
            for (int j = 0; j < n; j++) {
                double p = Math.exp(rowShift + logB[j] + (g[j] - c[row + j]) * inverse);
                plan[row + j] = p;
                cost += p * c[row + j];
            }
        }
        return new SinkhornResult(epsilon, f, g, plan, cost, iterations, error, converged);
    }

    /** The regularisation used. */
    public double epsilon() {
        return epsilon;
    }

    /** m, the number of sources. */
    public int sourceCount() {
        return m;
    }

    /** n, the number of targets. */
    public int targetCount() {
        return n;
    }

    /** Source potential f (length m, cost units). */
    public double[] f() {
        return f.clone();
    }

    /** Target potential g (length n, cost units); the values to feed to the soft c-transform. */
    public double[] g() {
        return g.clone();
    }

    /** {@code P_ij}. */
    public double mass(int i, int j) {
        return plan[i * n + j];
    }

    /** The dense plan, m rows of n (a fresh copy). */
    public double[][] plan() {
        double[][] p = new double[m][n];
        for (int i = 0; i < m; i++) {
            System.arraycopy(plan, i * n, p[i], 0, n);
        }
        return p;
    }

    /** {@code <P, C> = sum_ij P_ij C_ij}, the transport part of the entropic objective (no entropy term). */
    public double transportCost() {
        return transportCost;
    }

    /** Number of (g, f) update pairs run. */
    public int iterations() {
        return iterations;
    }

    /** Final {@code sum_j |sum_i P_ij - b_j|} (the source marginal is exact up to rounding). */
    public double marginalError() {
        return marginalError;
    }

    /** Whether {@link #marginalError()} reached the tolerance within the iteration budget. */
    public boolean converged() {
        return converged;
    }

    /** Row sums {@code sum_j P_ij}. */
    public double[] sourceMarginal() {
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += plan[i * n + j];
            }
            r[i] = s;
        }
        return r;
    }

    /** Column sums {@code sum_i P_ij}. */
    public double[] targetMarginal() {
        double[] r = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                r[j] += plan[i * n + j];
            }
        }
        return r;
    }

    /**
     * The barycentric projection of method.md 3.4, {@code T(z_i) = sum_j P_ij y_j / sum_j P_ij}: m rows of the
     * targets' dimension. For the quadratic cost it equals {@code z_i - grad phi(z_i)}, phi the soft c-transform.
     *
     * @throws IllegalArgumentException if target has not n rows or is ragged
     */
    public double[][] barycentricMap(double[][] target) {
        int d = OtInputs.checkPoints(target, "target");
        if (target.length != n) {
            throw new IllegalArgumentException("result has " + n + " targets but " + target.length
                    + " target points were given");
        }
        double[][] map = new double[m][d];
        for (int i = 0; i < m; i++) {
            double rowMass = 0;
            for (int j = 0; j < n; j++) {
                double p = plan[i * n + j];
                rowMass += p;
                for (int t = 0; t < d; t++) {
                    map[i][t] += p * target[j][t];
                }
            }
            for (int t = 0; t < d; t++) {
                map[i][t] /= rowMass;
            }
        }
        return map;
    }
}
