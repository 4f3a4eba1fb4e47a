package org.lsotexplorer.math.ot;

/**
 * An optimal solution of the linear assignment problem {@code min_sigma sum_i C[i][sigma(i)]} over permutations
 * sigma of {@code 0..n-1}, together with an optimal solution of its LP dual
 * {@code max sum_i u_i + sum_j v_j  s.t.  u_i + v_j <= C[i][j]}.
 * <p>
 * Certificate (up to floating-point rounding): {@code u_i + v_j <= C[i][j]} for all pairs, with equality on
 * {@code j = sigma(i)}, hence {@code sum u + sum v = totalCost}.
 * <p>
 * The arrays are the caller's: {@link AssignmentSolver} hands over fresh arrays and keeps no reference.
 *
 * @param targetOf         {@code sigma}: {@code targetOf[i]} is the column (target) assigned to row (source) i
 * @param sourcePotential  row duals u (cost units)
 * @param targetPotential  column duals v (cost units)
 * @param totalCost        {@code sum_i C[i][sigma(i)]} (not divided by n)
 */
public record Assignment(int[] targetOf, double[] sourcePotential, double[] targetPotential, double totalCost) {
    /** Number of rows (= columns). */
    public int size() {
        return targetOf.length;
    }
}
