package org.lsotexplorer.math.ot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An optimal discrete transport plan with its dual certificate (immutable).
 * <p>
 * <b>Primal.</b> Between m source points with weights a and n target points with weights b under a cost matrix
 * C, the plan {@code P >= 0} minimises {@code <P, C> = sum_ij P_ij C_ij} subject to {@code sum_j P_ij = a_i} and
 * {@code sum_i P_ij = b_j}. Only the support (entries with {@code P_ij > 0}, at most {@code m + n - 1} for a
 * vertex solution) is stored, sorted by source then target.
 * <p>
 * <b>Dual.</b> The Kantorovich potentials u (sources, length m) and v (targets, length n), in cost units, solve
 * {@code max sum_i a_i u_i + sum_j b_j v_j  s.t.  u_i + v_j <= C_ij}. Certificate, up to floating-point
 * rounding: feasibility everywhere, equality {@code u_i + v_j = C_ij} on the support (complementary slackness),
 * and zero duality gap {@code dualObjective() == totalCost()}.
 * <p>
 * Instances come from {@link ExactTransportSolver}, {@link TransportationSolver} and the facade's assignment
 * route; accessors return copies, so a plan can be shared between threads.
 */
public final class TransportPlan {
    /** One support entry: {@code mass = P[source][target] > 0}. */
    public record Entry(int source, int target, double mass) {
    }

    private final int[] sources;
    private final int[] targets;
    private final double[] masses;
    private final double[] sourceWeights;
    private final double[] targetWeights;
    private final double[] sourcePotential;
    private final double[] targetPotential;
    private final double totalCost;

    /**
     * Takes ownership of the arrays. Entries are sorted here; masses must be positive and indices in range.
     *
     * @param totalCost {@code sum_k mass_k * C[source_k][target_k]}, computed by the solver on the original costs
     */
    TransportPlan(int[] sources, int[] targets, double[] masses, double[] a, double[] b, double[] u, double[] v,
            double totalCost) {
        if (sources.length != targets.length || sources.length != masses.length || u.length != a.length
                || v.length != b.length) {
            throw new IllegalArgumentException("inconsistent plan arrays");
        }
        Integer[] order = new Integer[sources.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (p, q) -> sources[p] != sources[q] ? Integer.compare(sources[p], sources[q])
                : Integer.compare(targets[p], targets[q]));
        this.sources = new int[order.length];
        this.targets = new int[order.length];
        this.masses = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            this.sources[k] = sources[order[k]];
            this.targets[k] = targets[order[k]];
            this.masses[k] = masses[order[k]];
        }
        this.sourceWeights = a;
        this.targetWeights = b;
        this.sourcePotential = u;
        this.targetPotential = v;
        this.totalCost = totalCost;
    }

    /** m, the number of source points. */
    public int sourceCount() {
        return sourceWeights.length;
    }

    /** n, the number of target points. */
    public int targetCount() {
        return targetWeights.length;
    }

    /** Number of support entries. */
    public int supportSize() {
        return masses.length;
    }

    /** The support entries, sorted by source then target (unmodifiable). */
    public List<Entry> support() {
        List<Entry> out = new ArrayList<>(masses.length);
        for (int k = 0; k < masses.length; k++) {
            out.add(new Entry(sources[k], targets[k], masses[k]));
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code <P, C>}, the optimal transport cost. */
    public double totalCost() {
        return totalCost;
    }

    /** Source potential u (length m, cost units). */
    public double[] sourcePotential() {
        return sourcePotential.clone();
    }

    /** Target potential v (length n, cost units). */
    public double[] targetPotential() {
        return targetPotential.clone();
    }

    /** The prescribed source weights a. */
    public double[] sourceWeights() {
        return sourceWeights.clone();
    }

    /** The prescribed target weights b. */
    public double[] targetWeights() {
        return targetWeights.clone();
    }

    /** {@code sum_i a_i u_i + sum_j b_j v_j}; equals {@link #totalCost()} up to rounding (zero duality gap). */
    public double dualObjective() {
        double s = 0;
        for (int i = 0; i < sourceWeights.length; i++) {
            s += sourceWeights[i] * sourcePotential[i];
        }
        for (int j = 0; j < targetWeights.length; j++) {
            s += targetWeights[j] * targetPotential[j];
        }
        return s;
    }

    /** Row sums {@code sum_j P_ij} (equal to a up to rounding). */
    public double[] sourceMarginal() {
        double[] r = new double[sourceCount()];
        for (int k = 0; k < masses.length; k++) {
            r[sources[k]] += masses[k];
        }
        return r;
    }

    /** Column sums {@code sum_i P_ij} (equal to b up to rounding). */
    public double[] targetMarginal() {
        double[] r = new double[targetCount()];
        for (int k = 0; k < masses.length; k++) {
            r[targets[k]] += masses[k];
        }
        return r;
    }

    /**
     * The permutation sigma with {@code P_{i, sigma(i)} = 1/n} when this is a permutation plan (m == n, uniform
     * weights, exactly one support entry per row and per column); otherwise {@code null}.
     */
    public int[] assignment() {
        int n = sourceCount();
        if (n != targetCount() || masses.length != n || !isUniform(sourceWeights) || !isUniform(targetWeights)) {
            return null;
        }
        int[] sigma = new int[n];
        boolean[] used = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (sources[k] != k || used[targets[k]]) {
                return null;
            }
            used[targets[k]] = true;
            sigma[k] = targets[k];
        }
        return sigma;
    }

    private static boolean isUniform(double[] w) {
        double expected = 1.0 / w.length;
        for (double x : w) {
            if (Math.abs(x - expected) > 1e-12 * expected) {
                return false;
            }
        }
        return true;
    }

    /**
     * The barycentric projection {@code T(z_i) = sum_j P_ij y_j / sum_j P_ij} for every source i: the mean of the
     * targets that source i sends mass to (for a permutation plan, simply {@code y_sigma(i)}).
     *
     * @param target the n target points y (rows of equal dimension d)
     * @return m rows of dimension d
     * @throws IllegalArgumentException if target has not n rows or is ragged
     */
    public double[][] barycentricMap(double[][] target) {
        int d = OtInputs.checkPoints(target, "target");
        if (target.length != targetCount()) {
            throw new IllegalArgumentException("plan has " + targetCount() + " targets but " + target.length
                    + " target points were given");
        }
        double[][] map = new double[sourceCount()][d];
        double[] rowMass = new double[sourceCount()];
        for (int k = 0; k < masses.length; k++) {
            double[] row = map[sources[k]];
            double[] y = target[targets[k]];
            for (int t = 0; t < d; t++) {
                row[t] += masses[k] * y[t];
            }
            rowMass[sources[k]] += masses[k];
        }
        for (int i = 0; i < map.length; i++) {
            for (int t = 0; t < d; t++) {
                map[i][t] /= rowMass[i];
            }
        }
        return map;
    }

    /** The dense m x n plan matrix (allocates m*n doubles; meant for small plans and tests). */
    public double[][] toDense() {
        double[][] p = new double[sourceCount()][targetCount()];
        for (int k = 0; k < masses.length; k++) {
            p[sources[k]][targets[k]] += masses[k];
        }
        return p;
    }
}
