package org.lsotexplorer.render;

/**
 * Transport arrows: arrow {@code i} runs from data point {@code (from[2i], from[2i+1])} to
 * {@code (to[2i], to[2i+1])}, e.g. from a probe sample {@code z} to its image {@code T(z)}. Each arrow is an
 * antialiased shaft of {@code widthPx} pixels with a filled triangular head of length {@code headPx} at the
 * {@code to} end (shortened for arrows shorter than 2.5 heads). Arrows are blended one by one, so overlaps of
 * semi-transparent arrows show density; the shaft stops at the head's base, so an arrow hardly overlaps itself.
 *
 * <p>The arrays are used as given, not copied. Pairs with a non-finite coordinate are skipped, arrows shorter than
 * half a pixel are not drawn. Failure behaviour: arrays of different or odd length, a width outside
 * {@code [0.5, 10]} px or a head outside {@code [0, 60]} px throw {@link IllegalArgumentException}.
 */
public record ArrowLayer(String label, float[] from, float[] to, int argb, float widthPx, float headPx)
        implements PlaneLayer {

    /** Default shaft width in pixels. */
    public static final float DEFAULT_WIDTH_PX = 1.25f;
    /** Default head length in pixels. */
    public static final float DEFAULT_HEAD_PX = 7f;

    /** Validates the layer. */
    public ArrowLayer {
        label = label == null ? "" : label;
        if (from == null || to == null || from.length != to.length || from.length % 2 != 0) {
            throw new IllegalArgumentException("from and to must be interleaved x, y arrays of equal length, got "
                    + (from == null ? "null" : from.length) + " and " + (to == null ? "null" : to.length));
        }
        if (!(widthPx >= 0.5f && widthPx <= 10f)) {
            throw new IllegalArgumentException("arrow width must be in [0.5, 10] px, got " + widthPx);
        }
        if (!(headPx >= 0f && headPx <= 60f)) {
            throw new IllegalArgumentException("arrow head must be in [0, 60] px, got " + headPx);
        }
    }

    /** Arrows with the default shaft width and head size. */
    public ArrowLayer(String label, float[] from, float[] to, int argb) {
        this(label, from, to, argb, DEFAULT_WIDTH_PX, DEFAULT_HEAD_PX);
    }

    /** The number of arrows. */
    public int size() {
        return from.length / 2;
    }
}
