package org.lsotexplorer.engine.images;

import org.lsotexplorer.math.ot.BrenierPotential;

/**
 * The toy view of a latent plane when d = 2 (the plane is the standardized code space itself): the source-side
 * Kantorovich potential {@code phi(z) = |z|^2/2 - u(z)} with {@code u(z) = max_j <z, y_j> + h_j} on a
 * {@code columns x rows} grid of cell centres over {@code [xMin, xMax] x [yMin, yMax]} (row 0 at {@code yMin}),
 * the boundaries between the cells {@code W_j} of the map (a node whose right or upper neighbour lies in another
 * cell; null when there are more than {@value #MAX_DRAWN_CELLS} cells, which the grid cannot resolve), and the
 * singular set (neighbouring cells whose normals meet at the angle threshold or more, method.md 3.1).
 * Plain arrays, immutable by convention.
 */
public record PlaneField(double xMin, double xMax, double yMin, double yMax, int columns, int rows,
                         double[] potential, boolean[] cellBoundaries, boolean[] singular) {
    /** Grid nodes per side. */
    static final int RESOLUTION = 120;
    /** Up to this many cells their boundaries are drawn; more would fill the grid with noise. */
    static final int MAX_DRAWN_CELLS = 200;

    /** The field of {@code u} over the box spanned by {@code clouds} with a 5% margin. */
    static PlaneField of(BrenierPotential u, double angleThreshold, double[][]... clouds) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (double[][] c : clouds) {
            for (double[] p : c) {
                x0 = Math.min(x0, p[0]);
                x1 = Math.max(x1, p[0]);
                y0 = Math.min(y0, p[1]);
                y1 = Math.max(y1, p[1]);
            }
        }
        double mx = 0.05 * Math.max(1e-6, x1 - x0);
        double my = 0.05 * Math.max(1e-6, y1 - y0);
        x0 -= mx;
        x1 += mx;
        y0 -= my;
        y1 += my;
        int n = RESOLUTION;
        double[] phi = new double[n * n];
        int[] cell = new int[n * n];
        for (int r = 0; r < n; r++) {
            double y = y0 + (r + 0.5) * (y1 - y0) / n;
            for (int c = 0; c < n; c++) {
                double[] z = {x0 + (c + 0.5) * (x1 - x0) / n, y};
                phi[r * n + c] = u.kantorovich(z);
                cell[r * n + c] = u.cellOf(z);
            }
        }
        boolean[] edges = u.codeCount() > MAX_DRAWN_CELLS ? null : new boolean[n * n];
        for (int r = 0; r < n && edges != null; r++) {
            for (int c = 0; c < n; c++) {
                int k = r * n + c;
                edges[k] = (c + 1 < n && cell[k + 1] != cell[k]) || (r + 1 < n && cell[k + n] != cell[k]);
            }
        }
        boolean[] singular = u.singularMask(x0, x1, y0, y1, n, n, angleThreshold);
        return new PlaneField(x0, x1, y0, y1, n, n, phi, edges, singular);
    }
}
