package org.lsotexplorer.math.ot;

/**
 * A kd-tree over the codes for Brenier-cell queries {@code argmax_j <z, y_j> + h_j}. The tree depends on the code
 * positions only, so one tree serves every set of heights; {@link #maxHeight(double[])} computes the per-node maximum
 * of {@code h} in O(n). A query prunes a node when {@code max_{y in box} <z, y> + max_{j in node} h_j} cannot beat
 * the current best (or runner-up), so the answer is exact, including the tie rule "lowest index wins".
 */
final class CodeTree {
    private static final int LEAF = 8;
    private final int dim;
    private final double[] codes;     // n*dim, original order
    private final int[] order;        // permutation: tree slot -> code index
    private final int[] lo;           // node -> first slot
    private final int[] hi;           // node -> end slot (exclusive)
    private final int[] left;         // node -> child or -1
    private final int[] right;
    private final double[] boxMin;    // node*dim
    private final double[] boxMax;
    private int nodes;

    CodeTree(double[] codes, int n, int dim) {
        this.dim = dim;
        this.codes = codes;
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int cap = 2 * Math.max(1, n / LEAF + 1) * 2;
        lo = new int[cap];
        hi = new int[cap];
        left = new int[cap];
        right = new int[cap];
        boxMin = new double[cap * dim];
        boxMax = new double[cap * dim];
        build(0, n);
    }

    private int build(int from, int to) {
        int node = nodes++;
        lo[node] = from;
        hi[node] = to;
        int split = -1;
        double widest = -1;
        for (int k = 0; k < dim; k++) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            for (int s = from; s < to; s++) {
                double v = codes[order[s] * dim + k];
                mn = Math.min(mn, v);
                mx = Math.max(mx, v);
            }
            boxMin[node * dim + k] = mn;
            boxMax[node * dim + k] = mx;
            if (mx - mn > widest) {
                widest = mx - mn;
                split = k;
            }
        }
        if (to - from <= LEAF || widest <= 0) {
            left[node] = -1;
            right[node] = -1;
            return node;
        }
        int mid = (from + to) >>> 1;
        select(from, to - 1, mid, split);
        left[node] = build(from, mid);
        right[node] = build(mid, to);
        return node;
    }

    /** Quickselect on coordinate k so that slot {@code mid} holds its order statistic. */
    private void select(int l, int r, int mid, int k) {
        while (r > l) {
            double pivot = codes[order[(l + r) >>> 1] * dim + k];
            int i = l;
            int j = r;
            while (i <= j) {
                while (codes[order[i] * dim + k] < pivot) {
                    i++;
                }
                while (codes[order[j] * dim + k] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                    i++;
                    j--;
                }
            }
            if (mid <= j) {
                r = j;
            } else if (mid >= i) {
                l = i;
            } else {
                return;
            }
        }
    }

    int nodeCount() {
        return nodes;
    }

    /** Tree slots {@code [lo, hi)} of a node; {@link #codeAt(int)} maps a slot to its code. */
    int nodeFrom(int node) {
        return lo[node];
    }

    int nodeTo(int node) {
        return hi[node];
    }

    int codeAt(int slot) {
        return order[slot];
    }

    /** Per-node maximum of the heights {@code h} (bottom-up). */
    double[] maxHeight(double[] g) {
        double[] m = new double[nodes];
        fill(0, g, m);
        return m;
    }

    private double fill(int node, double[] g, double[] m) {
        double best;
        if (left[node] < 0) {
            best = Double.NEGATIVE_INFINITY;
            for (int s = lo[node]; s < hi[node]; s++) {
                best = Math.max(best, g[order[s]]);
            }
        } else {
            best = Math.max(fill(left[node], g, m), fill(right[node], g, m));
        }
        m[node] = best;
        return best;
    }

    /**
     * Best and runner-up cells of {@code z}: fills {@code out[0..1]} with indices (runner-up -1 if n = 1) and
     * {@code val[0..1]} with {@code <z, y_j> + h_j} (larger is better).
     */
    void bestTwo(double[] z, double[] h, double[] nodeMaxH, boolean needRunnerUp, int[] out, double[] val) {
        out[0] = -1;
        out[1] = -1;
        val[0] = Double.NEGATIVE_INFINITY;
        val[1] = Double.NEGATIVE_INFINITY;
        search(0, z, h, nodeMaxH, needRunnerUp, out, val);
    }

    /**
     * The best code among those with {@code <z, y_j> + h_j > threshold}, or -1 when there is none. Starting from the
     * threshold instead of minus infinity prunes almost every node when the threshold is near the maximum.
     */
    int bestAbove(double[] z, double[] h, double[] nodeMaxH, double threshold) {
        int[] out = {-1, -1};
        double[] val = {threshold, Double.NEGATIVE_INFINITY};
        search(0, z, h, nodeMaxH, false, out, val);
        return out[0];
    }

    private void search(int node, double[] z, double[] h, double[] nodeMaxH, boolean two, int[] out, double[] val) {
        if (bound(node, z, nodeMaxH) < (two ? val[1] : val[0])) {
            return;
        }
        if (left[node] < 0) {
            for (int s = lo[node]; s < hi[node]; s++) {
                int j = order[s];
                double v = h[j];
                int o = j * dim;
                for (int k = 0; k < dim; k++) {
                    v += z[k] * codes[o + k];
                }
                offer(j, v, two, out, val);
            }
            return;
        }
        int a = left[node];
        int b = right[node];
        if (bound(b, z, nodeMaxH) > bound(a, z, nodeMaxH)) {
            int t = a;
            a = b;
            b = t;
        }
        search(a, z, h, nodeMaxH, two, out, val);
        search(b, z, h, nodeMaxH, two, out, val);
    }

    private static void offer(int j, double v, boolean two, int[] out, double[] val) {
        if (v > val[0] || v == val[0] && j < out[0]) {
            if (two) {
                out[1] = out[0];
                val[1] = val[0];
            }
            out[0] = j;
            val[0] = v;
        } else if (two && (v > val[1] || v == val[1] && j < out[1])) {
            out[1] = j;
            val[1] = v;
        }
    }

    /** {@code max_{y in box} <z, y> + max h} over the node. */
    private double bound(int node, double[] z, double[] nodeMaxH) {
        double s = nodeMaxH[node];
        int o = node * dim;
        for (int k = 0; k < dim; k++) {
            double v = z[k];
            s += v >= 0 ? v * boxMax[o + k] : v * boxMin[o + k];
        }
        return s;
    }
}
