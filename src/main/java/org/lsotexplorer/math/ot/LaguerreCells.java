package org.lsotexplorer.math.ot;

import java.util.stream.IntStream;

/**
 * The geometry of the Laguerre (power) cells {@code W_j = { z : <z,y_j> + h_j >= <z,y_k> + h_k for all k }} of
 * codes in the plane, clipped to a square {@code [-L, L]^2}. Every polygon is the square cut by some of the true
 * half-planes {@code <z, y_k - y_j> <= h_j - h_k}, so it always contains its cell; the question is only whether
 * enough of them were applied.
 * <ol>
 *   <li>Warm start ({@link #warm}): each cell cut by the two-ring of its neighbours in the previous diagram (a
 *       Newton step), or in the first guess: the cell cut by its 24 nearest lifted neighbours, the points
 *       {@code p_j = (y_j, sqrt(W - w_j))}, {@code w_j = |y_j|^2 + 2 h_j}, {@code W = max w}, for which
 *       {@code |z - y_j|^2 - w_j = |(z,0) - p_j|^2 - W} (a cell is the plane section of the 3-D Voronoi cell of
 *       {@code p_j}). A cell that was empty has no neighbours to start from and gets the first guess.</li>
 *   <li>Edge matching ({@link #certifyUnmatched}): an edge of cell j labelled k must come back reversed, with the
 *       same end points, as an edge of cell k labelled j. The cells on either side of an unmatched edge go through
 *       the certificate, repeatedly, until every edge not between two certified cells is matched. The polygons then
 *       glue into a covering of the box that every point lies in equally often, at least once since each polygon
 *       contains its cell; {@link LaguerreDiagram} checks that the masses sum to 1 (once), and otherwise
 *       certifies every cell.</li>
 *   <li>Certificate: the codes that beat {@code j} at a vertex by more than 1e-12 (relative) are searched exactly
 *       with the kd-tree branch-and-bound of {@link BrenierPotential}, started at {@code j}'s own value; the best of
 *       them cuts the polygon, until none is left. A convex polygon containing the convex cell, whose vertices all
 *       lie in the cell, equals it.</li>
 * </ol>
 * Expected cost {@code O(n log n)}, and after a Newton step usually a few dozen certified cells instead of all;
 * collinear codes, empty cells and unbounded cells (cut by the box only) need nothing special. Codes must be
 * distinct (checked by {@link LaguerreDiagram}). Built on up to 8 parallel chunks of cells, with the same result for
 * any schedule; immutable once {@link LaguerreDiagram} has finished it.
 */
final class LaguerreCells {
    private static final int FIRST_K = 24;
    private static final int MAX_ROUNDS = 64;

    final double[][] xs;
    final double[][] ys;
    final int[][] labels;
    private boolean[] certified;     // cells that went through the vertex certificate

    private LaguerreCells(int n) {
        xs = new double[n][];
        ys = new double[n][];
        labels = new int[n][];
    }

    /**
     * Exact cells: {@link #warm}, then {@link #certifyUnmatched} (or {@link #certifyAll} with {@code certifyAll}).
     *
     * @param cx code x coordinates, {@code cy} code y coordinates, {@code h} heights (all finite, distinct codes)
     * @param halfWidth {@code L} &gt; 0
     */
    static LaguerreCells build(double[] cx, double[] cy, double[] h, double halfWidth, BrenierPotential potential,
                               LaguerreCells previous, boolean certifyAll) {
        LaguerreCells cells = warm(cx, cy, h, halfWidth, previous);
        if (certifyAll) {
            cells.certifyAll(cx, cy, h, potential);
        } else {
            cells.certifyUnmatched(cx, cy, h, halfWidth, potential);
        }
        return cells;
    }

    /**
     * Cells cut by the two-ring of the previous diagram's neighbours (of the lifted nearest-neighbour guess when
     * {@code previous} is null), without any certificate: each polygon contains its cell, so its mass is an upper
     * bound of the cell's.
     */
    static LaguerreCells warm(double[] cx, double[] cy, double[] h, double halfWidth, LaguerreCells previous) {
        int n = cx.length;
        LaguerreCells seeds = previous != null ? previous : rough(cx, cy, h, halfWidth, null);
        boolean[] unseeded = new boolean[n];
        boolean any = false;
        for (int j = 0; j < n; j++) {
            unseeded[j] = java.util.Arrays.stream(seeds.labels[j]).allMatch(k -> k < 0);
            any |= unseeded[j];
        }
        LaguerreCells fresh = !any ? null : previous == null ? seeds : rough(cx, cy, h, halfWidth, unseeded);
        LaguerreCells cells = new LaguerreCells(n);
        forEachChunk(n, (from, to) -> {
            CellPolygon poly = new CellPolygon();
            int[] stamp = new int[n];
            java.util.Arrays.fill(stamp, -1);
            for (int j = from; j < to; j++) {
                if (unseeded[j]) {             // an empty cell before: its lifted nearest neighbours decide
                    cells.xs[j] = fresh.xs[j];
                    cells.ys[j] = fresh.ys[j];
                    cells.labels[j] = fresh.labels[j];
                } else {
                    cutByTwoRing(j, cx, cy, h, seeds, halfWidth, poly, stamp);
                    cells.store(j, poly);
                }
            }
        });
        cells.certified = new boolean[n];
        return cells;
    }

    /** A copy sharing the per-cell arrays (which are replaced, never written, by a certificate). */
    LaguerreCells copy() {
        int n = xs.length;
        LaguerreCells c = new LaguerreCells(n);
        System.arraycopy(xs, 0, c.xs, 0, n);
        System.arraycopy(ys, 0, c.ys, 0, n);
        System.arraycopy(labels, 0, c.labels, 0, n);
        c.certified = certified.clone();
        return c;
    }

    /** Puts every cell not yet certified through the vertex certificate. */
    void certifyAll(double[] cx, double[] cy, double[] h, BrenierPotential potential) {
        boolean[] all = new boolean[xs.length];
        java.util.Arrays.fill(all, true);
        certify(all, cx, cy, h, potential);
    }

    /**
     * Certifies the cells of every unmatched edge, repeatedly, until every edge between two cells that are not both
     * certified is matched (see {@link #unmatchedCells}). The polygons then tile the box exactly once or several
     * times over; a total mass of 1 (checked by {@link LaguerreDiagram}) rules out the second.
     *
     * @return how many cells were certified
     */
    int certifyUnmatched(double[] cx, double[] cy, double[] h, double halfWidth, BrenierPotential potential) {
        int total = 0;
        while (true) {
            boolean[] flagged = unmatchedCells(1e-10 * halfWidth);
            int count = 0;
            for (boolean f : flagged) {
                count += f ? 1 : 0;
            }
            if (count == 0) {
                return total;
            }
            total += count;
            certify(flagged, cx, cy, h, potential);
        }
    }

    /** True when no edge between cells that are not both certified is unmatched. */
    boolean isMatched(double halfWidth) {
        for (boolean f : unmatchedCells(1e-10 * halfWidth)) {
            if (f) {
                return false;
            }
        }
        return true;
    }

    private void certify(boolean[] which, double[] cx, double[] cy, double[] h, BrenierPotential potential) {
        int n = xs.length;
        forEachChunk(n, (from, to) -> {
            CellPolygon poly = new CellPolygon();
            int[] violators = new int[64];
            for (int j = from; j < to; j++) {
                if (which[j] && !certified[j]) {
                    poly.set(xs[j], ys[j], labels[j]);
                    certify(j, cx, cy, h, potential, poly, violators);
                    store(j, poly);
                    certified[j] = true;
                }
            }
        });
    }

    /**
     * Cells cut by their lifted nearest neighbours only: supersets of the true cells, a first guess; only the cells
     * marked in {@code which} (all when null), the others left null.
     */
    private static LaguerreCells rough(double[] cx, double[] cy, double[] h, double halfWidth, boolean[] which) {
        int n = cx.length;
        LaguerreCells cells = new LaguerreCells(n);
        LiftedPointTree tree = n > 1 ? new LiftedPointTree(lifted(cx, cy, h), n) : null;
        forEachChunk(n, (from, to) -> {
            CellPolygon poly = new CellPolygon();
            int[] idx = new int[FIRST_K];
            double[] d2 = new double[FIRST_K];
            for (int j = from; j < to; j++) {
                if (which != null && !which[j]) {
                    continue;
                }
                poly.resetToBox(halfWidth);
                if (n > 1) {
                    int m = tree.nearest(j, Math.min(n - 1, FIRST_K), idx, d2);
                    for (int i = 0; i < m && !poly.isEmpty(); i++) {
                        cut(poly, j, idx[i], cx, cy, h);
                    }
                }
                cells.store(j, poly);
            }
        });
        return cells;
    }

    interface Range {
        void run(int from, int to);
    }

    static void forEachChunk(int n, Range task) {
        int chunks = n >= 512 ? 8 : 1;
        IntStream.range(0, chunks).parallel().forEach(c -> task.run((int) ((long) c * n / chunks),
                (int) ((long) (c + 1) * n / chunks)));
    }

    private static double[] lifted(double[] cx, double[] cy, double[] h) {
        int n = cx.length;
        double[] lifted = new double[3 * n];
        double wMax = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            wMax = Math.max(wMax, cx[j] * cx[j] + cy[j] * cy[j] + 2 * h[j]);
        }
        for (int j = 0; j < n; j++) {
            lifted[3 * j] = cx[j];
            lifted[3 * j + 1] = cy[j];
            lifted[3 * j + 2] = Math.sqrt(Math.max(0, wMax - (cx[j] * cx[j] + cy[j] * cy[j] + 2 * h[j])));
        }
        return lifted;
    }

    /** Cuts the box by the previous diagram's neighbours of j and their neighbours. */
    private static void cutByTwoRing(int j, double[] cx, double[] cy, double[] h, LaguerreCells previous,
                                     double halfWidth, CellPolygon poly, int[] stamp) {
        poly.resetToBox(halfWidth);
        stamp[j] = j;
        for (int k : previous.labels[j]) {
            if (k >= 0 && stamp[k] != j) {
                stamp[k] = j;
                cut(poly, j, k, cx, cy, h);
            }
        }
        for (int k : previous.labels[j]) {
            if (k < 0) {
                continue;
            }
            for (int m : previous.labels[k]) {
                if (m >= 0 && stamp[m] != j && !poly.isEmpty()) {
                    stamp[m] = j;
                    cut(poly, j, m, cx, cy, h);
                }
            }
        }
    }

    /**
     * The cells, not yet certified, on either side of an unmatched edge: an edge of cell j labelled k, longer than
     * {@code tolerance}, whose reverse (same end points within {@code tolerance}, opposite direction) is not an edge
     * of cell k labelled j. Where every edge is matched, the polygons glue along their edges into a covering of
     * the box without boundary inside it, so every point of the box lies in the same number of polygons; each
     * polygon contains its cell, so that number is at least 1, and the polygons are exactly the cells when it is 1.
     * A missing neighbour on both sides of an edge moves the edge's end points on one side only, or leaves an
     * edge of the missed code unmatched; either way it shows.
     */
    private boolean[] unmatchedCells(double tolerance) {
        int n = xs.length;
        boolean[] flagged = new boolean[n];
        for (int j = 0; j < n; j++) {
            int m = xs[j].length;
            for (int i = 0; i < m; i++) {
                int k = labels[j][i];
                if (k < 0 || certified[j] && certified[k]) {
                    continue;
                }
                int i2 = i + 1 == m ? 0 : i + 1;
                double ax = xs[j][i];
                double ay = ys[j][i];
                double bx = xs[j][i2];
                double by = ys[j][i2];
                if (Math.abs(bx - ax) + Math.abs(by - ay) <= tolerance || hasReverse(k, j, bx, by, ax, ay, tolerance)) {
                    continue;
                }
                flagged[j] |= !certified[j];
                flagged[k] |= !certified[k];
            }
        }
        return flagged;
    }

    /** True when cell k has an edge labelled j from (ax, ay) to (bx, by), within the tolerance. */
    private boolean hasReverse(int k, int j, double ax, double ay, double bx, double by, double tolerance) {
        int m = xs[k].length;
        for (int t = 0; t < m; t++) {
            if (labels[k][t] != j) {
                continue;
            }
            int t2 = t + 1 == m ? 0 : t + 1;
            return Math.abs(xs[k][t] - ax) + Math.abs(ys[k][t] - ay) <= tolerance
                    && Math.abs(xs[k][t2] - bx) + Math.abs(ys[k][t2] - by) <= tolerance;
        }
        return false;
    }

    /** Cuts by every code that beats j at a vertex until none does (see the class comment). */
    private static void certify(int j, double[] cx, double[] cy, double[] h, BrenierPotential potential,
                                CellPolygon poly, int[] violators) {
        int n = cx.length;
        double[] z = new double[2];
        for (int round = 0; round < MAX_ROUNDS && !poly.isEmpty(); round++) {
            int found = 0;
            for (int i = 0; i < poly.count() && found < violators.length; i++) {
                z[0] = poly.x(i);
                z[1] = poly.y(i);
                double own = z[0] * cx[j] + z[1] * cy[j] + h[j];
                double tol = 1e-12 * (1 + Math.abs(own) + Math.abs(z[0] * cx[j]) + Math.abs(z[1] * cy[j]));
                int best = potential.bestAbove(z, own + tol);
                if (best >= 0 && best != j) {
                    violators[found++] = best;
                }
            }
            if (found == 0) {
                return;
            }
            for (int i = 0; i < found; i++) {
                cut(poly, j, violators[i], cx, cy, h);
            }
        }
        for (int q = 0; q < n && !poly.isEmpty(); q++) {      // safety net after MAX_ROUNDS, not reached in tests
            if (q != j) {
                cut(poly, j, q, cx, cy, h);
            }
        }
    }

    private static void cut(CellPolygon poly, int j, int k, double[] cx, double[] cy, double[] h) {
        poly.clip(cx[k] - cx[j], cy[k] - cy[j], h[j] - h[k], k);
    }

    private void store(int j, CellPolygon poly) {
        int m = poly.count();
        xs[j] = new double[m];
        ys[j] = new double[m];
        labels[j] = new int[m];
        for (int i = 0; i < m; i++) {
            xs[j][i] = poly.x(i);
            ys[j][i] = poly.y(i);
            labels[j][i] = poly.label(i);
        }
    }
}
