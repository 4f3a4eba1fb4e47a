package org.lsotexplorer.render;

/**
 * An antialiased straight line blended straight into an opaque pixel array: the fast path for shapes whose pixels
 * are each covered once (an arrow shaft). Same coverage model as {@link CoverageMask#line}: on each column (for
 * mostly horizontal lines, rows otherwise) the line is the band {@code [vc - h, vc + h]} around its centre
 * {@code vc}, with {@code h = (width / 2) * sqrt(1 + slope^2)}; a pixel's weight is its overlap with the band times
 * the part of the column the segment spans, times the colour's alpha, in 1/256 steps. Clipped to a rectangle.
 */
final class DirectStroke {
    private DirectStroke() {
    }

    /**
     * Draws {@code (x0, y0) -> (x1, y1)} (pixel coordinates) in {@code argb} into {@code dst}, a raster
     * {@code stride} pixels wide, clipped to columns {@code [left, right)} and rows {@code [top, bottom)}.
     */
    static void line(int[] dst, int stride, int left, int top, int right, int bottom, double x0, double y0,
            double x1, double y1, double lineWidth, int argb) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (!(Double.isFinite(dx) && Double.isFinite(dy)) || (dx == 0 && dy == 0)) {
            return;
        }
        int alpha = Blend.weight(argb);
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (dx < 0) {
                walk(dst, 1, stride, left, right, top, bottom, x1, y1, x0, y0, lineWidth, argb, alpha);
            } else {
                walk(dst, 1, stride, left, right, top, bottom, x0, y0, x1, y1, lineWidth, argb, alpha);
            }
        } else if (dy < 0) {
            walk(dst, stride, 1, top, bottom, left, right, y1, x1, y0, x0, lineWidth, argb, alpha);
        } else {
            walk(dst, stride, 1, top, bottom, left, right, y0, x0, y1, x1, lineWidth, argb, alpha);
        }
    }

    /**
     * Steps the major axis {@code u} ({@code u0 < u1}, clipped to {@code [uMin, uMax)}); a pixel's index is
     * {@code u * uStep + v * vStep}. The two end columns (partly spanned) are done in floating point, the columns
     * between them in 16.16 fixed point with the band edges in 1/256 pixel steps.
     */
    private static void walk(int[] dst, int uStep, int vStep, int uMin, int uMax, int vMin, int vMax,
            double u0, double v0, double u1, double v1, double lineWidth, int argb, int alpha) {
        double slope = (v1 - v0) / (u1 - u0);
        double half = 0.5 * lineWidth * Math.sqrt(1 + slope * slope);
        int firstColumn = (int) Math.floor(u0);
        int lastColumn = (int) Math.floor(u1);
        int first = Math.max(uMin, firstColumn);
        int last = Math.min(uMax - 1, lastColumn);
        if (first > last) {
            return;
        }
        if (first == firstColumn || first == lastColumn) {
            endColumn(dst, uStep, vStep, vMin, vMax, first, u0, v0, u1, slope, half, argb, alpha);
        }
        if (last != first && last == lastColumn) {
            endColumn(dst, uStep, vStep, vMin, vMax, last, u0, v0, u1, slope, half, argb, alpha);
        }
        int from = first == firstColumn ? first + 1 : first;
        int to = last == lastColumn ? last - 1 : last;
        if (from > to) {
            return;
        }
        long half256 = Math.round(half * 256);
        int slope16 = (int) Math.round(slope * 65536);
        long vc16 = Math.round((v0 + slope * (from + 0.5 - u0)) * 65536);
        long vMin256 = vMin * 256L;
        long vMax256 = vMax * 256L;
        for (int u = from; u <= to; u++, vc16 += slope16) {
            long vc256 = vc16 >> 8;
            long lo = Math.max(vc256 - half256, vMin256);
            long hi = Math.min(vc256 + half256, vMax256);
            if (lo >= hi) {
                continue;
            }
            int vl = (int) (lo >> 8);
            int vh = (int) (hi >> 8);
            int base = u * uStep;
            if (vl == vh) {
                blend(dst, base + vl * vStep, argb, (int) (hi - lo) * alpha >>> 8);
                continue;
            }
            blend(dst, base + vl * vStep, argb, (256 - (int) (lo & 255)) * alpha >>> 8);
            for (int v = vl + 1; v < vh; v++) {
                int i = base + v * vStep;
                dst[i] = Blend.over(dst[i], argb, alpha);
            }
            if (vh < vMax) {
                blend(dst, base + vh * vStep, argb, (int) (hi & 255) * alpha >>> 8);
            }
        }
    }

    /** One partly spanned end column: weights scaled by the share of the column the segment covers. */
    private static void endColumn(int[] dst, int uStep, int vStep, int vMin, int vMax, int u, double u0, double v0,
            double u1, double slope, double half, int argb, int alpha) {
        double a = Math.max(u, u0);
        double b = Math.min(u + 1, u1);
        double span = b - a;
        if (!(span > 0)) {
            return;
        }
        double vc = v0 + slope * (0.5 * (a + b) - u0);
        double lo = Math.max(vc - half, vMin);
        double hi = Math.min(vc + half, vMax);
        if (!(hi > lo)) {
            return;
        }
        double weight = span * alpha;
        int vl = (int) lo;
        int vh = (int) hi; // lo, hi >= vMin >= 0, so the casts floor
        int base = u * uStep;
        if (vl == vh) {
            blend(dst, base + vl * vStep, argb, (int) ((hi - lo) * weight + 0.5));
            return;
        }
        blend(dst, base + vl * vStep, argb, (int) ((vl + 1 - lo) * weight + 0.5));
        for (int v = vl + 1; v < vh; v++) {
            blend(dst, base + v * vStep, argb, (int) (weight + 0.5));
        }
        if (vh < vMax) {
            blend(dst, base + vh * vStep, argb, (int) ((hi - vh) * weight + 0.5));
        }
    }

    private static void blend(int[] dst, int i, int argb, int weight) {
        if (weight > 0) {
            dst[i] = Blend.over(dst[i], argb, weight);
        }
    }
}
