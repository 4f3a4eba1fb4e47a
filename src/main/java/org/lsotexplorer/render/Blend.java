package org.lsotexplorer.render;

/**
 * Source-over compositing of one colour onto an opaque destination pixel, in integer arithmetic.
 * Weights are in {@code 0..256} (256 = fully the source colour): {@code out = (dst*(256-a) + src*a) / 256} per
 * channel, computed two channels at a time (red and blue share one multiply, green gets another). The result is
 * always opaque; the destination's alpha is ignored.
 */
final class Blend {
    private Blend() {
    }

    /** {@code src} over {@code dst} with weight {@code a256} in 0..256; {@code src}'s own alpha is ignored. */
    static int over(int dst, int src, int a256) {
        int inv = 256 - a256;
        int rb = (((dst & 0xFF00FF) * inv + (src & 0xFF00FF) * a256) >>> 8) & 0xFF00FF;
        int g = (((dst & 0x00FF00) * inv + (src & 0x00FF00) * a256) >>> 8) & 0x00FF00;
        return 0xFF000000 | rb | g;
    }

    /** {@code src} over {@code dst}, weighted by {@code src}'s alpha (non-premultiplied). */
    static int over(int dst, int src) {
        int a = src >>> 24;
        if (a == 0) {
            return dst | 0xFF000000;
        }
        return over(dst, src, a + (a >>> 7));
    }

    /** The alpha of {@code argb} scaled to 0..256 (255 maps to 256). */
    static int weight(int argb) {
        int a = argb >>> 24;
        return a + (a >>> 7);
    }

    /** Packs a channel triple in 0..255 (clamped) into an opaque ARGB int. */
    static int rgb(int r, int g, int b) {
        return 0xFF000000 | clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(int c) {
        return c < 0 ? 0 : Math.min(255, c);
    }
}
