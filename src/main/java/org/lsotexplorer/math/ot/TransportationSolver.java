package org.lsotexplorer.math.ot;

/**
 * The exact transportation problem (discrete Kantorovich problem) by successive shortest augmenting paths.
 * <p>
 * <b>Problem.</b> Given source weights a (m entries) and target weights b (n entries), each positive and summing
 * to 1 within 1e-9, and a finite m x n cost matrix C: minimise {@code sum_ij P_ij C_ij} over {@code P >= 0} with
 * row sums a and column sums b. The dual, {@code max a.u + b.v s.t. u_i + v_j <= C_ij}, is solved at the same
 * time; the returned {@link TransportPlan} carries both and so certifies its own optimality.
 * <p>
 * <b>Method.</b> Successive shortest paths (a primal-dual min-cost flow) with potentials u, v kept feasible and
 * tight on every arc carrying flow.
 * <ol>
 *   <li>Prices: {@code v_j = min_i C_ij}; from 400 sources and targets on, a multiscale warm start instead (the
 *   problem on every second source and target, weights renormalised, solved exactly and recursively; its source
 *   duals extended to all columns by the c-transform {@code v_j = min_{sampled i} (C_ij - u_i)}). Then
 *   {@code u_i = min_j (C_ij - v_j)}, a candidate graph with the 32 columns of least reduced cost per source, and
 *   a greedy flow on its tight arcs.</li>
 *   <li>For each source with mass left: Dijkstra in reduced costs {@code C_ij - v_j - u_i} on the candidate graph
 *   (plus backward arcs from a column to the rows already sending it mass) to the nearest column with unmet
 *   demand; the settled potentials move by their distance; the bottleneck amount (the source's mass left, the
 *   column's demand left, or the smallest backward flow on the path) is pushed ({@link TransportationSearch}).
 *   </li>
 *   <li>Dense pricing: a source with a reduced cost below {@code -2^-44 max|C|} (the pricing tolerance) outside
 *   its candidate list gets those columns, gives back all its flow and is shipped again. Steps 2-3 repeat until
 *   no source violates the check, so the duals are feasible on the whole matrix (up to that tolerance) and the
 *   plan is optimal.</li>
 * </ol>
 * Masses are exact floating-point differences of the inputs, so no tolerance is involved there; when sum a and
 * sum b differ by rounding, the larger side keeps the (tiny) surplus.
 * <p>
 * <b>Sizes.</b> Measured single-thread (CPU time) on a 2-core VM, 2-D clouds, squared-Euclidean cost: 1,000 x
 * 1,000 with random weights in 0.2 to 0.6 s for uniform clouds and about 1 to 2 s for shifted Gaussians or
 * clustered targets; 2,000 x 1,500 uniform clouds in about 2 s. Each search can explore the whole tree of
 * tight arcs, so time grows faster than for {@link AssignmentSolver}; a network simplex would scale better.
 * <p>
 * <b>Failures.</b> {@link IllegalArgumentException} for empty, non-positive or non-normalised weights, a cost
 * matrix of the wrong shape, or a NaN / infinite cost (the message names the index).
 */
public final class TransportationSolver {
    /** Initial candidate columns per source. */
    private static final int CANDIDATES_PER_ROW = 32;
    /** From this size (of both sides) on, prices are warm-started from a sub-sampled problem. */
    private static final int WARM_START_MIN_SIZE = 400;

    private final int m;
    private final int n;
    private final double[] c;
    private final double[] excess;
    private final double[] deficit;
    private final double[] u;
    private final double[] v;
    private final ColumnFlows flows;
    private CandidateGraph graph;
    private TransportationSearch search;
    private int openColumns;

    private TransportationSolver(double[] a, double[] b, double[] c) {
        this.m = a.length;
        this.n = b.length;
        this.c = c;
        this.excess = a.clone();
        this.deficit = b.clone();
        this.u = new double[m];
        this.v = new double[n];
        this.flows = new ColumnFlows(n);
        this.openColumns = n;
    }

    /** Solves for weights a (m), b (n) and a cost matrix {@code cost[i][j]} (m rows of n). */
    public static TransportPlan solve(double[] a, double[] b, double[][] cost) {
        OtInputs.checkWeights(a, "a");
        OtInputs.checkWeights(b, "b");
        return solveChecked(a.clone(), b.clone(), OtInputs.flatCost(cost, a.length, b.length));
    }

    /** As {@link #solve(double[], double[], double[][])} for a row-major cost {@code cost[i*n + j]} (not modified). */
    public static TransportPlan solve(double[] a, double[] b, double[] cost) {
        OtInputs.checkWeights(a, "a");
        OtInputs.checkWeights(b, "b");
        if (cost == null) {
            throw new IllegalArgumentException("cost array is null");
        }
        OtInputs.checkFinite(cost, a.length, b.length);
        return solveChecked(a.clone(), b.clone(), cost);
    }

    static TransportPlan solveChecked(double[] a, double[] b, double[] cost) {
        int shift = OtInputs.overflowShift(cost);
        TransportationSolver s = new TransportationSolver(a, b, OtInputs.scaled(cost, shift));
        s.run();
        OtInputs.unscale(s.u, shift);
        OtInputs.unscale(s.v, shift);
        return s.toPlan(a, b, cost);
    }

    private void run() {
        if (Math.min(m, n) >= WARM_START_MIN_SIZE) {
            warmPricesFromSample();
        } else {
            java.util.Arrays.fill(v, Double.POSITIVE_INFINITY);
            for (int i = 0; i < m; i++) {
                if ((i & 63) == 0) {
                    SolveProgress.checkpoint("prices", i, m);
                }
                for (int j = 0; j < n; j++) {
                    v[j] = Math.min(v[j], c[i * n + j]);
                }
            }
        }
        initialise();
        do {
            shipAll();
        } while (releaseRowsViolatingDuals() > 0);
    }

    /**
     * Multiscale warm start: solve the problem restricted to every second source and target (weights
     * renormalised) exactly, then extend its source duals to prices for all columns by the c-transform
     * {@code v_j = min_{i in sample} (C_ij - u_i)}.
     */
    private void warmPricesFromSample() {
        int hm = (m + 1) / 2;
        int hn = (n + 1) / 2;
        double[] sampleCost = new double[hm * hn];
        for (int a = 0; a < hm; a++) {
            for (int b = 0; b < hn; b++) {
                sampleCost[a * hn + b] = c[2 * a * n + 2 * b];
            }
        }
        TransportationSolver coarse = new TransportationSolver(everySecond(excess), everySecond(deficit), sampleCost);
        coarse.run();
        java.util.Arrays.fill(v, Double.POSITIVE_INFINITY);
        for (int a = 0; a < hm; a++) {
            if ((a & 63) == 0) {
                SolveProgress.checkpoint("warm start", a, hm);
            }
            int row = 2 * a * n;
            double ua = coarse.u[a];
            for (int j = 0; j < n; j++) {
                v[j] = Math.min(v[j], c[row + j] - ua);
            }
        }
    }

    /** Entries 0, 2, 4, ... of w, renormalised to sum 1. */
    private static double[] everySecond(double[] w) {
        double[] s = new double[(w.length + 1) / 2];
        double total = 0;
        for (int k = 0; k < s.length; k++) {
            s[k] = w[2 * k];
            total += s[k];
        }
        for (int k = 0; k < s.length; k++) {
            s[k] /= total;
        }
        return s;
    }

    /** Row reduction under the current column prices, the candidate graph, then greedy flow on its tight arcs. */
    private void initialise() {
        graph = CandidateGraph.nearest(c, v, m, n, CANDIDATES_PER_ROW);
        search = new TransportationSearch(c, u, v, excess, deficit, flows, graph);
        for (int i = 0; i < m; i++) {
            u[i] = rowMinimum(i);
            int[] cols = graph.columnsOf(i);
            for (int t = 0; t < graph.degree(i) && excess[i] > 0; t++) {
                int j = cols[t];
                if (deficit[j] > 0 && search.reduced(i, j) == 0) {
                    double amount = Math.min(excess[i], deficit[j]);
                    flows.add(i, j, amount);
                    excess[i] -= amount;
                    deficit[j] -= amount;
                    if (deficit[j] <= 0) {
                        openColumns--;
                    }
                }
            }
        }
    }

    /** {@code min_j (C_ij - v_j)} over row i's candidate columns: the largest feasible u_i. */
    private double rowMinimum(int i) {
        int[] cols = graph.columnsOf(i);
        double[] costs = graph.costsOf(i);
        double min = Double.POSITIVE_INFINITY;
        for (int t = 0; t < graph.degree(i); t++) {
            min = Math.min(min, costs[t] - v[cols[t]]);
        }
        return min;
    }

    /** Successive shortest paths until every source is empty or every column is full. */
    private void shipAll() {
        for (int f = 0; f < m && openColumns > 0; f++) {
            while (excess[f] > 0 && openColumns > 0) {
                SolveProgress.checkpoint("shortest paths", f, m);
                int end = search.augment(f);
                if (end < 0) {
                    releaseRow(f);
                    graph.addCheapest(f, v, Double.POSITIVE_INFINITY);
                    u[f] = rowMinimum(f);
                } else if (deficit[end] <= 0) {
                    openColumns--;
                }
            }
        }
    }

    /**
     * Dense pricing: each source with {@code C_ij - v_j < u_i - tolerance} ({@link OtInputs#pricingTolerance}) at a
     * column outside its list gets up to 32 such
     * columns, gives back its flow and has u_i lowered to stay feasible. Returns how many sources were released.
     */
    private int releaseRowsViolatingDuals() {
        int released = 0;
        double tolerance = OtInputs.pricingTolerance(c);
        for (int i = 0; i < m; i++) {
            if ((i & 255) == 0) {
                SolveProgress.checkpoint("pricing", i, m);
            }
            if (graph.addCheapest(i, v, u[i] - tolerance) > 0) {
                releaseRow(i);
                u[i] = rowMinimum(i);
                released++;
            }
        }
        return released;
    }

    /** Returns all flow of source i to its excess and to the columns' demands. */
    private void releaseRow(int i) {
        int[] cols = graph.columnsOf(i);
        for (int t = 0; t < graph.degree(i); t++) {
            int j = cols[t];
            double x = flows.flow(i, j);
            if (x > 0) {
                flows.subtract(i, j, x);
                excess[i] += x;
                if (deficit[j] <= 0) {
                    openColumns++;
                }
                deficit[j] += x;
            }
        }
    }

    private TransportPlan toPlan(double[] a, double[] b, double[] original) {
        int k = flows.entries();
        int[] sources = new int[k];
        int[] targets = new int[k];
        double[] masses = new double[k];
        flows.export(sources, targets, masses);
        double total = 0;
        for (int t = 0; t < k; t++) {
            total += masses[t] * original[sources[t] * n + targets[t]];
        }
        return new TransportPlan(sources, targets, masses, a, b, u.clone(), v.clone(), total);
    }
}
