package org.lsotexplorer.engine.images;

import java.util.Collections;
import java.util.List;

/**
 * Small images ready to draw: each tile is {@code height x width x channels} floats in [0, 1], channel-last, row 0 at
 * the top (the layout of {@code render.ImageMosaic}), with an optional caption per tile (empty string = none).
 */
public record ImageTiles(List<float[]> tiles, int height, int width, int channels, List<String> captions) {
    public ImageTiles {
        tiles = List.copyOf(tiles);
        captions = captions == null ? Collections.nCopies(tiles.size(), "") : List.copyOf(captions);
        if (captions.size() != tiles.size()) {
            throw new IllegalArgumentException("need one caption per tile: " + tiles.size() + ", got "
                    + captions.size());
        }
        for (float[] t : tiles) {
            if (t.length != height * width * channels) {
                throw new IllegalArgumentException("tile must hold " + height * width * channels + " values");
            }
        }
    }

    public int count() {
        return tiles.size();
    }
}
