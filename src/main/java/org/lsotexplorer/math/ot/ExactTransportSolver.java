package org.lsotexplorer.math.ot;

import org.lsotexplorer.math.Cost;

/**
 * The {@code exact} solver of method.md 3.3: the optimal discrete coupling between two weighted point clouds,
 * the ground truth for every overlay and metric.
 * <p>
 * <b>Problem.</b> {@code min_P sum_ij P_ij C_ij} over plans {@code P >= 0} with row sums a and column sums b,
 * where {@code C_ij = cost(source_i, target_j)}. Point-cloud input uses uniform weights {@code a_i = 1/m},
 * {@code b_j = 1/n}.
 * <p>
 * <b>Routing.</b> When m == n and all weights equal 1/n, the problem is a linear assignment (the Birkhoff
 * polytope's vertices are permutations): {@link AssignmentSolver} finds sigma, the plan puts mass 1/n on each
 * {@code (i, sigma(i))}, so {@code totalCost} is the mean of {@code C[i][sigma(i)]}, and the potentials are the
 * assignment duals, unchanged (then {@code (1/n)(sum u + sum v)} is the same mean). Otherwise
 * {@link TransportationSolver}. Both are exact, and both plans carry a dual certificate.
 * <p>
 * <b>Sizes.</b> The cost matrix is dense (m*n doubles): 10,000 x 10,000 needs 800 MB of heap.
 * <p>
 * <b>Failures.</b> {@link IllegalArgumentException} for empty point sets, ragged rows, a dimension mismatch
 * between source and target, NaN or infinite coordinates or costs, or invalid weights (non-positive, or not
 * summing to 1 within 1e-9); the message names the argument and index.
 */
public final class ExactTransportSolver {
    private ExactTransportSolver() {
    }

    /** Optimal plan between uniform point clouds (m source rows, n target rows, any common dimension d). */
    public static TransportPlan solve(double[][] source, double[][] target, Cost cost) {
        OtInputs.checkPointPair(source, target);
        if (cost == null) {
            throw new IllegalArgumentException("cost is null");
        }
        int m = source.length;
        int n = target.length;
        double[] flat = OtInputs.flatCost(source, target, cost);
        if (m == n) {
            return assignmentPlan(flat, n);
        }
        return TransportationSolver.solveChecked(OtInputs.uniform(m), OtInputs.uniform(n), flat);
    }

    /** Optimal plan for weights a (m), b (n) and a cost matrix {@code costMatrix[i][j]} (m rows of n). */
    public static TransportPlan solve(double[] a, double[] b, double[][] costMatrix) {
        OtInputs.checkWeights(a, "a");
        OtInputs.checkWeights(b, "b");
        double[] flat = OtInputs.flatCost(costMatrix, a.length, b.length);
        if (a.length == b.length && isExactlyUniform(a) && isExactlyUniform(b)) {
            return assignmentPlan(flat, a.length);
        }
        return TransportationSolver.solveChecked(a.clone(), b.clone(), flat);
    }

    private static boolean isExactlyUniform(double[] w) {
        double expected = 1.0 / w.length;
        for (double x : w) {
            if (x != expected) {
                return false;
            }
        }
        return true;
    }

    private static TransportPlan assignmentPlan(double[] flat, int n) {
        Assignment as = AssignmentSolver.solve(flat, n);
        int[] sources = new int[n];
        double[] masses = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            sources[i] = i;
            masses[i] = 1.0 / n;
            total += flat[i * n + as.targetOf()[i]];
        }
        double[] w = OtInputs.uniform(n);
        return new TransportPlan(sources, as.targetOf(), masses, w, w.clone(), as.sourcePotential(),
                as.targetPotential(), total / n);
    }
}
