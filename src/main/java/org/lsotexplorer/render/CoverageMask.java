package org.lsotexplorer.render;

import java.util.Arrays;

/**
 * Antialiased shapes as per-pixel coverage (0..255), merged by maximum and then blended onto a raster in one go.
 * Taking the maximum means the parts of one shape (an arrow's shaft and head, the segments of a contour) never
 * blend twice where they touch; {@link #flush} blends and clears only the pixels that were touched.
 *
 * <p>Coverage model: a line of width {@code w} is the band of half-width {@code w/2} around the segment; on each
 * column (or row, for steep lines) the segment touches, a pixel's coverage is the length of the band's overlap with
 * the pixel. For {@code w = 1} this is Xiaolin Wu's two-pixel antialiasing.
 * A triangle's coverage is {@code clamp(0.5 + d, 0, 1)} for the signed distance {@code d} from the pixel centre to
 * the nearest edge. All drawing is clipped to the clip rectangle.
 */
final class CoverageMask {
    private final int width;
    private final byte[] coverage; // 0..255 as unsigned bytes: a quarter of the memory traffic of an int[]
    private int[] touched = new int[1024];
    private int count;
    private int clipLeft;
    private int clipTop;
    private int clipRight;
    private int clipBottom;
    private int[] directTarget;
    private int directArgb;
    private int directWeight;

    CoverageMask(int width, int height) {
        this.width = width;
        this.coverage = new byte[width * height];
        clip(0, 0, width, height);
    }

    int width() {
        return width;
    }

    int height() {
        return coverage.length / width;
    }

    /** Restricts drawing to columns {@code [left, right)} and rows {@code [top, bottom)}. */
    void clip(int left, int top, int right, int bottom) {
        clipLeft = Math.max(0, left);
        clipTop = Math.max(0, top);
        clipRight = Math.min(width, right);
        clipBottom = Math.min(coverage.length / width, bottom);
    }

    /**
     * Until {@link #endDirect()}, shapes are blended straight onto {@code dst} in {@code argb} instead of being
     * collected; faster, for a single shape whose pixels are each covered once (a line alone).
     */
    void beginDirect(int[] dst, int argb) {
        directTarget = dst;
        directArgb = argb;
        directWeight = Blend.weight(argb);
    }

    void endDirect() {
        directTarget = null;
    }

    private void add(int x, int y, double c) {
        cover(y * width + x, c);
    }

    /** Adds coverage {@code c} (0..1) to pixel index {@code i}: max-merged, or blended at once in direct mode. */
    private void cover(int i, double c) {
        int w = c >= 1 ? 255 : (int) (c * 255 + 0.5);
        if (w <= 0) {
            return;
        }
        if (directTarget != null) {
            directTarget[i] = Blend.over(directTarget[i], directArgb, ((w + (w >>> 7)) * directWeight) >>> 8);
            return;
        }
        int old = coverage[i] & 0xFF;
        if (old == 0) {
            if (count == touched.length) {
                touched = Arrays.copyOf(touched, count * 2);
            }
            touched[count++] = i;
        }
        if (w > old) {
            coverage[i] = (byte) w;
        }
    }

    /** A segment from {@code (x0, y0)} to {@code (x1, y1)} in pixel coordinates, {@code lineWidth} px wide. */
    void line(double x0, double y0, double x1, double y1, double lineWidth) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (!(Double.isFinite(dx) && Double.isFinite(dy))) {
            return;
        }
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (dx == 0) {
                return;
            }
            if (dx < 0) {
                band(x1, y1, x0, y0, lineWidth, false);
            } else {
                band(x0, y0, x1, y1, lineWidth, false);
            }
        } else if (dy < 0) {
            band(y1, x1, y0, x0, lineWidth, true);
        } else {
            band(y0, x0, y1, x1, lineWidth, true);
        }
    }

    /**
     * Walks the major axis {@code u} from {@code u0 < u1}; {@code v} is the minor axis; swapped = u is y.
     * Every column the segment touches counts in full (the band is evaluated at the column centre, clamped to the
     * segment): the end columns of consecutive segments of a polyline then merge to full coverage instead of to the
     * larger of two partial ones, and a run of sub-pixel segments still draws a solid line. The cost is a cap of at
     * most one pixel at the ends of a polyline.
     */
    private void band(double u0, double v0, double u1, double v1, double lineWidth, boolean swapped) {
        double slope = (v1 - v0) / (u1 - u0);
        double half = 0.5 * lineWidth * Math.sqrt(1 + slope * slope);
        int uStep = swapped ? width : 1;
        int vStep = swapped ? 1 : width;
        int first = Math.max(swapped ? clipTop : clipLeft, (int) Math.floor(u0));
        int last = Math.min((swapped ? clipBottom : clipRight) - 1, (int) Math.floor(u1));
        int vMin = swapped ? clipLeft : clipTop;
        int vMax = swapped ? clipRight : clipBottom;
        for (int u = first; u <= last; u++) {
            double centre = Math.max(u0, Math.min(u1, u + 0.5));
            double vc = v0 + slope * (centre - u0);
            double lo = Math.max(vc - half, vMin);
            double hi = Math.min(vc + half, vMax);
            if (!(hi > lo)) {
                continue;
            }
            int vl = (int) lo; // lo >= vMin >= 0, so the cast floors
            int vh = (int) hi;
            int base = u * uStep;
            if (vl == vh) {
                cover(base + vl * vStep, hi - lo);
                continue;
            }
            cover(base + vl * vStep, vl + 1 - lo);
            for (int v = vl + 1; v < vh; v++) {
                cover(base + v * vStep, 1);
            }
            if (vh < vMax) {
                cover(base + vh * vStep, hi - vh);
            }
        }
    }

    /** A filled triangle with corners in pixel coordinates. */
    void triangle(double ax, double ay, double bx, double by, double cx, double cy) {
        double area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (!(Math.abs(area) > 1e-9)) {
            return;
        }
        double s = area > 0 ? 1 : -1; // orient every edge normal inwards
        // edge k runs from corner k to corner k+1; its inward unit normal is s * (-ey, ex) / |e|
        double l0 = Math.hypot(bx - ax, by - ay);
        double l1 = Math.hypot(cx - bx, cy - by);
        double l2 = Math.hypot(ax - cx, ay - cy);
        double n0x = -s * (by - ay) / l0;
        double n0y = s * (bx - ax) / l0;
        double n1x = -s * (cy - by) / l1;
        double n1y = s * (cx - bx) / l1;
        double n2x = -s * (ay - cy) / l2;
        double n2y = s * (ax - cx) / l2;
        double o0 = -(n0x * ax + n0y * ay);
        double o1 = -(n1x * bx + n1y * by);
        double o2 = -(n2x * cx + n2y * cy);
        int x0 = Math.max(clipLeft, (int) Math.floor(Math.min(ax, Math.min(bx, cx)) - 1));
        int x1 = Math.min(clipRight - 1, (int) Math.floor(Math.max(ax, Math.max(bx, cx)) + 1));
        int y0 = Math.max(clipTop, (int) Math.floor(Math.min(ay, Math.min(by, cy)) - 1));
        int y1 = Math.min(clipBottom - 1, (int) Math.floor(Math.max(ay, Math.max(by, cy)) + 1));
        for (int y = y0; y <= y1; y++) {
            double py = y + 0.5;
            // each d_k(px) = n_kx * px + c_k is linear along the row: keep the px where all three exceed -0.5
            double c0 = n0y * py + o0;
            double c1 = n1y * py + o1;
            double c2 = n2y * py + o2;
            double from = x0 + 0.5;
            double to = x1 + 0.5;
            from = Math.max(from, lowerBound(n0x, c0));
            from = Math.max(from, lowerBound(n1x, c1));
            from = Math.max(from, lowerBound(n2x, c2));
            to = Math.min(to, upperBound(n0x, c0));
            to = Math.min(to, upperBound(n1x, c1));
            to = Math.min(to, upperBound(n2x, c2));
            int first = Math.max(x0, (int) Math.ceil(from - 0.5));
            int last = Math.min(x1, (int) Math.floor(to - 0.5));
            for (int x = first; x <= last; x++) {
                double px = x + 0.5;
                double d = Math.min(n0x * px + c0, Math.min(n1x * px + c1, n2x * px + c2));
                if (d > -0.5) {
                    add(x, y, Math.min(1, d + 0.5));
                }
            }
        }
    }

    /** Smallest px with {@code n * px + c > -0.5} when n > 0 (else no bound). */
    private static double lowerBound(double n, double c) {
        return n > 0 ? (-0.5 - c) / n : n == 0 && c <= -0.5 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** Largest px with {@code n * px + c > -0.5} when n < 0 (else no bound). */
    private static double upperBound(double n, double c) {
        return n < 0 ? (-0.5 - c) / n : Double.POSITIVE_INFINITY;
    }

    /** A filled disc of radius {@code r} px centred at {@code (cx, cy)}. */
    void disc(double cx, double cy, double r) {
        int x0 = Math.max(clipLeft, (int) Math.floor(cx - r - 1));
        int x1 = Math.min(clipRight - 1, (int) Math.floor(cx + r + 1));
        int y0 = Math.max(clipTop, (int) Math.floor(cy - r - 1));
        int y1 = Math.min(clipBottom - 1, (int) Math.floor(cy + r + 1));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double c = r + 0.5 - Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                if (c > 0) {
                    add(x, y, Math.min(1, c));
                }
            }
        }
    }

    /** Blends {@code argb} (weighted by its alpha times the coverage) onto every touched pixel and clears them. */
    void flush(int[] dst, int argb) {
        int alpha = Blend.weight(argb);
        for (int k = 0; k < count; k++) {
            int i = touched[k];
            int c = coverage[i] & 0xFF;
            dst[i] = Blend.over(dst[i], argb, ((c + (c >>> 7)) * alpha) >>> 8);
            coverage[i] = 0;
        }
        count = 0;
    }

    /** Clears without drawing. */
    void discard() {
        for (int k = 0; k < count; k++) {
            coverage[touched[k]] = 0;
        }
        count = 0;
    }
}
