package org.lsotexplorer.render;

import java.util.Arrays;

/**
 * Precomputed antialiased discs for one marker style, so drawing a point is a table walk: for each of
 * {@code SUB x SUB} sub-pixel positions of the centre, the list of covered pixels (as offsets in a raster of a given
 * width) and their blend weights (0..256, the colour's alpha times the covered area). Coverage of a pixel at distance
 * {@code d} from the centre is approximated by {@code clamp(r + 0.5 - d, 0, 1)}. With an outline colour, the outer
 * one-pixel ring gets the outline weight and the inside the fill weight.
 */
final class PointStamp {
    static final int SUB = 4;

    final float radius;
    final int fillArgb;
    final int outlineArgb;
    final int rasterWidth;
    /** Pixels the stamp may reach on either side of the centre pixel. */
    final int reach;
    final int[][] offsets = new int[SUB * SUB][];
    final int[][] dxs = new int[SUB * SUB][];
    final int[][] dys = new int[SUB * SUB][];
    final int[][] fill = new int[SUB * SUB][];
    final int[][] outline = new int[SUB * SUB][];

    PointStamp(float radius, int fillArgb, int outlineArgb, int rasterWidth) {
        this.radius = radius;
        this.fillArgb = fillArgb;
        this.outlineArgb = outlineArgb;
        this.rasterWidth = rasterWidth;
        this.reach = (int) Math.ceil(radius) + 1;
        int side = 2 * reach + 1;
        int fillAlpha = Blend.weight(fillArgb);
        int lineAlpha = Blend.weight(outlineArgb);
        double inner = outlineArgb == 0 ? radius : Math.max(0, radius - 1);
        for (int sy = 0; sy < SUB; sy++) {
            for (int sx = 0; sx < SUB; sx++) {
                double cx = (sx + 0.5) / SUB;
                double cy = (sy + 0.5) / SUB;
                int[] off = new int[side * side];
                int[] ddx = new int[side * side];
                int[] ddy = new int[side * side];
                int[] wf = new int[side * side];
                int[] wo = new int[side * side];
                int n = 0;
                for (int dy = -reach; dy <= reach; dy++) {
                    for (int dx = -reach; dx <= reach; dx++) {
                        double d = Math.hypot(dx + 0.5 - cx, dy + 0.5 - cy);
                        double all = clamp(radius + 0.5 - d);
                        double in = clamp(inner + 0.5 - d);
                        int f = (int) Math.round(in * fillAlpha);
                        int o = (int) Math.round((all - in) * lineAlpha);
                        if (f > 0 || o > 0) {
                            off[n] = dy * rasterWidth + dx;
                            ddx[n] = dx;
                            ddy[n] = dy;
                            wf[n] = f;
                            wo[n] = o;
                            n++;
                        }
                    }
                }
                int k = sy * SUB + sx;
                offsets[k] = Arrays.copyOf(off, n);
                dxs[k] = Arrays.copyOf(ddx, n);
                dys[k] = Arrays.copyOf(ddy, n);
                fill[k] = Arrays.copyOf(wf, n);
                outline[k] = Arrays.copyOf(wo, n);
            }
        }
    }

    private static double clamp(double c) {
        return c < 0 ? 0 : Math.min(1, c);
    }

    boolean matches(float r, int fillColour, int outlineColour, int width) {
        return r == radius && fillColour == fillArgb && outlineColour == outlineArgb && width == rasterWidth;
    }
}
