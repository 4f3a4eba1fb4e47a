package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * The primal network simplex method for an uncapacitated transportation problem on a growing set of arcs, as used
 * by {@link TransportationSolver}.
 * <p>
 * <b>Network.</b> Sources {@code 0..m-1} with supplies, sinks {@code m..m+n-1} with demands, and an artificial
 * root {@code r = m+n}. Every source has an artificial arc {@code i -> r} and every sink an arc {@code r -> j},
 * each of cost A (the caller picks {@code 2A} above every real cost, so that an optimum on the full set of arcs
 * carries no flow on them). The starting basis is the tree of artificial arcs with all the flow on them; real arcs
 * {@code i -> j} are added at zero flow by {@link #addArc}, also between two calls of {@link #solve}, which then
 * continues from the current basis (column generation).
 * <p>
 * <b>Basis.</b> A spanning tree stored by parent, the arc to the parent and its direction, depth, and child lists
 * (first child, doubly linked siblings). Potentials pi make every tree arc tight: {@code cost + pi_tail - pi_head
 * = 0}; an arc off the tree with reduced cost {@code cost + pi_tail - pi_head} below {@code -tolerance} may enter.
 * <p>
 * <b>Pivot.</b> Block search (Grigoriadis; the rule of LEMON and POT): scan the arcs cyclically in blocks of about
 * {@code sqrt(arcs)} and take the most negative reduced cost of the first block that has one. The entering arc
 * closes a cycle through the tree's join node; the leaving arc is the backward arc of least flow, ties broken so
 * that the tree stays strongly feasible (first strictly on the tail side, then the last candidate on the head side),
 * which rules out cycling on these highly degenerate problems. The cut-off subtree is re-rooted at the entering
 * arc's end, and its potentials shift by one constant while its depths are recomputed.
 */
final class NetworkSimplex {
    private final int m;
    private final int n;
    private final int root;
    private final double[] pi;
    private final int[] parent;
    private final int[] predArc;
    private final boolean[] predUp;
    private final int[] depth;
    private final int[] firstChild;
    private final int[] nextSibling;
    private final int[] prevSibling;
    private final int[] path;
    private int[] tail;
    private int[] head;
    private double[] cost;
    private double[] flow;
    private boolean[] inTree;
    private int arcs;
    private int nextArc;
    private long pivots;
    private int[] matching;

    /**
     * @param supply     source masses (m), positive
     * @param demand     sink masses (n), positive, with the same total up to rounding
     * @param artificial the cost A of each artificial arc
     * @param arcHint    expected number of real arcs (capacity; the arrays grow when needed)
     */
    NetworkSimplex(double[] supply, double[] demand, double artificial, int arcHint) {
        m = supply.length;
        n = demand.length;
        root = m + n;
        int nodes = m + n + 1;
        pi = new double[nodes];
        parent = new int[nodes];
        predArc = new int[nodes];
        predUp = new boolean[nodes];
        depth = new int[nodes];
        firstChild = new int[nodes];
        nextSibling = new int[nodes];
        prevSibling = new int[nodes];
        path = new int[nodes];
        int capacity = m + n + Math.max(arcHint, 16);
        tail = new int[capacity];
        head = new int[capacity];
        cost = new double[capacity];
        flow = new double[capacity];
        inTree = new boolean[capacity];
        Arrays.fill(firstChild, -1);
        parent[root] = -1;
        predArc[root] = -1;
        for (int v = 0; v < m + n; v++) {
            boolean source = v < m;
            int e = source ? newArc(v, root, artificial) : newArc(root, v, artificial);
            flow[e] = source ? supply[v] : demand[v - m];
            inTree[e] = true;
            predArc[v] = e;
            predUp[v] = source;
            pi[v] = source ? -artificial : artificial;
            depth[v] = 1;
            link(v, root);
        }
    }

    /** Adds the real arc {@code source i -> sink j} at zero flow. */
    void addArc(int i, int j, double c) {
        newArc(i, m + j, c);
    }

    private int newArc(int t, int h, double c) {
        if (arcs == tail.length) {
            int cap = 2 * arcs;
            tail = Arrays.copyOf(tail, cap);
            head = Arrays.copyOf(head, cap);
            cost = Arrays.copyOf(cost, cap);
            flow = Arrays.copyOf(flow, cap);
            inTree = Arrays.copyOf(inTree, cap);
        }
        tail[arcs] = t;
        head[arcs] = h;
        cost[arcs] = c;
        return arcs++;
    }

    /** The number of arcs so far, artificial ones included (the next real arc gets this index). */
    int arcCount() {
        return arcs;
    }

    /**
     * Replaces part of the artificial starting basis by real arcs (call before the first {@link #solve}): source i
     * with {@code arcOfSource[i] >= 0} sends its whole supply along that real arc and hangs from its sink in the
     * tree, and the sink's artificial arc carries that much less. The caller keeps every sink's load within its
     * demand. The tree stays strongly feasible: the only arcs that can carry zero flow are the sinks' artificial
     * arcs, which point away from the root.
     */
    void seedBasis(int[] arcOfSource) {
        for (int i = 0; i < m; i++) {
            int e = arcOfSource[i];
            if (e < 0) {
                continue;
            }
            int sink = head[e];
            double supply = flow[i];        // the artificial arc of node v has index v
            if (tail[e] != i || sink < m || flow[sink] < supply || inTree[e]) {
                throw new IllegalArgumentException("arc " + e + " cannot carry the supply of source " + i);
            }
            flow[sink] -= supply;
            flow[i] = 0;
            inTree[i] = false;
            flow[e] = supply;
            inTree[e] = true;
            unlink(i);
            predArc[i] = e;
            predUp[i] = true;
            link(i, sink);
            depth[i] = depth[sink] + 1;
            pi[i] = pi[sink] - cost[e];
        }
    }

    /** Pivots until no arc has a reduced cost below {@code -tolerance}. */
    void solve(double tolerance) {
        int block = Math.max(10, (int) Math.ceil(Math.sqrt(arcs)));
        while (true) {
            int in = enteringArc(block, tolerance);
            if (in < 0) {
                return;
            }
            pivot(in);
            if ((++pivots & 1023) == 0) {
                SolveProgress.checkpoint("network simplex", pivots, Math.max(pivots + 1, 3L * (m + n)),
                        matching != null && SolveProgress.observed() ? currentMatching() : null);
            }
        }
    }

    /** Block search: the arc of least reduced cost in the first block (from the last position on) that has one. */
    private int enteringArc(int block, double tolerance) {
        double min = -tolerance;
        int best = -1;
        int count = block;
        for (int k = 0; k < arcs; k++) {
            int e = nextArc + k;
            if (e >= arcs) {
                e -= arcs;
            }
            if (!inTree[e]) {
                double rc = cost[e] + pi[tail[e]] - pi[head[e]];
                if (rc < min) {
                    min = rc;
                    best = e;
                }
            }
            if (--count == 0) {
                if (best >= 0) {
                    nextArc = e + 1 == arcs ? 0 : e + 1;
                    return best;
                }
                count = block;
            }
        }
        return best;
    }

    private void pivot(int in) {
        int s = tail[in];
        int t = head[in];
        int join = join(s, t);
        double delta = Double.POSITIVE_INFINITY;
        int out = -1;
        boolean tailSide = true;
        for (int u = s; u != join; u = parent[u]) {
            if (predUp[u] && flow[predArc[u]] < delta) {
                delta = flow[predArc[u]];
                out = u;
            }
        }
        for (int u = t; u != join; u = parent[u]) {
            if (!predUp[u] && flow[predArc[u]] <= delta) {
                delta = flow[predArc[u]];
                out = u;
                tailSide = false;
            }
        }
        if (delta > 0) {
            for (int u = s; u != join; u = parent[u]) {
                flow[predArc[u]] += predUp[u] ? -delta : delta;
            }
            for (int u = t; u != join; u = parent[u]) {
                flow[predArc[u]] += predUp[u] ? delta : -delta;
            }
        }
        flow[in] = delta;
        inTree[predArc[out]] = false;
        inTree[in] = true;
        if (tailSide) {
            reroot(s, t, in, true, out);
        } else {
            reroot(t, s, in, false, out);
        }
    }

    private int join(int a, int b) {
        while (a != b) {
            if (depth[a] > depth[b]) {
                a = parent[a];
            } else if (depth[b] > depth[a]) {
                b = parent[b];
            } else {
                a = parent[a];
                b = parent[b];
            }
        }
        return a;
    }

    /**
     * The subtree below {@code out}'s parent arc is cut off and hung from {@code anchor} by arc {@code in} at its
     * node {@code q}: the path q .. out reverses its parent pointers, then the subtree's potentials shift so that
     * {@code in} is tight, and its depths are recomputed.
     */
    private void reroot(int q, int anchor, int in, boolean up, int out) {
        int len = 0;
        for (int u = q; ; u = parent[u]) {
            path[len++] = u;
            if (u == out) {
                break;
            }
        }
        for (int k = 0; k < len; k++) {
            unlink(path[k]);
        }
        int newParent = anchor;
        int arc = in;
        boolean dirUp = up;
        for (int k = 0; k < len; k++) {
            int u = path[k];
            int oldArc = predArc[u];
            boolean oldUp = predUp[u];
            parent[u] = newParent;
            predArc[u] = arc;
            predUp[u] = dirUp;
            link(u, newParent);
            newParent = u;
            arc = oldArc;
            dirUp = !oldUp;
        }
        double shift = up ? (pi[anchor] - cost[in]) - pi[q] : (pi[anchor] + cost[in]) - pi[q];
        updateSubtree(q, shift);
    }

    /** Adds shift to pi and sets depth = depth(parent) + 1 over the subtree of q (iterative preorder walk). */
    private void updateSubtree(int q, double shift) {
        int u = q;
        while (true) {
            pi[u] += shift;
            depth[u] = depth[parent[u]] + 1;
            if (firstChild[u] >= 0) {
                u = firstChild[u];
                continue;
            }
            while (u != q && nextSibling[u] < 0) {
                u = parent[u];
            }
            if (u == q) {
                return;
            }
            u = nextSibling[u];
        }
    }

    private void link(int u, int p) {
        parent[u] = p;
        int f = firstChild[p];
        nextSibling[u] = f;
        prevSibling[u] = -1;
        if (f >= 0) {
            prevSibling[f] = u;
        }
        firstChild[p] = u;
    }

    private void unlink(int u) {
        int p = parent[u];
        int prev = prevSibling[u];
        int next = nextSibling[u];
        if (prev >= 0) {
            nextSibling[prev] = next;
        } else {
            firstChild[p] = next;
        }
        if (next >= 0) {
            prevSibling[next] = prev;
        }
    }

    /** Source duals {@code u_i = -pi_i} (so that {@code u_i + v_j <= C_ij} on every priced arc). */
    double[] sourcePotentials() {
        double[] u = new double[m];
        for (int i = 0; i < m; i++) {
            u[i] = -pi[i];
        }
        return u;
    }

    /** Sink duals {@code v_j = pi_{m+j}}. */
    double[] sinkPotentials() {
        return Arrays.copyOfRange(pi, m, m + n);
    }

    /**
     * With unit supplies and demands (an assignment), checkpoints carry the current basis's matching: source i to
     * the sink of its real arc with flow, -1 while its flow is still on the artificial arc.
     */
    void reportMatching(boolean on) {
        matching = on ? new int[m] : null;
    }

    private int[] currentMatching() {
        Arrays.fill(matching, -1);
        for (int v = 0; v < m + n; v++) {
            int e = predArc[v];
            if (e >= m + n && flow[e] > 0) {
                matching[tail[e]] = head[e] - m;
            }
        }
        return matching;
    }

    long pivots() {
        return pivots;
    }

    /** Number of real arcs with positive flow. */
    int positiveFlows() {
        int k = 0;
        for (int e = m + n; e < arcs; e++) {
            if (flow[e] > 0) {
                k++;
            }
        }
        return k;
    }

    /** Writes the real arcs with positive flow (source, sink index, flow) into the arrays, in arc order. */
    void exportFlows(int[] sources, int[] sinks, double[] amounts) {
        int k = 0;
        for (int e = m + n; e < arcs; e++) {
            if (flow[e] > 0) {
                sources[k] = tail[e];
                sinks[k] = head[e] - m;
                amounts[k++] = flow[e];
            }
        }
    }
}
