package org.lsotexplorer.ui.plane;

import org.lsotexplorer.engine.GridValues;
import org.lsotexplorer.engine.PlaneBounds;

/**
 * Looks a field up at any point of its grid: bilinear between cell centres (the value the heatmap shows there),
 * clamped to the outermost centres near the edge; NaN outside the grid's bounds or for a missing grid.
 */
public final class PotentialProbe {
    private PotentialProbe() {
    }

    /** The grid's value at data point {@code (x, y)}. */
    public static double valueAt(GridValues g, double x, double y) {
        if (g == null) {
            return Double.NaN;
        }
        PlaneBounds b = g.bounds();
        if (!(x >= b.xMin() && x <= b.xMax() && y >= b.yMin() && y <= b.yMax())) {
            return Double.NaN;
        }
        double fx = (x - b.xMin()) / (b.xMax() - b.xMin()) * g.columns() - 0.5;
        double fy = (y - b.yMin()) / (b.yMax() - b.yMin()) * g.rows() - 0.5;
        fx = Math.max(0, Math.min(g.columns() - 1, fx));
        fy = Math.max(0, Math.min(g.rows() - 1, fy));
        int c0 = (int) Math.floor(fx);
        int r0 = (int) Math.floor(fy);
        int c1 = Math.min(c0 + 1, g.columns() - 1);
        int r1 = Math.min(r0 + 1, g.rows() - 1);
        double tx = fx - c0;
        double ty = fy - r0;
        double[] v = g.values();
        int w = g.columns();
        double bottom = v[r0 * w + c0] * (1 - tx) + v[r0 * w + c1] * tx;
        double top = v[r1 * w + c0] * (1 - tx) + v[r1 * w + c1] * tx;
        return bottom * (1 - ty) + top * ty;
    }
}
