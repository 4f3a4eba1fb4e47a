package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * One successive-shortest-path step of {@link TransportationSolver}, on a {@link CandidateGraph}.
 * <p>
 * Invariant (dual feasibility and complementary slackness on the graph): every candidate arc has reduced cost
 * {@code r_ij = C_ij - v_j - u_i >= 0}, and every arc carrying flow has {@code r_ij = 0}. A step runs Dijkstra
 * from a source f with mass left: forward arcs row to candidate column cost {@code r_ij}; a settled column leads
 * at no cost to the rows already sending it mass (backward arcs). It stops at the first column with unmet demand,
 * moves the potentials of settled nodes by their distance (keeping the invariant), and pushes the bottleneck
 * amount along the path.
 */
final class TransportationSearch {
    private final double[] c;
    private final int n;
    private final double[] u;
    private final double[] v;
    private final double[] excess;
    private final double[] deficit;
    private final ColumnFlows flows;
    private final CandidateGraph graph;
    private final double[] dist;
    private final int[] predRow;
    private final boolean[] settled;
    private final int[] settledList;
    private int settledCount;
    private final int[] touched;
    private int touchedCount;
    private final double[] rowDist;
    private final int[] predCol;
    private final boolean[] rowReached;
    private final int[] reached;
    private int reachedCount;
    private final RadixHeap heap;

    TransportationSearch(double[] c, double[] u, double[] v, double[] excess, double[] deficit, ColumnFlows flows,
            CandidateGraph graph) {
        int m = u.length;
        this.c = c;
        this.n = v.length;
        this.u = u;
        this.v = v;
        this.excess = excess;
        this.deficit = deficit;
        this.flows = flows;
        this.graph = graph;
        this.dist = new double[n];
        this.predRow = new int[n];
        this.settled = new boolean[n];
        this.settledList = new int[n];
        this.touched = new int[n];
        this.rowDist = new double[m];
        this.predCol = new int[m];
        this.rowReached = new boolean[m];
        this.reached = new int[m];
        this.heap = new RadixHeap(dist);
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
    }

    /** {@code C_ij - v_j - u_i}, always evaluated in this order so that tight arcs are exactly 0. */
    double reduced(int i, int j) {
        return c[i * n + j] - v[j] - u[i];
    }

    /**
     * Ships mass from source f (which must have {@code excess[f] > 0}) to the nearest column with demand.
     *
     * @return that column, or -1 when none is reachable in the graph (nothing is changed then)
     */
    int augment(int f) {
        int end = search(f);
        if (end < 0) {
            return -1;
        }
        double total = dist[end];
        for (int k = 0; k < settledCount; k++) {
            int j = settledList[k];
            v[j] += dist[j] - total;
        }
        for (int k = 0; k < reachedCount; k++) {
            int i = reached[k];
            u[i] += total - rowDist[i];
        }
        push(f, end);
        return end;
    }

    private int search(int f) {
        reset();
        reach(f, 0.0, -1);
        int end = relaxRow(f, 0.0, 0.0);
        while (end < 0) {
            int j = heap.pop();
            if (j < 0) {
                break;
            }
            if (deficit[j] > 0) {
                return j;
            }
            settled[j] = true;
            settledList[settledCount++] = j;
            double delta = dist[j];
            for (int k = 0; k < flows.degree(j) && end < 0; k++) {
                int i = flows.row(j, k);
                if (!rowReached[i]) {
                    reach(i, delta, j);
                    end = relaxRow(i, delta, delta);
                }
            }
        }
        return end;
    }

    /**
     * Relaxes row i's candidate arcs at distance {@code delta + r_ij}, never below {@code floor} (the current
     * minimum, which absorbs rounding); a column with demand at the floor ends the search.
     */
    private int relaxRow(int i, double delta, double floor) {
        int[] cols = graph.columnsOf(i);
        double[] costs = graph.costsOf(i);
        int deg = graph.degree(i);
        double ui = u[i];
        for (int t = 0; t < deg; t++) {
            int j = cols[t];
            if (settled[j]) {
                continue;
            }
            double h = delta + (costs[t] - v[j] - ui);
            if (h < floor) {
                h = floor;
            }
            if (h < dist[j]) {
                if (dist[j] == Double.POSITIVE_INFINITY) {
                    touched[touchedCount++] = j;
                }
                dist[j] = h;
                predRow[j] = i;
                if (h == floor && deficit[j] > 0) {
                    return j;
                }
                heap.push(j);
            }
        }
        return -1;
    }

    private void reach(int i, double distance, int fromColumn) {
        rowReached[i] = true;
        reached[reachedCount++] = i;
        rowDist[i] = distance;
        predCol[i] = fromColumn;
    }

    private void reset() {
        heap.clear();
        for (int k = 0; k < touchedCount; k++) {
            dist[touched[k]] = Double.POSITIVE_INFINITY;
        }
        touchedCount = 0;
        for (int k = 0; k < settledCount; k++) {
            settled[settledList[k]] = false;
        }
        settledCount = 0;
        for (int k = 0; k < reachedCount; k++) {
            rowReached[reached[k]] = false;
        }
        reachedCount = 0;
    }

    /** Pushes min(excess f, demand end, smallest backward flow) along the path found by the last search. */
    private void push(int f, int end) {
        double amount = Math.min(excess[f], deficit[end]);
        for (int j = end, i = predRow[j]; i != f; i = predRow[j]) {
            j = predCol[i];
            amount = Math.min(amount, flows.flow(i, j));
        }
        excess[f] -= amount;
        deficit[end] -= amount;
        for (int j = end; ; ) {
            int i = predRow[j];
            flows.add(i, j, amount);
            if (i == f) {
                return;
            }
            j = predCol[i];
            flows.subtract(i, j, amount);
        }
    }
}
