package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageMosaicTest {
    /** A 3 x 4 grey tile whose pixel (x, y) is (x + 4y) / 11 times {@code level}. */
    private static float[] ramp(float level) {
        float[] t = new float[12];
        for (int i = 0; i < 12; i++) {
            t[i] = level * i / 11f;
        }
        return t;
    }

    @Test
    void tilesAreLaidOutRowByRowWithGutters() {
        List<float[]> tiles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tiles.add(ramp(1f));
        }
        ImageMosaic m = ImageMosaic.of(tiles, 3, 4, 1).withColumns(2).withScale(2);
        assertEquals(2, m.columns());
        assertEquals(3, m.rows());
        assertEquals(2 + 2 * (8 + 2), m.widthPx());
        assertEquals(2 + 3 * (6 + 2), m.heightPx());
        assertEquals(12, m.tileX(3));
        assertEquals(10, m.tileY(3));
        assertEquals(2, m.tileX(4));
        assertEquals(18, m.tileY(4));
        Raster r = m.render();
        assertEquals(m.widthPx(), r.width());
        // tile 3, image pixel (x = 2, y = 1) -> value 6/11, drawn as a 2 x 2 block
        int g = ImageMosaic.to8(6 / 11f);
        int expected = 0xFF000000 | g << 16 | g << 8 | g;
        for (int dy = 0; dy < 2; dy++) {
            for (int dx = 0; dx < 2; dx++) {
                assertEquals(Pixels.hex(expected), Pixels.hex(r.get(12 + 2 * 2 + dx, 10 + 2 + dy)));
            }
        }
        assertEquals(0xFFFFFFFF, r.get(0, 0), "outer gutter");
        assertEquals(0xFFFFFFFF, r.get(10, 5), "gutter between columns");
        assertEquals(0xFFFFFFFF, r.get(14, 18), "empty sixth cell");
    }

    @Test
    void rgbChannelsAreInterleavedAndClamped() {
        float[] rgb = {1f, 0f, 0f, 0f, 1f, 0f, 0f, 0f, 2f, -1f, 0.5f, Float.NaN};
        Raster r = ImageMosaic.of(List.of(rgb), 2, 2, 3).render();
        assertEquals(0xFFFF0000, r.get(2, 2), "top-left is red");
        assertEquals(0xFF00FF00, r.get(3, 2), "top-right is green");
        assertEquals(0xFF0000FF, r.get(2, 3), "bottom-left: blue clamped from 2");
        assertEquals(ImageMosaic.NAN_ARGB, r.get(3, 3), "a NaN channel is magenta");
    }

    @Test
    void markersFrameTheirTilesOutsideTheImage() {
        List<float[]> tiles = List.of(ramp(0f), ramp(0f), ramp(0f));
        ImageMosaic m = ImageMosaic.of(tiles, 3, 4, 1).withColumns(3).withMarkers(new int[] {0xFFFF0000, 0, 0xFF00FF00});
        Raster r = m.render();
        assertEquals(4, m.tileX(0), "gutter plus frame");
        assertEquals(0xFFFF0000, r.get(m.tileX(0) - 1, m.tileY(0)), "red frame left of tile 0");
        assertEquals(0xFFFF0000, r.get(m.tileX(0) + 4, m.tileY(0) + 3), "red frame at the far corner of tile 0");
        assertEquals(0xFF000000, r.get(m.tileX(0), m.tileY(0)), "the image itself is untouched");
        assertEquals(0xFFFFFFFF, r.get(m.tileX(1) - 1, m.tileY(1)), "tile 1 has no marker");
        assertEquals(0xFF00FF00, r.get(m.tileX(2) - 2, m.tileY(2) - 2), "green frame of tile 2");
    }

    @Test
    void emptyListGivesABlankRaster() {
        Raster r = ImageMosaic.of(List.of(), 28, 28, 1).render();
        assertEquals(32, r.width());
        assertEquals(0xFFFFFFFF, r.get(15, 15));
    }

    @Test
    void rejectsMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> ImageMosaic.of(List.of(new float[5]), 3, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> ImageMosaic.of(List.of(new float[24]), 3, 4, 2));
        assertThrows(IllegalArgumentException.class,
                () -> ImageMosaic.of(List.of(new float[12]), 3, 4, 1).withMarkers(new int[2]));
        assertThrows(IllegalArgumentException.class, () -> ImageMosaic.of(List.of(new float[12]), 3, 4, 1).withColumns(0));
    }
}
