package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * The sparse bipartite graph on which {@link ShortestAugmentingPath} and {@link TransportationSearch} run: for
 * each row i of a row-major m x n cost matrix, a growable list of candidate columns together with their costs
 * {@code C_ij} (stored side by side, so that a row scan reads memory sequentially instead of jumping through the
 * dense matrix). It starts with the k columns of smallest reduced cost {@code C_ij - v_j} per row and grows when
 * a dense pricing pass finds a cheaper column outside the list. Lists never shrink and never hold duplicates.
 */
final class CandidateGraph {
    private final double[] c;
    private final int n;
    private final int[][] columns;
    private final double[][] costs;
    private final int[] degree;
    private final boolean[] listed;
    private final int[] heapCols;
    private final double[] heapKeys;

    private CandidateGraph(double[] c, int m, int n, int k) {
        this.c = c;
        this.n = n;
        this.columns = new int[m][];
        this.costs = new double[m][];
        this.degree = new int[m];
        this.listed = new boolean[n];
        this.heapCols = new int[k];
        this.heapKeys = new double[k];
    }

    /** For each of the m rows of c, the {@code min(k, n)} columns of smallest reduced cost {@code C_ij - v_j}. */
    static CandidateGraph nearest(double[] c, double[] v, int m, int n, int k) {
        int kk = Math.min(k, n);
        CandidateGraph g = new CandidateGraph(c, m, n, kk);
        for (int i = 0; i < m; i++) {
            g.columns[i] = new int[kk + 1];
            g.costs[i] = new double[kk + 1];
            g.addCheapest(i, v, Double.POSITIVE_INFINITY);
        }
        return g;
    }

    int degree(int i) {
        return degree[i];
    }

    /** The live column list of row i; only its first {@link #degree(int)} entries are meaningful. */
    int[] columnsOf(int i) {
        return columns[i];
    }

    /** {@code costsOf(i)[t] = C[i][columnsOf(i)[t]]}. */
    double[] costsOf(int i) {
        return costs[i];
    }

    /**
     * Adds to row i the (at most k, as given to {@link #nearest}) columns of smallest reduced cost
     * {@code C_ij - v_j} among those not yet listed whose reduced cost is strictly below {@code below}.
     *
     * @return how many columns were added
     */
    int addCheapest(int i, double[] v, double below) {
        markListed(i, true);
        int cap = heapCols.length;
        int size = 0;
        int row = i * n;
        for (int j = 0; j < n; j++) {
            double h = c[row + j] - v[j];
            if (h < below && !listed[j]) {
                if (size < cap) {
                    heapCols[size] = j;
                    heapKeys[size] = h;
                    siftUp(size++);
                } else if (h < heapKeys[0]) {
                    heapCols[0] = j;
                    heapKeys[0] = h;
                    siftDown(size);
                }
            }
        }
        markListed(i, false);
        for (int t = 0; t < size; t++) {
            add(i, heapCols[t]);
        }
        return size;
    }

    /** Adds column j to row i unless it is listed already. */
    void addIfAbsent(int i, int j) {
        for (int t = 0; t < degree[i]; t++) {
            if (columns[i][t] == j) {
                return;
            }
        }
        add(i, j);
    }

    private void markListed(int i, boolean value) {
        int[] cols = columns[i];
        for (int t = 0; t < degree[i]; t++) {
            listed[cols[t]] = value;
        }
    }

    private void add(int i, int j) {
        int d = degree[i];
        if (d == columns[i].length) {
            columns[i] = Arrays.copyOf(columns[i], 2 * d);
            costs[i] = Arrays.copyOf(costs[i], 2 * d);
        }
        columns[i][d] = j;
        costs[i][d] = c[i * n + j];
        degree[i] = d + 1;
    }

    /** Bounded max-heap on (heapCols, heapKeys): sift entry k up. */
    private void siftUp(int k) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (heapKeys[parent] >= heapKeys[k]) {
                return;
            }
            swap(parent, k);
            k = parent;
        }
    }

    private void siftDown(int size) {
        int k = 0;
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && heapKeys[child + 1] > heapKeys[child]) {
                child++;
            }
            if (heapKeys[k] >= heapKeys[child]) {
                return;
            }
            swap(k, child);
            k = child;
        }
    }

    private void swap(int a, int b) {
        int tc = heapCols[a];
        heapCols[a] = heapCols[b];
        heapCols[b] = tc;
        double tk = heapKeys[a];
        heapKeys[a] = heapKeys[b];
        heapKeys[b] = tk;
    }
}
