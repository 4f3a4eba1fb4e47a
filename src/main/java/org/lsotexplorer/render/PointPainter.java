package org.lsotexplorer.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws {@link PointLayer}s by stamping precomputed antialiased discs ({@link PointStamp}) straight into the pixel
 * array, clipped to the plot area. Stamps are cached per style; the cache is owned by one renderer (one thread).
 */
final class PointPainter {
    private final List<PointStamp> stamps = new ArrayList<>();

    void paint(int[] dst, PlotLayout layout, PointLayer layer) {
        PointStamp stamp = stampFor(layer, layout.widthPx());
        Viewport v = layout.viewport();
        double sx = layout.plotWidth() / v.width();
        double sy = layout.plotHeight() / v.height();
        double ox = layout.plotLeft() - v.xMin() * sx;
        double oy = layout.plotTop() + v.yMax() * sy;
        int left = layout.plotLeft();
        int top = layout.plotTop();
        int right = left + layout.plotWidth();
        int bottom = top + layout.plotHeight();
        int reach = stamp.reach;
        int w = layout.widthPx();
        int rgb = layer.argb();
        int outlineRgb = layer.outlineArgb();
        boolean outlined = outlineRgb != 0;
        float[] xy = layer.xy();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double px = ox + xy[i] * sx;
            double py = oy - xy[i + 1] * sy;
            if (!(px > left - reach && px < right + reach && py > top - reach && py < bottom + reach)) {
                continue; // also skips NaN
            }
            int ix = (int) Math.floor(px);
            int iy = (int) Math.floor(py);
            int k = Math.min(PointStamp.SUB - 1, (int) ((py - iy) * PointStamp.SUB)) * PointStamp.SUB
                    + Math.min(PointStamp.SUB - 1, (int) ((px - ix) * PointStamp.SUB));
            int[] off = stamp.offsets[k];
            int[] fill = stamp.fill[k];
            int base = iy * w + ix;
            boolean inside = ix - reach >= left && ix + reach < right && iy - reach >= top && iy + reach < bottom;
            if (inside && !outlined) {
                for (int j = 0; j < off.length; j++) {
                    int p = base + off[j];
                    dst[p] = Blend.over(dst[p], rgb, fill[j]);
                }
            } else {
                int[] dxs = stamp.dxs[k];
                int[] dys = stamp.dys[k];
                int[] ring = stamp.outline[k];
                for (int j = 0; j < off.length; j++) {
                    int x = ix + dxs[j];
                    int y = iy + dys[j];
                    if (x < left || x >= right || y < top || y >= bottom) {
                        continue;
                    }
                    int p = base + off[j];
                    int c = fill[j] == 0 ? dst[p] : Blend.over(dst[p], rgb, fill[j]);
                    dst[p] = ring[j] == 0 ? c : Blend.over(c, outlineRgb, ring[j]);
                }
            }
        }
    }

    private PointStamp stampFor(PointLayer layer, int rasterWidth) {
        for (PointStamp s : stamps) {
            if (s.matches(layer.radiusPx(), layer.argb(), layer.outlineArgb(), rasterWidth)) {
                return s;
            }
        }
        PointStamp s = new PointStamp(layer.radiusPx(), layer.argb(), layer.outlineArgb(), rasterWidth);
        if (stamps.size() >= 16) {
            stamps.remove(0);
        }
        stamps.add(s);
        return s;
    }
}
