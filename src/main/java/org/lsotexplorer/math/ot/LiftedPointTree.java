package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * A kd-tree over points in 3-D answering k-nearest-neighbour queries (Euclidean), used on the codes lifted to
 * {@code (y_j, s_j)} with {@code s_j = sqrt(W - w_j)}: there, power distances become Euclidean ones, so the
 * nearest lifted neighbours are the likely Laguerre neighbours. Built in {@code O(n log^2 n)}, immutable after
 * construction; queries allocate their own buffers and are thread-safe.
 */
final class LiftedPointTree {
    private static final int LEAF = 8;
    private final double[] p;        // 3n coordinates
    private final int[] order;        // point indices, in tree order
    private final int[] lo;           // node -> range start in order
    private final int[] hi;           // node -> range end (exclusive)
    private final int[] right;        // inner node -> right child (the left child is node + 1)
    private final int[] axis;         // node -> split axis, -1 for a leaf
    private final double[] split;     // node -> split value
    private int nodes;

    LiftedPointTree(double[] coords, int n) {
        this.p = coords;
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int cap = n + 8;
        lo = new int[cap];
        hi = new int[cap];
        right = new int[cap];
        axis = new int[cap];
        split = new double[cap];
        build(0, n);
    }

    private int build(int from, int to) {
        int node = nodes++;
        lo[node] = from;
        hi[node] = to;
        if (to - from <= LEAF) {
            axis[node] = -1;
            return node;
        }
        int ax = widestAxis(from, to);
        int mid = (from + to) >>> 1;
        select(from, to - 1, mid, ax);
        axis[node] = ax;
        split[node] = p[3 * order[mid] + ax];
        build(from, mid);
        right[node] = build(mid, to);
        return node;
    }

    /** Quickselect: puts the point of rank {@code k} (by coordinate {@code ax}) at {@code order[k]}. */
    private void select(int left, int rightEnd, int k, int ax) {
        int l = left;
        int r = rightEnd;
        while (l < r) {
            double pivot = p[3 * order[(l + r) >>> 1] + ax];
            int i = l;
            int j = r;
            while (i <= j) {
                while (p[3 * order[i] + ax] < pivot) {
                    i++;
                }
                while (p[3 * order[j] + ax] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = order[i];
                    order[i++] = order[j];
                    order[j--] = t;
                }
            }
            if (k <= j) {
                r = j;
            } else if (k >= i) {
                l = i;
            } else {
                return;
            }
        }
    }

    private int widestAxis(int from, int to) {
        int best = 0;
        double width = -1;
        for (int ax = 0; ax < 3; ax++) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                double v = p[3 * order[i] + ax];
                mn = Math.min(mn, v);
                mx = Math.max(mx, v);
            }
            if (mx - mn > width) {
                width = mx - mn;
                best = ax;
            }
        }
        return best;
    }

    /**
     * The {@code k} nearest points to point {@code self} (excluding itself), nearest first.
     *
     * @param outIndex receives the indices; {@code outDist2} their squared distances
     * @return how many were found (min(k, n-1))
     */
    int nearest(int self, int k, int[] outIndex, double[] outDist2) {
        Heap heap = new Heap(k);
        search(0, self, heap);
        return heap.drainSorted(outIndex, outDist2);
    }

    private void search(int node, int self, Heap heap) {
        double qx = p[3 * self];
        double qy = p[3 * self + 1];
        double qz = p[3 * self + 2];
        if (axis[node] < 0) {
            for (int i = lo[node]; i < hi[node]; i++) {
                int j = order[i];
                if (j == self) {
                    continue;
                }
                double dx = p[3 * j] - qx;
                double dy = p[3 * j + 1] - qy;
                double dz = p[3 * j + 2] - qz;
                heap.offer(j, dx * dx + dy * dy + dz * dz);
            }
            return;
        }
        double diff = p[3 * self + axis[node]] - split[node];
        int near = diff < 0 ? node + 1 : right[node];
        int far = diff < 0 ? right[node] : node + 1;
        search(near, self, heap);
        if (diff * diff < heap.bound()) {
            search(far, self, heap);
        }
    }

    /** A bounded max-heap of (squared distance, index). */
    private static final class Heap {
        private final int cap;
        private final double[] d;
        private final int[] idx;
        private int size;

        Heap(int cap) {
            this.cap = cap;
            this.d = new double[cap];
            this.idx = new int[cap];
        }

        double bound() {
            return size < cap ? Double.POSITIVE_INFINITY : d[0];
        }

        void offer(int j, double dist2) {
            if (size < cap) {
                int i = size++;
                while (i > 0 && d[(i - 1) / 2] < dist2) {
                    d[i] = d[(i - 1) / 2];
                    idx[i] = idx[(i - 1) / 2];
                    i = (i - 1) / 2;
                }
                d[i] = dist2;
                idx[i] = j;
            } else if (dist2 < d[0]) {
                int i = 0;
                while (true) {
                    int c = 2 * i + 1;
                    if (c >= size) {
                        break;
                    }
                    if (c + 1 < size && d[c + 1] > d[c]) {
                        c++;
                    }
                    if (d[c] <= dist2) {
                        break;
                    }
                    d[i] = d[c];
                    idx[i] = idx[c];
                    i = c;
                }
                d[i] = dist2;
                idx[i] = j;
            }
        }

        int drainSorted(int[] outIndex, double[] outDist2) {
            Integer[] pos = new Integer[size];
            for (int i = 0; i < size; i++) {
                pos[i] = i;
            }
            Arrays.sort(pos, (a, b) -> Double.compare(d[a], d[b]));
            for (int i = 0; i < size; i++) {
                outIndex[i] = idx[pos[i]];
                outDist2[i] = d[pos[i]];
            }
            return size;
        }
    }
}
