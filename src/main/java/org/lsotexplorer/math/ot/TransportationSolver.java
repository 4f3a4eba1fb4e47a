package org.lsotexplorer.math.ot;

/**
 * The exact transportation problem (discrete Kantorovich problem) by a network simplex on a sparse, growing set
 * of arcs (column generation).
 * <p>
 * <b>Problem.</b> Given source weights a (m entries) and target weights b (n entries), each positive and summing
 * to 1 within 1e-9, and a finite m x n cost matrix C: minimise {@code sum_ij P_ij C_ij} over {@code P >= 0} with
 * row sums a and column sums b. The dual, {@code max a.u + b.v s.t. u_i + v_j <= C_ij}, is solved at the same
 * time; the returned {@link TransportPlan} carries both and so certifies its own optimality.
 * <p>
 * <b>Method.</b>
 * <ol>
 *   <li>Prices: {@code v_j = min_i C_ij}; from {@value #WARM_START_MIN_SIZE} sources and targets on, a multiscale
 *   warm start instead (the problem on every second source and target, weights renormalised, solved exactly and
 *   recursively; when one side has four times as many points or more, every fourth point of that side and all of
 *   the other, which halves the time of such unequal problems; its source duals extended to all columns by the c-transform
 *   {@code v_j = min_{sampled i} (C_ij - u_i)}).</li>
 *   <li>Arcs: the {@value #CANDIDATES_PER_ROW} columns of least reduced cost {@code C_ij - v_j} per source
 *   ({@link CandidateGraph}).</li>
 *   <li>{@link NetworkSimplex} to optimality on those arcs, from the artificial basis with, for integral masses,
 *   a greedy part of the flow moved onto real arcs first (artificial arcs of cost
 *   {@code 2 max|C|}, so a sparse arc set that admits no feasible plan is no problem: flow stays on the artificial
 *   arcs, and their potentials make the missing arcs price out).</li>
 *   <li>Dense pricing: every source with a reduced cost {@code C_ij - u_i - v_j} below {@code -2^-44 max|C|} (the
 *   pricing tolerance) gets up to {@value #CANDIDATES_PER_ROW} of its most negative columns as new arcs, and the
 *   simplex continues from its current basis. Steps 3-4 repeat until no arc of the full matrix violates the
 *   check, so the duals are feasible on the whole matrix (up to that tolerance) and the plan is optimal: a basic
 *   solution, with at most m + n - 1 positive entries.</li>
 * </ol>
 * When all source weights are equal and all target weights are equal (point clouds), the masses are handled as
 * the integers {@code n/g} and {@code m/g} (g = OtInputs.gcd(m, n)) during the solve, so every flow is exact and ties are
 * resolved exactly; other weights are used as given (when sum a and sum b differ by rounding, the surplus stays on
 * an artificial arc and is dropped).
 * <p>
 * <b>Sizes.</b> Memory: the caller's dense m x n costs, a quarter of that for the warm start, and O(m) arcs per
 * pricing round. Time: see the README's speed table (against POT's {@code ot.emd}).
 * <p>
 * <b>Failures.</b> {@link IllegalArgumentException} for empty, non-positive or non-normalised weights, a cost
 * matrix of the wrong shape, or a NaN / infinite cost (the message names the index).
 */
public final class TransportationSolver {
    /** Initial candidate columns per source, and the most added per source and pricing round. */
    private static final int CANDIDATES_PER_ROW = 32;
    /** From this size (of both sides) on, prices are warm-started from a sub-sampled problem. */
    private static final int WARM_START_MIN_SIZE = 400;

    private final int m;
    private final int n;
    private final double[] c;
    private final double[] a;
    private final double[] b;
    private double[] u;
    private double[] v;
    private boolean topLevel;
    private int[] sources;
    private int[] targets;
    private double[] masses;

    private TransportationSolver(double[] a, double[] b, double[] c) {
        this.m = a.length;
        this.n = b.length;
        this.a = a;
        this.b = b;
        this.c = c;
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
        if (SemiAssignmentSolver.suits(a.length, b.length) && isConstant(a) && isConstant(b)) {
            return SemiAssignmentSolver.solve(cost, a.length, b.length);
        }
        return solveBySimplex(a, b, cost);
    }

    /** The network simplex for every shape (the semi-assignment shortcut skipped; for tests that compare them). */
    static TransportPlan solveBySimplex(double[] a, double[] b, double[] cost) {
        int shift = OtInputs.overflowShift(cost);
        TransportationSolver s = new TransportationSolver(a, b, OtInputs.scaled(cost, shift));
        s.topLevel = true;
        s.run();
        OtInputs.unscale(s.u, shift);
        OtInputs.unscale(s.v, shift);
        double total = 0;
        for (int t = 0; t < s.masses.length; t++) {
            total += s.masses[t] * cost[s.sources[t] * s.n + s.targets[t]];
        }
        return new TransportPlan(s.sources, s.targets, s.masses, a, b, s.u, s.v, total);
    }

    private void run() {
        double[] prices = Math.min(m, n) >= WARM_START_MIN_SIZE ? warmPricesFromSample() : columnMinima();
        CandidateGraph graph = CandidateGraph.nearest(c, prices, m, n, CANDIDATES_PER_ROW);
        boolean integral = isConstant(a) && isConstant(b);
        int g = OtInputs.gcd(m, n);
        double[] supply = integral ? constant(m, n / g) : a;
        double[] demand = integral ? constant(n, m / g) : b;
        double maxAbs = OtInputs.maxAbs(c);
        NetworkSimplex simplex = new NetworkSimplex(supply, demand, maxAbs > 0 ? 2 * maxAbs : 1,
                m * (CANDIDATES_PER_ROW + 4));
        simplex.reportMatching(topLevel && integral && m == n);
        int[] arcStart = new int[m];
        for (int i = 0; i < m; i++) {
            arcStart[i] = simplex.arcCount();
            addArcs(simplex, graph, i, 0);
        }
        if (integral) {
            simplex.seedBasis(greedyArcs(graph, prices, arcStart, n / g, m / g));
        }
        double tolerance = Math.scalb(maxAbs, -44);
        do {
            simplex.solve(tolerance);
            u = simplex.sourcePotentials();
            v = simplex.sinkPotentials();
        } while (addViolatingArcs(simplex, graph, tolerance) > 0);
        int k = simplex.positiveFlows();
        sources = new int[k];
        targets = new int[k];
        masses = new double[k];
        simplex.exportFlows(sources, targets, masses);
        if (integral) {
            double unit = a[0] / (n / g);
            for (int t = 0; t < k; t++) {
                masses[t] *= unit;
            }
        }
    }

    /**
     * A greedy start for the simplex (integral masses): in source order, each source sends its whole supply to the
     * candidate column of least reduced cost {@code C_ij - v_j} among those that can still take it; the arc index
     * of that choice per source, -1 where none can. Under the warm-start prices most sources land where the
     * optimum has them, so the simplex starts with most of the flow off the artificial arcs (pivots at the top level of
     * clustered 2,000 x 2,000: 50,759 instead of 56,408).
     */
    private int[] greedyArcs(CandidateGraph graph, double[] prices, int[] arcStart, int supply, int demand) {
        int[] room = new int[n];
        java.util.Arrays.fill(room, demand);
        int[] arcOf = new int[m];
        for (int i = 0; i < m; i++) {
            int[] cols = graph.columnsOf(i);
            double[] costs = graph.costsOf(i);
            int best = -1;
            for (int t = 0; t < graph.degree(i); t++) {
                if (room[cols[t]] < supply) {
                    continue;
                }
                if (best < 0 || costs[t] - prices[cols[t]] < costs[best] - prices[cols[best]]) {
                    best = t;
                }
            }
            if (best >= 0) {
                room[cols[best]] -= supply;
                arcOf[i] = arcStart[i] + best;
            } else {
                arcOf[i] = -1;
            }
        }
        return arcOf;
    }

    private static void addArcs(NetworkSimplex simplex, CandidateGraph graph, int i, int from) {
        int[] cols = graph.columnsOf(i);
        double[] costs = graph.costsOf(i);
        for (int t = from; t < graph.degree(i); t++) {
            simplex.addArc(i, cols[t], costs[t]);
        }
    }

    /**
     * Dense pricing round: the candidate lists grow in parallel, then the new arcs enter the simplex in row order
     * (so the pivots are the same on any number of threads); returns how many sources got new arcs.
     */
    private int addViolatingArcs(NetworkSimplex simplex, CandidateGraph graph, double tolerance) {
        double[] below = new double[m];
        for (int i = 0; i < m; i++) {
            below[i] = u[i] - tolerance;
        }
        int[] before = graph.addCheapestEverywhere(v, below, "pricing");
        int rows = 0;
        for (int i = 0; i < m; i++) {
            if (graph.degree(i) > before[i]) {
                addArcs(simplex, graph, i, before[i]);
                rows++;
            }
        }
        return rows;
    }

    private double[] columnMinima() {
        double[] p = new double[n];
        java.util.Arrays.fill(p, Double.POSITIVE_INFINITY);
        for (int i = 0; i < m; i++) {
            if ((i & 63) == 0) {
                SolveProgress.checkpoint("prices", i, m);
            }
            for (int j = 0; j < n; j++) {
                p[j] = Math.min(p[j], c[i * n + j]);
            }
        }
        return p;
    }

    /**
     * Multiscale warm start: solve the problem restricted to every second source and target (every fourth point of
     * a side four times larger than the other, and all of the other; weights renormalised) exactly, then extend its source duals to prices for all columns by the c-transform
     * {@code v_j = min_{i in sample} (C_ij - u_i)}.
     */
    private double[] warmPricesFromSample() {
        int sr = m >= 4 * n ? 4 : n >= 4 * m ? 1 : 2;
        int sc = n >= 4 * m ? 4 : m >= 4 * n ? 1 : 2;
        int hm = (m + sr - 1) / sr;
        int hn = (n + sc - 1) / sc;
        double[] sampleCost = new double[hm * hn];
        for (int s = 0; s < hm; s++) {
            for (int t = 0; t < hn; t++) {
                sampleCost[s * hn + t] = c[sr * s * n + sc * t];
            }
        }
        TransportationSolver coarse = new TransportationSolver(everyKth(a, sr), everyKth(b, sc), sampleCost);
        coarse.run();
        double[] p = new double[n];
        java.util.Arrays.fill(p, Double.POSITIVE_INFINITY);
        RowBlocks.run(n, "warm start", (from, to) -> {
            for (int s = 0; s < hm; s++) {
                int row = sr * s * n;
                double us = coarse.u[s];
                for (int j = from; j < to; j++) {
                    p[j] = Math.min(p[j], c[row + j] - us);
                }
            }
        });
        return p;
    }

    /** Entries 0, st, 2 st, ... of w, renormalised to sum 1. */
    private static double[] everyKth(double[] w, int st) {
        double[] s = new double[(w.length + st - 1) / st];
        double total = 0;
        for (int k = 0; k < s.length; k++) {
            s[k] = w[st * k];
            total += s[k];
        }
        for (int k = 0; k < s.length; k++) {
            s[k] /= total;
        }
        return s;
    }

    private static boolean isConstant(double[] w) {
        for (double x : w) {
            if (x != w[0]) {
                return false;
            }
        }
        return true;
    }

    private static double[] constant(int length, int value) {
        double[] w = new double[length];
        java.util.Arrays.fill(w, value);
        return w;
    }
}
