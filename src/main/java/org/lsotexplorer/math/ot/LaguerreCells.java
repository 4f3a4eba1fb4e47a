package org.lsotexplorer.math.ot;

import java.util.stream.IntStream;

/**
 * The geometry of the Laguerre (power) cells {@code W_j = { z : <z,y_j> + h_j >= <z,y_k> + h_k for all k }} of
 * codes in the plane, clipped to a square {@code [-L, L]^2}.
 * <p>
 * Each cell starts as the square, cut by the half-planes {@code <z, y_k - y_j> <= h_j - h_k} of its 8 nearest
 * lifted neighbours: the points {@code p_j = (y_j, sqrt(W - w_j))}, {@code w_j = |y_j|^2 + 2 h_j},
 * {@code W = max w}, for which {@code |z - y_j|^2 - w_j = |(z,0) - p_j|^2 - W} (a cell is the plane section of the
 * 3-D Voronoi cell of {@code p_j}). Then the polygon is certified: the exact arg-max of every vertex is found with
 * the kd-tree branch-and-bound of {@link BrenierPotential#cellOf}; every code that beats {@code j} at a vertex (by
 * more than 1e-12 relative) cuts the polygon, until none does. The result is exact: the polygon always contains
 * the cell, and a convex polygon whose vertices all lie in the convex cell equals it. Expected cost
 * {@code O(n log n)}; collinear codes, empty cells and unbounded cells (cut by the box only) need nothing special.
 * When the cells of the same codes for other heights are given (a Newton step), their neighbours replace the
 * lifted ones as first candidates; the certificate keeps the result exact either way. Codes must be distinct (checked by {@link LaguerreDiagram}).
 * Immutable; built on up to 8 parallel chunks of cells, with the same result for any schedule.
 */
final class LaguerreCells {
    private static final int FIRST_K = 8;

    private static final int MAX_ROUNDS = 64;

    final double[][] xs;
    final double[][] ys;
    final int[][] labels;

    private LaguerreCells(int n) {
        xs = new double[n][];
        ys = new double[n][];
        labels = new int[n][];
    }

    /**
     * @param cx code x coordinates, {@code cy} code y coordinates, {@code h} heights (all finite, distinct codes)
     * @param halfWidth {@code L} &gt; 0
     */
    static LaguerreCells build(double[] cx, double[] cy, double[] h, double halfWidth, BrenierPotential potential,
                               LaguerreCells previous) {
        int n = cx.length;
        LaguerreCells cells = new LaguerreCells(n);
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
        LiftedPointTree tree = n > 1 && previous == null ? new LiftedPointTree(lifted, n) : null;
        int chunks = n >= 512 ? 8 : 1;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            CellPolygon poly = new CellPolygon();
            int[] idx = new int[FIRST_K];
            double[] d2 = new double[FIRST_K];
            int[] violators = new int[64];
            for (int j = (int) ((long) c * n / chunks); j < (long) (c + 1) * n / chunks; j++) {
                cutCell(j, cx, cy, h, tree, previous, potential, halfWidth, poly, idx, d2, violators);
                cells.store(j, poly);
            }
        });
        return cells;
    }

    private static void cutCell(int j, double[] cx, double[] cy, double[] h, LiftedPointTree tree,
                                LaguerreCells previous, BrenierPotential potential, double halfWidth, CellPolygon poly, int[] idx,
                                double[] d2, int[] violators) {
        poly.resetToBox(halfWidth);
        int n = cx.length;
        if (n == 1) {
            return;
        }
        if (previous != null) {
            for (int k : previous.labels[j]) {
                if (k >= 0 && !poly.isEmpty()) {
                    cut(poly, j, k, cx, cy, h);
                }
            }
        } else {
            int m = tree.nearest(j, Math.min(n - 1, FIRST_K), idx, d2);
            for (int i = 0; i < m && !poly.isEmpty(); i++) {
                cut(poly, j, idx[i], cx, cy, h);
            }
        }
        double[] z = new double[2];
        for (int round = 0; round < MAX_ROUNDS && !poly.isEmpty(); round++) {
            int found = 0;
            for (int i = 0; i < poly.count() && found < violators.length; i++) {
                z[0] = poly.x(i);
                z[1] = poly.y(i);
                double own = z[0] * cx[j] + z[1] * cy[j] + h[j];
                int best = potential.cellOf(z);
                double gap = potential.plane(best, z) - own;
                double tol = 1e-12 * (1 + Math.abs(own) + Math.abs(z[0] * cx[j]) + Math.abs(z[1] * cy[j]));
                if (best != j && gap > tol) {
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
        if (!poly.isEmpty()) {
            for (int q = 0; q < n && !poly.isEmpty(); q++) {      // safety net, never reached in the tests
                if (q != j) {
                    cut(poly, j, q, cx, cy, h);
                }
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
