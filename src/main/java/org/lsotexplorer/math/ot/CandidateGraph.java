package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * The sparse bipartite graph on which {@link ShortestAugmentingPath} searches: for each row i a growable list of
 * candidate columns. It starts with the k columns of smallest reduced cost {@code C[i][j] - v_j} per row and grows
 * whenever the dense dual check of {@link AssignmentSolver} finds a cheaper column outside the list. Lists never
 * shrink and never hold duplicates.
 */
final class CandidateGraph {
    private final int[][] columns;
    private final int[] degree;
    private final boolean[] listed;
    private final int[] heapCols;
    private final double[] heapKeys;

    private CandidateGraph(int n, int k) {
        this.columns = new int[n][];
        this.degree = new int[n];
        this.listed = new boolean[n];
        this.heapCols = new int[k];
        this.heapKeys = new double[k];
    }

    /**
     * For each row, the {@code min(k, n)} columns with the smallest reduced cost {@code c[i*n+j] - v[j]}, plus the
     * row's assigned column {@code colOf[i]} when it has one.
     */
    static CandidateGraph nearest(double[] c, double[] v, int n, int k, int[] colOf) {
        int kk = Math.min(k, n);
        CandidateGraph g = new CandidateGraph(n, kk);
        for (int i = 0; i < n; i++) {
            g.columns[i] = new int[kk + 1];
            g.addCheapest(i, c, v, n, Double.POSITIVE_INFINITY);
            if (colOf[i] >= 0) {
                g.addIfAbsent(i, colOf[i]);
            }
        }
        return g;
    }

    /**
     * Adds to row i the (at most k, the capacity given to {@link #nearest}) columns of smallest reduced cost
     * {@code c[i*n+j] - v[j]} among those not yet listed whose reduced cost is strictly below {@code below}.
     *
     * @return how many columns were added
     */
    int addCheapest(int i, double[] c, double[] v, int n, double below) {
        int[] cols = columns[i];
        for (int t = 0; t < degree[i]; t++) {
            listed[cols[t]] = true;
        }
        int cap = heapCols.length;
        int size = 0;
        int row = i * n;
        for (int j = 0; j < n; j++) {
            double h = c[row + j] - v[j];
            if (h < below && !listed[j]) {
                if (size < cap) {
                    heapCols[size] = j;
                    heapKeys[size] = h;
                    siftUp(heapCols, heapKeys, size++);
                } else if (h < heapKeys[0]) {
                    heapCols[0] = j;
                    heapKeys[0] = h;
                    siftDown(heapCols, heapKeys, size);
                }
            }
        }
        for (int t = 0; t < degree[i]; t++) {
            listed[cols[t]] = false;
        }
        for (int t = 0; t < size; t++) {
            add(i, heapCols[t]);
        }
        return size;
    }

    private static void siftUp(int[] cols, double[] keys, int k) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (keys[parent] >= keys[k]) {
                return;
            }
            swap(cols, keys, parent, k);
            k = parent;
        }
    }

    private static void siftDown(int[] cols, double[] keys, int size) {
        int k = 0;
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && keys[child + 1] > keys[child]) {
                child++;
            }
            if (keys[k] >= keys[child]) {
                return;
            }
            swap(cols, keys, k, child);
            k = child;
        }
    }

    private static void swap(int[] cols, double[] keys, int a, int b) {
        int tc = cols[a];
        cols[a] = cols[b];
        cols[b] = tc;
        double tk = keys[a];
        keys[a] = keys[b];
        keys[b] = tk;
    }

    int degree(int i) {
        return degree[i];
    }

    /** The live list of row i; only its first {@link #degree(int)} entries are meaningful. */
    int[] columnsOf(int i) {
        return columns[i];
    }

    private void add(int i, int j) {
        if (degree[i] == columns[i].length) {
            columns[i] = Arrays.copyOf(columns[i], 2 * columns[i].length);
        }
        columns[i][degree[i]++] = j;
    }

    private void addIfAbsent(int i, int j) {
        for (int k = 0; k < degree[i]; k++) {
            if (columns[i][k] == j) {
                return;
            }
        }
        add(i, j);
    }

    /** Makes row i adjacent to every column. */
    void connectToAll(int i, int n) {
        int[] cols = columns[i];
        int deg = degree[i];
        for (int t = 0; t < deg; t++) {
            listed[cols[t]] = true;
        }
        for (int j = 0; j < n; j++) {
            if (!listed[j]) {
                add(i, j);
            }
        }
        for (int t = 0; t < deg; t++) {
            listed[cols[t]] = false;
        }
    }
}
