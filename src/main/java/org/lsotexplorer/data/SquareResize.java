package org.lsotexplorer.data;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Objects;

/**
 * Centre-crop to a square, then resize by area averaging (a box filter with fractional pixel coverage).
 *
 * <p><b>Crop.</b> For a {@code w x h} image the square has side {@code m = min(w, h)} and starts at
 * {@code ((w - m) / 2, (h - m) / 2)} (integer division: an odd margin leaves the extra column or row on the right
 * or bottom).
 *
 * <p><b>Resize.</b> Output pixel {@code o} (of {@code S}) covers the source interval
 * {@code [o * m / S, (o + 1) * m / S)}; its value is the coverage-weighted mean of the source pixels it overlaps,
 * done separably (rows, then columns) in floating point and rounded to the nearest byte. When shrinking this is the
 * area-averaging filter (no aliasing, unlike nearest neighbour); when enlarging ({@code m < S}) it reduces to
 * nearest neighbour with blended seams. Averaging is done on the stored sRGB values (no gamma linearisation).
 *
 * <p><b>Colour.</b> 8-bit grey images are replicated into R = G = B from the raster; all other types go through
 * {@link BufferedImage#getRGB}, which converts to sRGB. Alpha is ignored.
 */
public final class SquareResize {
    private SquareResize() {
    }

    /**
     * Writes the centre square of {@code img}, resized to {@code size x size}, as RGB bytes in HWC order into
     * {@code dst} from {@code offset} ({@code size * size * 3} bytes).
     *
     * @throws IllegalArgumentException when {@code size < 1}
     * @throws IndexOutOfBoundsException when {@code dst} is too short
     */
    public static void centreCropRgb(BufferedImage img, int size, byte[] dst, int offset) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, got " + size);
        }
        Objects.checkFromIndexSize(offset, size * size * 3, dst.length);
        int w = img.getWidth();
        int h = img.getHeight();
        int m = Math.min(w, h);
        float[] rgb = cropRgb(img, (w - m) / 2, (h - m) / 2, m);
        Weights wts = Weights.of(m, size);
        float[] rows = new float[m * size * 3];          // m rows x size columns
        for (int y = 0; y < m; y++) {
            for (int o = 0; o < size; o++) {
                accumulate(rgb, (y * m) * 3, 3, wts, o, rows, (y * size + o) * 3);
            }
        }
        float[] out = new float[3];
        for (int o = 0; o < size; o++) {
            for (int x = 0; x < size; x++) {
                accumulateColumn(rows, x, size, wts, o, out);
                int d = offset + (o * size + x) * 3;
                for (int c = 0; c < 3; c++) {
                    dst[d + c] = (byte) Math.max(0, Math.min(255, Math.round(out[c])));
                }
            }
        }
    }

    /** The {@code m x m} square at {@code (x0, y0)} as interleaved RGB floats 0..255. */
    private static float[] cropRgb(BufferedImage img, int x0, int y0, int m) {
        float[] rgb = new float[m * m * 3];
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            Raster r = img.getRaster();
            int[] row = new int[m];
            for (int y = 0; y < m; y++) {
                r.getSamples(x0, y0 + y, m, 1, 0, row);
                for (int x = 0; x < m; x++) {
                    int k = (y * m + x) * 3;
                    rgb[k] = row[x];
                    rgb[k + 1] = row[x];
                    rgb[k + 2] = row[x];
                }
            }
            return rgb;
        }
        int[] argb = img.getRGB(x0, y0, m, m, null, 0, m);
        for (int p = 0; p < argb.length; p++) {
            int v = argb[p];
            rgb[p * 3] = (v >> 16) & 0xFF;
            rgb[p * 3 + 1] = (v >> 8) & 0xFF;
            rgb[p * 3 + 2] = v & 0xFF;
        }
        return rgb;
    }

    /** Horizontal pass: output column {@code o} of the row starting at {@code srcRow}. */
    private static void accumulate(float[] src, int srcRow, int stride, Weights wts, int o, float[] dst, int d) {
        float r = 0;
        float g = 0;
        float b = 0;
        for (int k = wts.start[o]; k < wts.start[o + 1]; k++) {
            int s = srcRow + wts.index[k] * stride;
            float wk = wts.weight[k];
            r += wk * src[s];
            g += wk * src[s + 1];
            b += wk * src[s + 2];
        }
        dst[d] = r;
        dst[d + 1] = g;
        dst[d + 2] = b;
    }

    /** Vertical pass: output row {@code o}, column {@code x}, from the horizontally resized rows. */
    private static void accumulateColumn(float[] rows, int x, int size, Weights wts, int o, float[] out) {
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
        for (int k = wts.start[o]; k < wts.start[o + 1]; k++) {
            int s = (wts.index[k] * size + x) * 3;
            float wk = wts.weight[k];
            out[0] += wk * rows[s];
            out[1] += wk * rows[s + 1];
            out[2] += wk * rows[s + 2];
        }
    }

    /** Sparse coverage weights: output {@code o} uses entries {@code start[o] .. start[o+1]-1}; each sums to 1. */
    static final class Weights {
        final int[] start;
        final int[] index;
        final float[] weight;

        private Weights(int[] start, int[] index, float[] weight) {
            this.start = start;
            this.index = index;
            this.weight = weight;
        }

        static Weights of(int srcLength, int dstLength) {
            double scale = (double) srcLength / dstLength;
            int[] start = new int[dstLength + 1];
            int maxPer = (int) Math.ceil(scale) + 2;
            int[] index = new int[dstLength * maxPer];
            float[] weight = new float[dstLength * maxPer];
            int n = 0;
            for (int o = 0; o < dstLength; o++) {
                start[o] = n;
                double lo = o * scale;
                double hi = (o + 1) * scale;
                for (int k = (int) Math.floor(lo); k < Math.min(srcLength, (int) Math.ceil(hi)); k++) {
                    double cover = Math.min(hi, k + 1) - Math.max(lo, k);
                    if (cover > 1e-9) {
                        index[n] = k;
                        weight[n] = (float) (cover / scale);
                        n++;
                    }
                }
            }
            start[dstLength] = n;
            return new Weights(start, index, weight);
        }
    }
}
