package org.lsotexplorer.render;

/**
 * A scatter of round markers: point {@code i} is at data {@code (xy[2i], xy[2i+1])}, drawn as an antialiased disc
 * of radius {@code radiusPx} pixels in {@code argb} (its alpha is the opacity of each disc, so dense regions get
 * darker). An {@code outlineArgb} other than 0 adds a one-pixel ring in that colour, which keeps markers visible on
 * any background.
 *
 * <p>The coordinate array is used as given, not copied: it is snapshot data and must not change after the layer is
 * built. Points with a NaN or infinite coordinate are skipped; points outside the viewport are clipped.
 * Failure behaviour: an odd-length array, or a radius outside {@code [0.5, 50]} px, throws
 * {@link IllegalArgumentException}.
 */
public record PointLayer(String label, float[] xy, int argb, float radiusPx, int outlineArgb) implements PlaneLayer {

    /** Validates the layer. */
    public PointLayer {
        label = label == null ? "" : label;
        if (xy == null || xy.length % 2 != 0) {
            throw new IllegalArgumentException("xy must hold interleaved x, y pairs, got length "
                    + (xy == null ? "null" : xy.length));
        }
        if (!(radiusPx >= 0.5f && radiusPx <= 50f)) {
            throw new IllegalArgumentException("point radius must be in [0.5, 50] px, got " + radiusPx);
        }
    }

    /** Filled discs without outline. */
    public PointLayer(String label, float[] xy, int argb, float radiusPx) {
        this(label, xy, argb, radiusPx, 0);
    }

    /** The number of points. */
    public int size() {
        return xy.length / 2;
    }
}
