package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * The transportation problem between uniform clouds with many sources and few targets (m much larger than n), by
 * successive shortest paths on the targets: the semi-assignment problem (each source to one target, target j
 * taking d sources), generalised to s units per source.
 * <p>
 * <b>Masses.</b> With g = OtInputs.gcd(m, n) every source carries {@code s = n/g} units and every target takes
 * {@code d = m/g}; a unit is {@code 1/(m s)} of mass. All flows are integers, so the plan is exact.
 * <p>
 * <b>Method.</b> Target prices v (start 0). Every source keeps all its units on targets of least reduced cost
 * {@code C_ij - v_j} (it starts on its nearest target), so {@code u_i = min_j (C_ij - v_j)} and complementary
 * slackness hold throughout; targets may be over- or under-full. Moving units of source i from target j to k costs
 * {@code (C_ik - C_ij) + v_j - v_k >= 0}; for each ordered pair (j, k) a heap of the sources on j ordered by
 * {@code C_ik - C_ij} gives the cheapest such move (entries of sources that left j are dropped lazily). Each round
 * is a dense Dijkstra over the n targets from all over-full ones to the nearest under-full one (O(n^2)); the prices
 * rise by {@code min(distance, D)} (D the distance reached), which keeps every move cost non-negative and makes the
 * path's moves cost nothing, and then as many units as the path allows are shifted along it. When no target is
 * over-full the plan is optimal: u and v are dual feasible by construction and tight on every flow.
 * <p>
 * <b>Cost.</b> O(n^2) per round plus O(n log m) per moved source; memory m (n - 1) heap entries of 12 bytes. Used by
 * {@link TransportationSolver} for point clouds with at most {@value #MAX_TARGETS} points on the smaller side and
 * at least {@value #MIN_RATIO} times as many on the other, where the network simplex spends most of its time
 * moving large subtrees.
 */
final class SemiAssignmentSolver {
    /** Largest smaller side handled here. */
    static final int MAX_TARGETS = 64;
    /** Smallest ratio of the larger side to the smaller one handled here. */
    static final int MIN_RATIO = 50;

    private final int m;
    private final int n;
    private final double[] c;
    private final long demand;
    private final double[] v;
    private final long[] excess;
    /** Per source: the targets it uses and its units on each (usually one). */
    private final int[][] targetsOf;
    private final long[][] unitsOf;
    private final int[] degree;
    private final double[][] heapKey;
    private final int[][] heapSource;
    private final int[] heapSize;

    private SemiAssignmentSolver(double[] c, int m, int n) {
        this.m = m;
        this.n = n;
        this.c = c;
        int g = OtInputs.gcd(m, n);
        long supply = n / g;
        this.demand = m / g;
        this.v = new double[n];
        this.excess = new long[n];
        this.targetsOf = new int[m][];
        this.unitsOf = new long[m][];
        this.degree = new int[m];
        this.heapKey = new double[n * n][];
        this.heapSource = new int[n * n][];
        this.heapSize = new int[n * n];
        int[] nearest = new int[m];
        int[] count = new int[n];
        for (int i = 0; i < m; i++) {
            if ((i & 4095) == 0) {
                SolveProgress.checkpoint("nearest targets", i, m);
            }
            int row = i * n;
            int best = 0;
            for (int j = 1; j < n; j++) {
                if (c[row + j] < c[row + best]) {
                    best = j;
                }
            }
            nearest[i] = best;
            count[best]++;
            targetsOf[i] = new int[] {best};
            unitsOf[i] = new long[] {supply};
            degree[i] = 1;
        }
        for (int j = 0; j < n; j++) {
            excess[j] = count[j] * supply - demand;
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    heapKey[j * n + k] = new double[Math.max(4, count[j])];
                    heapSource[j * n + k] = new int[Math.max(4, count[j])];
                }
            }
        }
        for (int i = 0; i < m; i++) {
            if ((i & 4095) == 0) {
                SolveProgress.checkpoint("move heaps", i, m);
            }
            int j = nearest[i];
            int row = i * n;
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    int p = j * n + k;
                    heapKey[p][heapSize[p]] = c[row + k] - c[row + j];
                    heapSource[p][heapSize[p]++] = i;
                }
            }
        }
        for (int p = 0; p < n * n; p++) {
            for (int t = heapSize[p] / 2 - 1; t >= 0; t--) {
                siftDown(p, t);
            }
        }
    }

    /**
     * Solves for uniform weights and a row-major cost {@code cost[i*n + j]} (m x n, either side the larger: the
     * smaller side is taken as the targets); returns the plan with its potentials.
     */
    static TransportPlan solve(double[] cost, int m, int n) {
        boolean transposed = m < n;
        int rows = transposed ? n : m;
        int cols = transposed ? m : n;
        double[] work = transposed ? transpose(cost, m, n) : cost;
        int shift = OtInputs.overflowShift(work);
        SemiAssignmentSolver s = new SemiAssignmentSolver(OtInputs.scaled(work, shift), rows, cols);
        s.run();
        double[] u = s.sourcePotentials();
        double[] v = s.v.clone();
        OtInputs.unscale(u, shift);
        OtInputs.unscale(v, shift);
        int entries = 0;
        for (int i = 0; i < rows; i++) {
            entries += s.degree[i];
        }
        int[] first = new int[entries];
        int[] second = new int[entries];
        double[] masses = new double[entries];
        double unit = 1.0 / ((double) rows * (cols / OtInputs.gcd(rows, cols)));
        double total = 0;
        int e = 0;
        for (int i = 0; i < rows; i++) {
            for (int t = 0; t < s.degree[i]; t++) {
                first[e] = i;
                second[e] = s.targetsOf[i][t];
                masses[e] = s.unitsOf[i][t] * unit;
                total += masses[e] * work[i * cols + second[e]];
                e++;
            }
        }
        return transposed
                ? new TransportPlan(second, first, masses, OtInputs.uniform(m), OtInputs.uniform(n), v, u, total)
                : new TransportPlan(first, second, masses, OtInputs.uniform(m), OtInputs.uniform(n), u, v, total);
    }

    private static double[] transpose(double[] cost, int m, int n) {
        double[] t = new double[cost.length];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[j * m + i] = cost[i * n + j];
            }
        }
        return t;
    }

    /** Whether {@link #solve} suits an m x n point-cloud problem (see the class comment). */
    static boolean suits(int m, int n) {
        int small = Math.min(m, n);
        return small >= 2 && small <= MAX_TARGETS && Math.max(m, n) >= (long) MIN_RATIO * small;
    }

    private void run() {
        double[] dist = new double[n];
        int[] pred = new int[n];
        int[] predSource = new int[n];
        boolean[] settled = new boolean[n];
        long total = 0;
        for (long x : excess) {
            total += Math.max(0, x);
        }
        long left = total;
        int rounds = 0;
        while (left > 0) {
            if ((rounds++ & 63) == 0) {
                SolveProgress.checkpoint("shortest paths", total - left, total);
            }
            int target = shortestPath(dist, pred, predSource, settled);
            double reach = dist[target];
            for (int j = 0; j < n; j++) {
                v[j] += Math.min(dist[j], reach);
            }
            left -= augment(target, pred, predSource);
        }
    }

    /** Dense Dijkstra from every over-full target; returns the first under-full one settled. */
    private int shortestPath(double[] dist, int[] pred, int[] predSource, boolean[] settled) {
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(pred, -1);
        Arrays.fill(settled, false);
        for (int j = 0; j < n; j++) {
            if (excess[j] > 0) {
                dist[j] = 0;
            }
        }
        while (true) {
            int j = -1;
            for (int k = 0; k < n; k++) {
                if (!settled[k] && (j < 0 || dist[k] < dist[j])) {
                    j = k;
                }
            }
            if (j < 0 || dist[j] == Double.POSITIVE_INFINITY) {
                throw new IllegalStateException("no path from an over-full target to an under-full one");
            }
            settled[j] = true;
            if (excess[j] < 0) {
                return j;
            }
            for (int k = 0; k < n; k++) {
                if (settled[k]) {
                    continue;
                }
                int p = j * n + k;
                if (!cleanTop(p, j)) {
                    continue;
                }
                double r = heapKey[p][0] + v[j] - v[k];
                double candidate = dist[j] + Math.max(0, r);
                if (candidate < dist[k]) {
                    dist[k] = candidate;
                    pred[k] = j;
                    predSource[k] = heapSource[p][0];
                }
            }
        }
    }

    /** Shifts as many units as the path to {@code target} allows; returns how many. */
    private long augment(int target, int[] pred, int[] predSource) {
        long amount = -excess[target];
        int k = target;
        while (pred[k] >= 0) {
            amount = Math.min(amount, unitsOn(predSource[k], pred[k]));
            k = pred[k];
        }
        int start = k;
        amount = Math.min(amount, excess[start]);
        k = target;
        while (pred[k] >= 0) {
            move(predSource[k], pred[k], k, amount);
            k = pred[k];
        }
        excess[start] -= amount;
        excess[target] += amount;
        return amount;
    }

    private long unitsOn(int i, int j) {
        for (int t = 0; t < degree[i]; t++) {
            if (targetsOf[i][t] == j) {
                return unitsOf[i][t];
            }
        }
        return 0;
    }

    /** Moves {@code amount} units of source i from target j to k. */
    private void move(int i, int j, int k, long amount) {
        int d = degree[i];
        int[] ts = targetsOf[i];
        long[] us = unitsOf[i];
        boolean hadK = false;
        for (int t = 0; t < d; t++) {
            if (ts[t] == j) {
                us[t] -= amount;
            } else if (ts[t] == k) {
                us[t] += amount;
                hadK = true;
            }
        }
        // drop emptied entries (their heap entries on j become stale and are skipped)
        int w = 0;
        for (int t = 0; t < d; t++) {
            if (us[t] > 0) {
                ts[w] = ts[t];
                us[w++] = us[t];
            }
        }
        degree[i] = w;
        if (!hadK) {
            if (w == ts.length) {
                targetsOf[i] = ts = Arrays.copyOf(ts, w + 1);
                unitsOf[i] = us = Arrays.copyOf(us, w + 1);
            }
            ts[w] = k;
            us[w] = amount;
            degree[i] = w + 1;
            int row = i * n;
            for (int l = 0; l < n; l++) {
                if (l != k) {
                    push(k * n + l, c[row + l] - c[row + k], i);
                }
            }
        }
    }

    /** Drops stale entries at the top of heap p (sources no longer on target j); whether one is left. */
    private boolean cleanTop(int p, int j) {
        while (heapSize[p] > 0 && unitsOn(heapSource[p][0], j) == 0) {
            int last = --heapSize[p];
            heapKey[p][0] = heapKey[p][last];
            heapSource[p][0] = heapSource[p][last];
            siftDown(p, 0);
        }
        return heapSize[p] > 0;
    }

    private void push(int p, double key, int source) {
        int size = heapSize[p];
        if (size == heapKey[p].length) {
            heapKey[p] = Arrays.copyOf(heapKey[p], 2 * size + 4);
            heapSource[p] = Arrays.copyOf(heapSource[p], 2 * size + 4);
        }
        double[] keys = heapKey[p];
        int[] sources = heapSource[p];
        int t = size;
        while (t > 0) {
            int parent = (t - 1) >>> 1;
            if (!before(key, source, keys[parent], sources[parent])) {
                break;
            }
            keys[t] = keys[parent];
            sources[t] = sources[parent];
            t = parent;
        }
        keys[t] = key;
        sources[t] = source;
        heapSize[p] = size + 1;
    }

    private void siftDown(int p, int t) {
        double[] keys = heapKey[p];
        int[] sources = heapSource[p];
        int size = heapSize[p];
        double key = keys[t];
        int source = sources[t];
        while (true) {
            int child = 2 * t + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(keys[child + 1], sources[child + 1], keys[child], sources[child])) {
                child++;
            }
            if (!before(keys[child], sources[child], key, source)) {
                break;
            }
            keys[t] = keys[child];
            sources[t] = sources[child];
            t = child;
        }
        keys[t] = key;
        sources[t] = source;
    }

    /** Heap order: smaller key first, then the lower source index (a fixed order, so runs repeat exactly). */
    private static boolean before(double k1, int s1, double k2, int s2) {
        return k1 < k2 || (k1 == k2 && s1 < s2);
    }

    /** {@code u_i = min_j (C_ij - v_j)}: dual feasible everywhere, tight on every flow. */
    private double[] sourcePotentials() {
        double[] u = new double[m];
        for (int i = 0; i < m; i++) {
            int row = i * n;
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                best = Math.min(best, c[row + j] - v[j]);
            }
            u[i] = best;
        }
        return u;
    }
}
