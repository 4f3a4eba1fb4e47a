package org.lsotexplorer.math.ot;

import java.util.stream.IntStream;

/**
 * The geometry of the Laguerre (power) cells {@code W_j = { z : <z,y_j> + h_j >= <z,y_k> + h_k for all k }} of
 * codes in the plane, clipped to a square {@code [-L, L]^2}.
 * <p>
 * Each cell starts as the square and is cut by the half-planes {@code <z, y_k - y_j> <= h_j - h_k} of its likely
 * neighbours, nearest first. Neighbours come from a {@link LiftedPointTree} over the lifted points
 * {@code p_j = (y_j, sqrt(W - w_j))}, {@code w_j = |y_j|^2 + 2 h_j}, {@code W = max w}: since
 * {@code |z - y_j|^2 - w_j = |(z,0) - p_j|^2 - W}, a cell is the plane section of the 3-D Voronoi cell of
 * {@code p_j}, and once every vertex lies within {@code R} of {@code p_j} no point further than {@code 2R} can cut it
 * (the security radius). Cells still open after 256 neighbours (the unbounded ones at the hull, cut only by the
 * box) are finished against all codes. Expected cost {@code O(n log n)}; collinear codes, empty cells and cells
 * reduced to the box are handled the same way. Codes must be distinct (checked by {@link LaguerreDiagram}).
 * Immutable; built on up to 8 parallel chunks of cells, with the same result for any schedule.
 */
final class LaguerreCells {
    private static final int FIRST_K = 12;
    private static final int SCAN_AFTER = 256;

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
    static LaguerreCells build(double[] cx, double[] cy, double[] h, double halfWidth) {
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
        LiftedPointTree tree = n > 1 ? new LiftedPointTree(lifted, n) : null;
        int chunks = n >= 512 ? 8 : 1;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            CellPolygon poly = new CellPolygon();
            int[] idx = new int[Math.min(n, SCAN_AFTER * 2)];
            double[] d2 = new double[idx.length];
            for (int j = (int) ((long) c * n / chunks); j < (long) (c + 1) * n / chunks; j++) {
                cutCell(j, cx, cy, h, lifted, tree, halfWidth, poly, idx, d2);
                cells.store(j, poly);
            }
        });
        return cells;
    }

    private static void cutCell(int j, double[] cx, double[] cy, double[] h, double[] lifted, LiftedPointTree tree,
                                double halfWidth, CellPolygon poly, int[] idx, double[] d2) {
        poly.resetToBox(halfWidth);
        int n = cx.length;
        if (n == 1) {
            return;
        }
        int done = 0;
        int k = Math.min(n - 1, FIRST_K);
        while (true) {
            int m = tree.nearest(j, k, idx, d2);
            for (int i = done; i < m && !poly.isEmpty(); i++) {
                cut(poly, j, idx[i], cx, cy, h);
            }
            done = m;
            if (poly.isEmpty() || m == n - 1) {
                return;
            }
            double r2 = poly.maxSquaredDistance(lifted[3 * j], lifted[3 * j + 1], lifted[3 * j + 2]);
            if (d2[m - 1] > 4 * r2 * (1 + 1e-9)) {
                return;
            }
            if (2 * k > SCAN_AFTER) {
                for (int q = 0; q < n && !poly.isEmpty(); q++) {
                    if (q != j) {
                        cut(poly, j, q, cx, cy, h);
                    }
                }
                return;
            }
            k = Math.min(n - 1, 2 * k);
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
