package org.lsotexplorer.render;

/**
 * Paints a {@link CellLayer}: each convex polygon is filled by scanlines (a pixel is inside when its centre is),
 * blended over what is below, then its edges are drawn one pixel wide. Clipped to the plot area.
 */
final class CellPainter {
    private CellPainter() {
    }

    static void paint(int[] dst, PlotLayout layout, CellLayer layer) {
        int left = layout.plotLeft();
        int top = layout.plotTop();
        int right = left + layout.plotWidth();
        int bottom = top + layout.plotHeight();
        int stride = layout.widthPx();
        for (int k = 0; k < layer.polygons().length; k++) {
            float[] p = layer.polygons()[k];
            if (p.length < 6) {
                continue;
            }
            double[] px = new double[p.length / 2];
            double[] py = new double[p.length / 2];
            for (int i = 0; i < px.length; i++) {
                px[i] = layout.toPixelX(p[2 * i]);
                py[i] = layout.toPixelY(p[2 * i + 1]);
            }
            fill(dst, stride, left, top, right, bottom, px, py, layer.fills()[k]);
            for (int i = 0; i < px.length; i++) {
                int j = (i + 1) % px.length;
                DirectStroke.line(dst, stride, left, top, right, bottom, px[i], py[i], px[j], py[j], 1.0,
                        layer.argb());
            }
        }
    }

    /** Fills the convex polygon: for each pixel row, the span between the polygon's crossings of the row centre. */
    private static void fill(int[] dst, int stride, int left, int top, int right, int bottom, double[] x, double[] y,
                             int argb) {
        int weight = Blend.weight(argb);
        if (weight == 0) {
            return;
        }
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        int r0 = Math.max(top, (int) Math.ceil(yMin - 0.5));
        int r1 = Math.min(bottom - 1, (int) Math.floor(yMax - 0.5));
        for (int r = r0; r <= r1; r++) {
            double yc = r + 0.5;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                int j = (i + 1) % x.length;
                double ya = y[i];
                double yb = y[j];
                if (ya == yb || yc < Math.min(ya, yb) || yc > Math.max(ya, yb)) {
                    continue;
                }
                double xc = x[i] + (yc - ya) * (x[j] - x[i]) / (yb - ya);
                lo = Math.min(lo, xc);
                hi = Math.max(hi, xc);
            }
            int c0 = Math.max(left, (int) Math.ceil(lo - 0.5));
            int c1 = Math.min(right - 1, (int) Math.floor(hi - 0.5));
            int row = r * stride;
            for (int c = c0; c <= c1; c++) {
                dst[row + c] = Blend.over(dst[row + c], argb, weight);
            }
        }
    }
}
