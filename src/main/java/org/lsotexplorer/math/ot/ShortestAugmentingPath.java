package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * The Jonker–Volgenant augmentation steps of {@link AssignmentSolver}, run on a {@link CandidateGraph}.
 * <p>
 * State: row-to-column {@code colOf}, column-to-row {@code rowOf} (-1 = free) and column potentials v. Invariant
 * (complementary slackness on the graph): every assigned row i sits in a column minimising the reduced cost
 * {@code C[i][j] - v_j} over its candidate columns. Both steps keep it and never shrink the matching; prices
 * only ever decrease.
 * <ul>
 *   <li>{@link #augmentingRowReduction}: cheap heuristic assignments that lower single column prices.</li>
 *   <li>{@link #augment}: Dijkstra in reduced costs from a free row to the nearest free column, then the price
 *   update {@code v_j += d_j - d_end} on settled columns and the flip of the path. Exact.</li>
 * </ul>
 */
final class ShortestAugmentingPath {
    private final double[] c;
    private final int n;
    private final int[] colOf;
    private final int[] rowOf;
    private final double[] v;
    private final CandidateGraph graph;
    private final double[] dist;
    private final int[] pred;
    private final boolean[] settled;
    private final int[] settledList;
    private final int[] touched;
    private final RadixHeap heap;
    private int touchedCount;

    ShortestAugmentingPath(double[] c, int n, int[] colOf, int[] rowOf, double[] v, CandidateGraph graph) {
        this.c = c;
        this.n = n;
        this.colOf = colOf;
        this.rowOf = rowOf;
        this.v = v;
        this.graph = graph;
        this.dist = new double[n];
        this.pred = new int[n];
        this.settled = new boolean[n];
        this.settledList = new int[n];
        this.touched = new int[n];
        this.heap = new RadixHeap(dist);
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
    }

    /**
     * One pass of augmenting row reduction over {@code free[0..count)}: a free row takes its cheapest candidate j1
     * and lowers {@code v_j1} to its second-cheapest level, evicting the previous owner, which is retried at once
     * when the price strictly dropped and otherwise left free for {@link #augment}. A work budget guards against
     * floating-point cycling. Rows with fewer than two candidates are left free.
     */
    void augmentingRowReduction(int[] free, int count) {
        int k = 0;
        long budget = 16L * n + 1024;
        while (k < count && budget-- > 0) {
            int i = free[k++];
            int[] cols = graph.columnsOf(i);
            double[] costs = graph.costsOf(i);
            int deg = graph.degree(i);
            if (deg < 2 || colOf[i] >= 0) {
                continue;
            }
            double umin = Double.POSITIVE_INFINITY;
            double usub = Double.POSITIVE_INFINITY;
            int j1 = -1;
            int j2 = -1;
            for (int t = 0; t < deg; t++) {
                int j = cols[t];
                double h = costs[t] - v[j];
                if (h < usub) {
                    if (h >= umin) {
                        usub = h;
                        j2 = j;
                    } else {
                        usub = umin;
                        j2 = j1;
                        umin = h;
                        j1 = j;
                    }
                }
            }
            int i0 = rowOf[j1];
            double lowered = v[j1] - (usub - umin);
            boolean dropped = umin < usub && lowered < v[j1];
            if (dropped) {
                v[j1] = lowered;
            } else if (i0 >= 0 && umin == usub) {
                j1 = j2;
                i0 = rowOf[j2];
            }
            colOf[i] = j1;
            rowOf[j1] = i;
            if (i0 >= 0) {
                colOf[i0] = -1;
                if (dropped) {
                    free[--k] = i0;
                }
            }
        }
    }

    /**
     * Assigns free row f along a shortest augmenting path of the candidate graph. When no free column is
     * reachable there (a Hall obstruction of the sparse graph), f, which is free and so bound by no invariant,
     * gets its next cheapest unlisted columns and the search is repeated; once f lists every column it always
     * succeeds.
     */
    void augment(int f) {
        int end = search(f);
        while (end < 0) {
            graph.addCheapest(f, v, Double.POSITIVE_INFINITY);
            end = search(f);
        }
        flipPath(f, end);
    }

    /** Dijkstra from row f; returns the free column reached, or -1, after updating prices of settled columns. */
    private int search(int f) {
        resetLabels();
        int settledCount = 0;
        int end = relaxRow(f, cheapestReducedCost(f), 0.0);
        while (end < 0) {
            int j = heap.pop();
            if (j < 0) {
                break;
            }
            if (rowOf[j] < 0) {
                end = j;
                break;
            }
            settled[j] = true;
            settledList[settledCount++] = j;
            int i = rowOf[j];
            double delta = dist[j];
            end = relaxRow(i, c[i * n + j] - v[j] - delta, delta);
        }
        if (end >= 0) {
            double total = dist[end];
            for (int k = 0; k < settledCount; k++) {
                int j = settledList[k];
                v[j] += dist[j] - total;
            }
        }
        for (int k = 0; k < settledCount; k++) {
            settled[settledList[k]] = false;
        }
        return end;
    }

    /** {@code min_j (C_fj - v_j)} over f's candidates: subtracting it makes all distances non-negative. */
    private double cheapestReducedCost(int f) {
        int[] cols = graph.columnsOf(f);
        double[] costs = graph.costsOf(f);
        double min = Double.POSITIVE_INFINITY;
        for (int t = 0; t < graph.degree(f); t++) {
            min = Math.min(min, costs[t] - v[cols[t]]);
        }
        return min;
    }

    /**
     * Relaxes the candidate columns of row i with tentative distances {@code C[i][j] - v_j - base}, never below the
     * current minimum {@code floor} (which absorbs rounding). A free column at the floor ends the search at once;
     * its index is returned (else -1).
     */
    private int relaxRow(int i, double base, double floor) {
        int[] cols = graph.columnsOf(i);
        double[] costs = graph.costsOf(i);
        int deg = graph.degree(i);
        for (int t = 0; t < deg; t++) {
            int j = cols[t];
            if (settled[j]) {
                continue;
            }
            double h = costs[t] - v[j] - base;
            if (h < floor) {
                h = floor;
            }
            if (h < dist[j]) {
                if (dist[j] == Double.POSITIVE_INFINITY) {
                    touched[touchedCount++] = j;
                }
                dist[j] = h;
                pred[j] = i;
                if (h == floor && rowOf[j] < 0) {
                    return j;
                }
                heap.push(j);
            }
        }
        return -1;
    }

    private void resetLabels() {
        heap.clear();
        for (int k = 0; k < touchedCount; k++) {
            dist[touched[k]] = Double.POSITIVE_INFINITY;
        }
        touchedCount = 0;
    }

    private void flipPath(int f, int end) {
        int j = end;
        while (true) {
            int i = pred[j];
            rowOf[j] = i;
            int previous = colOf[i];
            colOf[i] = j;
            if (i == f) {
                return;
            }
            j = previous;
        }
    }
}
