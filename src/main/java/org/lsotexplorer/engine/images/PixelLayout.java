package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.ImageDataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the data set's bytes (channel-last, HWC) and the models' rows (channel-first, CHW) and back to
 * drawable channel-last tiles. All floats are in [0, 1].
 */
final class PixelLayout {
    private PixelLayout() {
    }

    /** Image {@code i} of {@code data} as a CHW row in [0, 1]. */
    static float[] chwRow(ImageDataset data, int i) {
        int h = data.height();
        int w = data.width();
        int c = data.channels();
        byte[] hwc = data.imageBytes(i);
        float[] out = new float[hwc.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int ch = 0; ch < c; ch++) {
                    out[(ch * h + y) * w + x] = (hwc[(y * w + x) * c + ch] & 0xFF) / 255f;
                }
            }
        }
        return out;
    }

    /** The images at {@code indices} as CHW rows. */
    static float[][] chwRows(ImageDataset data, int[] indices) {
        float[][] out = new float[indices.length][];
        for (int k = 0; k < indices.length; k++) {
            out[k] = chwRow(data, indices[k]);
        }
        return out;
    }

    /** Images {@code from..to-1} as CHW rows. */
    static float[][] chwRows(ImageDataset data, int from, int to) {
        float[][] out = new float[to - from][];
        for (int k = from; k < to; k++) {
            out[k - from] = chwRow(data, k);
        }
        return out;
    }

    /** A CHW row as a channel-last tile. */
    static float[] hwcTile(float[] chw, int channels, int size) {
        float[] out = new float[chw.length];
        for (int ch = 0; ch < channels; ch++) {
            for (int p = 0; p < size * size; p++) {
                out[p * channels + ch] = chw[ch * size * size + p];
            }
        }
        return out;
    }

    /** CHW rows as drawable tiles. */
    static ImageTiles tiles(float[][] chwRows, int channels, int size, List<String> captions) {
        return tiles(chwRows, channels, size, size, captions);
    }

    /** CHW rows of {@code height x width} images as drawable tiles. */
    static ImageTiles tiles(float[][] chwRows, int channels, int height, int width, List<String> captions) {
        List<float[]> t = new ArrayList<>(chwRows.length);
        int plane = height * width;
        for (float[] r : chwRows) {
            float[] out = new float[r.length];
            for (int ch = 0; ch < channels; ch++) {
                for (int p = 0; p < plane; p++) {
                    out[p * channels + ch] = r[ch * plane + p];
                }
            }
            t.add(out);
        }
        return new ImageTiles(t, height, width, channels, captions);
    }
}
