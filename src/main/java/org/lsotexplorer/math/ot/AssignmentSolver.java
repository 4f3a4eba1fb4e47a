package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * Exact linear assignment by shortest augmenting paths, in the manner of Jonker and Volgenant (1987).
 * <p>
 * <b>Problem.</b> Given a dense square cost matrix {@code C} (n x n), find a permutation sigma minimising
 * {@code sum_i C[i][sigma(i)]}, and dual potentials u (rows), v (columns) with {@code u_i + v_j <= C[i][j]}
 * everywhere and equality on the assignment. The duals certify optimality: strong duality gives
 * {@code sum u + sum v = sum_i C[i][sigma(i)]}.
 * <p>
 * <b>Method.</b> Column potentials v are kept such that every assigned row i sits in a column minimising its
 * reduced cost {@code C[i][j] - v_j} among its candidate columns (complementary slackness).
 * <ol>
 *   <li>Initial prices. Below 400 rows: column reduction ({@code v_j = min_i C[i][j]}, each column to its
 *   minimising row) and reduction transfer. From 400 rows on, a multiscale warm start: the problem restricted to
 *   every second row and column is solved exactly (recursively), its row duals are extended to all columns by
 *   the c-transform {@code v_j = min_{sampled i} (C[i][j] - u_i)}, and each row takes its cheapest column if
 *   still free. This matters when source and target clouds differ in location or scale.</li>
 *   <li>A sparse candidate graph: for each row the 32 columns of least reduced cost.</li>
 *   <li>On that graph: two passes of augmenting row reduction, then for each free row a Dijkstra search (radix
 *   heap) for a shortest augmenting path in reduced costs, the price update of the settled columns and the flip
 *   of the path ({@link ShortestAugmentingPath}).</li>
 *   <li>Dense pricing: every row whose reduced cost at some column outside its list undercuts that of its assigned
 *   column gets those columns added and is re-augmented. Steps 3-4 repeat until no row violates the check, so
 *   the final duals are feasible for the whole matrix and the assignment is optimal: exact, not an
 *   epsilon-approximation (unlike auction), merely found faster on a sparse graph.</li>
 * </ol>
 * Worst case O(n^3) time and more; on 2-D point clouds a few pricing passes suffice. Measured single-thread on a
 * 2-core VM, uniform points, squared-Euclidean cost, cost matrix included: n = 2,000 in about 0.15 s, n = 4,000
 * in about 0.45 s; clustered targets (eight tight Gaussians) take a few times longer. Memory: the caller's
 * row-major {@code double[]} of n^2 costs, a quarter of that for the warm start, O(n) per row of candidates.
 * <p>
 * <b>Numerics.</b> All arithmetic is in double. Ties (duplicated points, equal costs), zero, negative and huge
 * finite costs are allowed. When the largest magnitude exceeds 2^900 the costs are scaled by an exact power of
 * two internally (potentials are scaled back). Optimality holds up to rounding: the dual certificate holds with
 * violations of at most {@code 2^-44 max|C|} (the pricing tolerance, a few hundred ulps, which stops the solver
 * from chasing rounding noise on degenerate problems), so the total is within n times that of the optimum.
 * <p>
 * <b>Failures.</b> {@link IllegalArgumentException} for an empty, non-square or ragged matrix, and for a NaN or
 * infinite cost (the message names the index {@code [i][j]}).
 */
public final class AssignmentSolver {
    /** Initial candidate columns per row of the sparse search graph. */
    private static final int CANDIDATES_PER_ROW = 32;
    /** From this size on, prices are warm-started from a sub-sampled problem. */
    private static final int WARM_START_MIN_SIZE = 400;
    /** Every SAMPLE_STRIDE-th row and column form the sub-sampled problem. */
    private static final int SAMPLE_STRIDE = 2;

    private final int n;
    private final double[] c;
    private final int[] colOf;
    private final int[] rowOf;
    private final double[] v;
    private int[] free;
    private int freeCount;

    private AssignmentSolver(double[] c, int n) {
        this.n = n;
        this.c = c;
        this.colOf = new int[n];
        this.rowOf = new int[n];
        this.v = new double[n];
        Arrays.fill(colOf, -1);
        Arrays.fill(rowOf, -1);
    }

    /** Solves the assignment problem for a square matrix {@code cost[i][j]} (copied, not modified). */
    public static Assignment solve(double[][] cost) {
        if (cost == null || cost.length == 0) {
            throw new IllegalArgumentException("cost matrix is empty");
        }
        int n = cost.length;
        return solveOwned(OtInputs.flatCost(cost, n, n), n);
    }

    /**
     * Solves the assignment problem for a row-major square matrix {@code cost[i*n + j]}, length n*n.
     * The array is read, never modified.
     */
    public static Assignment solve(double[] cost, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("assignment size must be >= 1, got " + n);
        }
        if (cost == null) {
            throw new IllegalArgumentException("cost array is null");
        }
        OtInputs.checkFinite(cost, n, n);
        return solveOwned(cost, n);
    }

    private static Assignment solveOwned(double[] cost, int n) {
        int shift = OtInputs.overflowShift(cost);
        AssignmentSolver s = new AssignmentSolver(OtInputs.scaled(cost, shift), n);
        s.run();
        double[] u = s.rowPotentials();
        double[] v = s.v.clone();
        OtInputs.unscale(u, shift);
        OtInputs.unscale(v, shift);
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += cost[i * n + s.colOf[i]];
        }
        return new Assignment(s.colOf.clone(), u, v, total);
    }

    private void run() {
        if (n == 1) {
            colOf[0] = 0;
            rowOf[0] = 0;
            v[0] = c[0];
            return;
        }
        if (n >= WARM_START_MIN_SIZE) {
            warmStartFromSample();
        } else {
            reductionTransfer(columnReduction());
        }
        CandidateGraph graph = CandidateGraph.nearest(c, v, n, n, CANDIDATES_PER_ROW);
        for (int i = 0; i < n; i++) {
            if (colOf[i] >= 0) {
                graph.addIfAbsent(i, colOf[i]);
            }
        }
        ShortestAugmentingPath paths = new ShortestAugmentingPath(c, n, colOf, rowOf, v, graph);
        for (int pass = 0; pass < 2; pass++) {
            paths.augmentingRowReduction(free, freeCount);
            collectFreeRows();
        }
        while (freeCount > 0) {
            for (int k = 0; k < freeCount; k++) {
                SolveProgress.checkpoint("augmenting paths", n - freeCount + k, n, colOf);
                paths.augment(free[k]);
            }
            freeRowsViolatingDuals(graph);
        }
    }

    /**
     * Multiscale warm start: solve the assignment between every {@value #SAMPLE_STRIDE}th row and column exactly
     * (recursively), extend its row duals u_S to column prices by the c-transform
     * {@code v_j = min_{i in S} (C_ij - u_i)}, then give each row its cheapest column under these prices when that
     * column is still free. The sample's duals approximate the final ones, so the sparse search starts close to
     * the optimum instead of from column minima (which matters when source and target clouds differ in location
     * or scale).
     */
    private void warmStartFromSample() {
        int h = n / SAMPLE_STRIDE;
        double[] sample = new double[h * h];
        for (int a = 0; a < h; a++) {
            int row = a * SAMPLE_STRIDE * n;
            for (int b = 0; b < h; b++) {
                sample[a * h + b] = c[row + b * SAMPLE_STRIDE];
            }
        }
        AssignmentSolver coarse = new AssignmentSolver(sample, h);
        coarse.run();
        double[] sampleRowPotential = coarse.rowPotentials();
        Arrays.fill(v, Double.POSITIVE_INFINITY);
        for (int a = 0; a < h; a++) {
            if ((a & 63) == 0) {
                SolveProgress.checkpoint("warm start", a, h);
            }
            int row = a * SAMPLE_STRIDE * n;
            double ua = sampleRowPotential[a];
            for (int j = 0; j < n; j++) {
                v[j] = Math.min(v[j], c[row + j] - ua);
            }
        }
        free = new int[n];
        freeCount = 0;
        double inverseQuantum = CandidateGraph.inverseQuantum(c);
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 0) {
                SolveProgress.checkpoint("warm start", i, n);
            }
            int best = cheapestColumn(i, inverseQuantum);
            if (rowOf[best] < 0) {
                rowOf[best] = i;
                colOf[i] = best;
            } else {
                free[freeCount++] = i;
            }
        }
    }

    /** The column of least reduced cost, ties (up to the pricing quantum) broken as in {@link CandidateGraph}. */
    private int cheapestColumn(int i, double inverseQuantum) {
        int row = i * n;
        int best = 0;
        double bestKey = Math.floor((c[row] - v[0]) * inverseQuantum);
        int bestTie = CandidateGraph.tieBreak(i, 0);
        for (int j = 1; j < n; j++) {
            double key = Math.floor((c[row + j] - v[j]) * inverseQuantum);
            if (key <= bestKey) {
                int tie = CandidateGraph.tieBreak(i, j);
                if (key < bestKey || tie < bestTie) {
                    best = j;
                    bestKey = key;
                    bestTie = tie;
                }
            }
        }
        return best;
    }

    /** {@code v_j = min_i C[i][j]}; each column goes to its minimising row if that row is still unassigned. */
    private int[] columnReduction() {
        int[] argMin = new int[n];
        Arrays.fill(v, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                if (c[row + j] < v[j]) {
                    v[j] = c[row + j];
                    argMin[j] = i;
                }
            }
        }
        int[] matches = new int[n];
        for (int j = n - 1; j >= 0; j--) {
            int i = argMin[j];
            if (matches[i]++ == 0) {
                colOf[i] = j;
                rowOf[j] = i;
            }
        }
        return matches;
    }

    /**
     * Rows matched once move their slack to the column: {@code v_j -= min_{k != j} (C[i][k] - v_k)}. Collects the
     * unmatched rows in the free list.
     */
    private void reductionTransfer(int[] matches) {
        free = new int[n];
        freeCount = 0;
        for (int i = 0; i < n; i++) {
            if (matches[i] == 0) {
                free[freeCount++] = i;
            } else if (matches[i] == 1) {
                int j1 = colOf[i];
                int row = i * n;
                double min = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    if (j != j1) {
                        min = Math.min(min, c[row + j] - v[j]);
                    }
                }
                v[j1] -= min;
            }
        }
    }

    private void collectFreeRows() {
        freeCount = 0;
        for (int i = 0; i < n; i++) {
            if (colOf[i] < 0) {
                free[freeCount++] = i;
            }
        }
    }

    /**
     * The dense dual check: a row i whose reduced cost {@code C[i][j] - v_j} at some column outside its candidate
     * list is below that of its assigned column by more than the pricing tolerance
     * ({@link OtInputs#pricingTolerance}) violates {@code u_i + v_j <= C[i][j]}. Such a row gets its (up to
     * {@value #CANDIDATES_PER_ROW}) cheapest violating columns as new candidates and is freed again; the invariant
     * of {@link ShortestAugmentingPath} still holds for every other row, so no work is lost. Afterwards the
     * free list holds exactly the freed rows; it is empty when the duals are feasible on the whole matrix.
     */
    private void freeRowsViolatingDuals(CandidateGraph graph) {
        double tolerance = OtInputs.pricingTolerance(c);
        freeCount = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 255) == 0) {
                SolveProgress.checkpoint("pricing", i, n, colOf);
            }
            int assigned = colOf[i];
            double ui = c[i * n + assigned] - v[assigned];
            if (graph.addCheapest(i, v, ui - tolerance) > 0) {
                rowOf[assigned] = -1;
                colOf[i] = -1;
                free[freeCount++] = i;
            }
        }
    }

    private double[] rowPotentials() {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = c[i * n + colOf[i]] - v[colOf[i]];
        }
        return u;
    }
}
