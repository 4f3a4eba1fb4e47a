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
 * <b>Method.</b> {@link TransportationSolver}: a network simplex on a sparse arc set chosen under multiscale
 * prices, grown by dense pricing until the duals are feasible on the whole matrix, so the plan carries a dual
 * certificate; very unequal uniform clouds (at most 64 points on one side, at least 50 times as many on the other)
 * go to successive shortest paths on the small side ({@link SemiAssignmentSolver}), with the same certificate. For m == n with uniform weights the optimum is a vertex of the Birkhoff polytope, a permutation
 * ({@link TransportPlan#assignment()}); while such a solve runs, its {@link SolveProgress} checkpoints carry the
 * pairs matched so far.
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

    /**
     * Whether an m x n point-cloud problem goes to the successive shortest paths on the smaller side (at most 64
     * points there, at least 50 times as many on the other) instead of the network simplex.
     */
    public static boolean solvesByShortestPaths(int m, int n) {
        return SemiAssignmentSolver.suits(m, n);
    }

    /** Optimal plan between uniform point clouds (m source rows, n target rows, any common dimension d). */
    public static TransportPlan solve(double[][] source, double[][] target, Cost cost) {
        OtInputs.checkPointPair(source, target);
        if (cost == null) {
            throw new IllegalArgumentException("cost is null");
        }
        double[] flat = OtInputs.flatCost(source, target, cost);
        return TransportationSolver.solveChecked(OtInputs.uniform(source.length), OtInputs.uniform(target.length),
                flat);
    }

    /** Optimal plan for weights a (m), b (n) and a cost matrix {@code costMatrix[i][j]} (m rows of n). */
    public static TransportPlan solve(double[] a, double[] b, double[][] costMatrix) {
        OtInputs.checkWeights(a, "a");
        OtInputs.checkWeights(b, "b");
        return TransportationSolver.solveChecked(a.clone(), b.clone(),
                OtInputs.flatCost(costMatrix, a.length, b.length));
    }
}
