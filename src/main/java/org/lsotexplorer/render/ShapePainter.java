package org.lsotexplorer.render;

/**
 * Draws the vector layers of a plane figure into the pixel array, clipped to the plot area: contour segments (one
 * coverage pass per level, so segment joints never double-blend), transport arrows (blended directly; the shaft
 * ends where the head's base begins, so arrows stack with each other but barely overlap themselves) and cell masks (filled pixel rectangles whose edges are rounded the same way on both sides, so
 * neighbouring cells meet without seams or overlaps).
 */
final class ShapePainter {
    private CoverageMask mask;

    private CoverageMask maskFor(PlotLayout layout) {
        if (mask == null || mask.width() != layout.widthPx() || mask.height() != layout.heightPx()) {
            mask = new CoverageMask(layout.widthPx(), layout.heightPx());
        }
        mask.clip(layout.plotLeft(), layout.plotTop(), layout.plotLeft() + layout.plotWidth(),
                layout.plotTop() + layout.plotHeight());
        return mask;
    }

    /** Contour lines: {@code segments[k]} holds level {@code k}'s segments in data coordinates. */
    void contours(int[] dst, PlotLayout layout, float[][] segments, int[] colours, double widthPx) {
        CoverageMask m = maskFor(layout);
        for (int k = 0; k < segments.length; k++) {
            float[] s = segments[k];
            for (int i = 0; i + 3 < s.length; i += 4) {
                m.line(layout.toPixelX(s[i]), layout.toPixelY(s[i + 1]), layout.toPixelX(s[i + 2]),
                        layout.toPixelY(s[i + 3]), widthPx);
            }
            m.flush(dst, colours[k]);
        }
    }

    void arrows(int[] dst, PlotLayout layout, ArrowLayer layer) {
        CoverageMask m = maskFor(layout);
        float[] from = layer.from();
        float[] to = layer.to();
        double width = layer.widthPx();
        double headLength = layer.headPx();
        double left = layout.plotLeft() - headLength;
        double right = layout.plotLeft() + layout.plotWidth() + headLength;
        double top = layout.plotTop() - headLength;
        double bottom = layout.plotTop() + layout.plotHeight() + headLength;
        m.beginDirect(dst, layer.argb()); // shaft and head meet edge to edge, so each pixel is drawn about once
        for (int i = 0; i + 1 < from.length; i += 2) {
            double x0 = layout.toPixelX(from[i]);
            double y0 = layout.toPixelY(from[i + 1]);
            double x1 = layout.toPixelX(to[i]);
            double y1 = layout.toPixelY(to[i + 1]);
            if (Math.max(x0, x1) < left || Math.min(x0, x1) > right || Math.max(y0, y1) < top
                    || Math.min(y0, y1) > bottom) {
                continue; // wholly outside; also skips NaN
            }
            double dx = x1 - x0;
            double dy = y1 - y0;
            double length = Math.hypot(dx, dy);
            if (!(length >= 0.5)) {
                continue;
            }
            double head = Math.min(headLength, length / 2.5);
            double ux = dx / length;
            double uy = dy / length;
            double bx = x1 - ux * head;
            double by = y1 - uy * head;
            double halfBase = Math.max(0.45 * head, width);
            DirectStroke.line(dst, layout.widthPx(), layout.plotLeft(), layout.plotTop(),
                    layout.plotLeft() + layout.plotWidth(), layout.plotTop() + layout.plotHeight(), x0, y0, bx, by,
                    width, layer.argb());
            if (head > 0) {
                m.triangle(x1, y1, bx - uy * halfBase, by + ux * halfBase, bx + uy * halfBase, by - ux * halfBase);
            }
        }
        m.endDirect();
    }

    void mask(int[] dst, PlotLayout layout, MaskLayer layer) {
        Viewport a = layer.area();
        int cols = layer.columns();
        int rows = layer.rows();
        boolean[] cells = layer.cells();
        int left = layout.plotLeft();
        int top = layout.plotTop();
        int right = left + layout.plotWidth();
        int bottom = top + layout.plotHeight();
        int w = layout.widthPx();
        int weight = Blend.weight(layer.argb());
        int[] xEdge = new int[cols + 1];
        for (int c = 0; c <= cols; c++) {
            xEdge[c] = clampRound(layout.toPixelX(a.xMin() + c * a.width() / cols), left, right);
        }
        for (int r = 0; r < rows; r++) {
            int yTop = clampRound(layout.toPixelY(a.yMin() + (r + 1) * a.height() / rows), top, bottom);
            int yBottom = clampRound(layout.toPixelY(a.yMin() + r * a.height() / rows), top, bottom);
            for (int c = 0; c < cols; c++) {
                if (!cells[r * cols + c]) {
                    continue;
                }
                for (int y = yTop; y < yBottom; y++) {
                    for (int x = xEdge[c]; x < xEdge[c + 1]; x++) {
                        dst[y * w + x] = Blend.over(dst[y * w + x], layer.argb(), weight);
                    }
                }
            }
        }
    }

    private static int clampRound(double p, int lo, int hi) {
        if (!(p > lo)) {
            return lo;
        }
        return p >= hi ? hi : (int) Math.round(p);
    }
}
