package org.lsotexplorer.data;

import java.util.Locale;

/**
 * How an image array's axes are ordered: {@code n x H x W} (grey), {@code n x C x H x W} (channels first, PyTorch) or
 * {@code n x H x W x C} (channels last). {@link #AUTO} infers it from the shape only when that is unambiguous.
 */
public enum ImageLayout {
    AUTO, NHW, NCHW, NHWC;

    /** Parses {@code auto}, {@code nhw}, {@code nchw} or {@code nhwc} (any case). */
    public static ImageLayout parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown image layout '" + s + "' (expected auto, nhw, nchw or nhwc)");
        }
    }

    /** The layout of a shape of rank 3 or 4, or {@link #AUTO} when it cannot be told (both axes could be C). */
    static ImageLayout infer(long[] shape) {
        if (shape.length == 3) {
            return NHW;
        }
        if (shape.length != 4) {
            return AUTO;
        }
        boolean first = isChannelCount(shape[1]);
        boolean last = isChannelCount(shape[3]);
        if (first && !last) {
            return NCHW;
        }
        if (last && !first) {
            return NHWC;
        }
        return AUTO;
    }

    static boolean isChannelCount(long c) {
        return c == 1 || c == 3;
    }
}
