package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * The sparse bipartite graph on which {@link ShortestAugmentingPath} and {@link TransportationSolver} run: for
 * each row i of a row-major m x n cost matrix, a growable list of candidate columns together with their costs
 * {@code C_ij} (stored side by side, so that a row scan reads memory sequentially instead of jumping through the
 * dense matrix). It starts with the k columns of smallest reduced cost {@code C_ij - v_j} per row and grows when
 * a dense pricing pass finds a cheaper column outside the list. Lists never shrink and never hold duplicates.
 * <p>
 * Reduced costs are compared after rounding down to a quantum of {@link OtInputs#pricingTolerance}; such ties
 * are broken by a fixed pseudo-random hash of (row, column). On degenerate problems (duplicated points, 1-D
 * distance costs where every column on one side of a point ties), this gives the rows of a tied group different
 * random subsets of the tied columns, a sparse graph that still has perfect matchings, instead of one block
 * shared by all of them (a Hall obstruction that would starve the sparse search).
 */
final class CandidateGraph {
    private final double[] c;
    private final int n;
    private final int[][] columns;
    private final double[][] costs;
    private final int[] degree;
    private final int k;
    private final Selection shared;
    private final double inverseQuantum;

    /**
     * The work space of one row selection: a bounded max-heap of the k best columns so far and the marks of the
     * row's listed columns. One per thread; {@link #addCheapest(int, double[], double)} uses a shared one.
     */
    private static final class Selection {
        final boolean[] listed;
        final int[] heapCols;
        final double[] heapKeys;
        final int[] heapTies;

        Selection(int n, int k) {
            listed = new boolean[n];
            heapCols = new int[k];
            heapKeys = new double[k];
            heapTies = new int[k];
        }

        /** Heap order: entry a ranks strictly after entry b (larger quantised key, then larger hash). */
        boolean above(int a, int b) {
            return heapKeys[a] > heapKeys[b] || (heapKeys[a] == heapKeys[b] && heapTies[a] > heapTies[b]);
        }

        void swap(int a, int b) {
            int tc = heapCols[a];
            heapCols[a] = heapCols[b];
            heapCols[b] = tc;
            double tk = heapKeys[a];
            heapKeys[a] = heapKeys[b];
            heapKeys[b] = tk;
            int tt = heapTies[a];
            heapTies[a] = heapTies[b];
            heapTies[b] = tt;
        }

        /** Sift entry k up. */
        void siftUp(int k) {
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                if (!above(k, parent)) {
                    return;
                }
                swap(parent, k);
                k = parent;
            }
        }

        /** Sift the root down in a heap of the given size. */
        void siftDown(int size) {
            int k = 0;
            while (true) {
                int child = 2 * k + 1;
                if (child >= size) {
                    return;
                }
                if (child + 1 < size && above(child + 1, child)) {
                    child++;
                }
                if (!above(child, k)) {
                    return;
                }
                swap(k, child);
                k = child;
            }
        }
    }

    private CandidateGraph(double[] c, int m, int n, int k) {
        this.c = c;
        this.n = n;
        this.columns = new int[m][];
        this.costs = new double[m][];
        this.degree = new int[m];
        this.k = k;
        this.shared = new Selection(n, k);
        this.inverseQuantum = inverseQuantum(c);
    }

    /** For each of the m rows of c, the {@code min(k, n)} columns of smallest reduced cost {@code C_ij - v_j}. */
    static CandidateGraph nearest(double[] c, double[] v, int m, int n, int k) {
        int kk = Math.min(k, n);
        CandidateGraph g = new CandidateGraph(c, m, n, kk);
        RowBlocks.run(m, "candidate graph", (from, to) -> {
            Selection s = new Selection(n, kk);
            for (int i = from; i < to; i++) {
                g.columns[i] = new int[kk + 1];
                g.costs[i] = new double[kk + 1];
                g.addCheapest(i, v, Double.POSITIVE_INFINITY, s);
            }
        });
        return g;
    }

    /**
     * Dense pricing of every row at once (in parallel): row i gets, as by {@link #addCheapest(int, double[],
     * double)}, the columns of least reduced cost {@code C_ij - v_j} strictly below {@code below[i]}.
     *
     * @return for each row, its degree before the additions (compare with {@link #degree(int)})
     */
    int[] addCheapestEverywhere(double[] v, double[] below, String stage) {
        int m = degree.length;
        int[] before = degree.clone();
        RowBlocks.run(m, stage, (from, to) -> {
            Selection s = new Selection(n, k);
            for (int i = from; i < to; i++) {
                addCheapest(i, v, below[i], s);
            }
        });
        return before;
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
        return addCheapest(i, v, below, shared);
    }

    private int addCheapest(int i, double[] v, double below, Selection sel) {
        boolean[] listed = sel.listed;
        int[] heapCols = sel.heapCols;
        double[] heapKeys = sel.heapKeys;
        int[] heapTies = sel.heapTies;
        markListed(i, listed, true);
        int cap = heapCols.length;
        int size = 0;
        int row = i * n;
        for (int j = 0; j < n; j++) {
            double h = c[row + j] - v[j];
            if (h < below && !listed[j]) {
                double key = Math.floor(h * inverseQuantum);
                if (size == cap && key > heapKeys[0]) {
                    continue;   // ranks after the current k-th: the hash cannot change that
                }
                int tie = tieBreak(i, j);
                if (size < cap) {
                    heapCols[size] = j;
                    heapKeys[size] = key;
                    heapTies[size] = tie;
                    sel.siftUp(size++);
                } else if (key < heapKeys[0] || (key == heapKeys[0] && tie < heapTies[0])) {
                    heapCols[0] = j;
                    heapKeys[0] = key;
                    heapTies[0] = tie;
                    sel.siftDown(size);
                }
            }
        }
        markListed(i, listed, false);
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

    private void markListed(int i, boolean[] listed, boolean value) {
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

    /** {@code 1 / pricingTolerance(c)}: reduced costs times this, rounded down, are the ranking keys. */
    static double inverseQuantum(double[] c) {
        return 1.0 / Math.max(OtInputs.pricingTolerance(c), Double.MIN_NORMAL);
    }

    /** A fixed pseudo-random rank for (row, column), the second ranking key (a murmur3 finaliser). */
    static int tieBreak(int i, int j) {
        int h = i * 0x9E3779B9 + j * 0x85EBCA6B;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
