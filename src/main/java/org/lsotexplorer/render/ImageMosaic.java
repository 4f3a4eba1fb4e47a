package org.lsotexplorer.render;

import java.util.Arrays;
import java.util.List;

/**
 * A grid of small images, e.g. decoded samples: {@code k} tiles of {@code tileHeight x tileWidth} pixels with
 * {@code channels} = 1 (grey) or 3 (RGB), each a {@code float[]} in row-major, channel-last order
 * ({@code image[(y * tileWidth + x) * channels + ch]}, row 0 at the top, as image files store it) with values in
 * [0, 1]. Tiles are laid out left to right, top to bottom, {@code columns} per row (default
 * {@code ceil(sqrt(k))}), each enlarged {@code scale} times by pixel repetition, with a {@value #GUTTER_PX} px gutter
 * between tiles and around the grid.
 *
 * <p>Optional per-tile markers: with a marker array, every tile gets a {@value #FRAME_PX} px frame around it in its
 * marker colour (0 = no frame for that tile), outside the image so no image pixel is hidden.
 * Values are clamped to [0, 1] and rounded to 8 bits; NaN pixels are drawn magenta, a colour no grey image has, so a
 * broken decoder is obvious. An empty tile list gives a blank raster of one empty cell.
 *
 * <p>Instances are immutable; the {@code with...} methods return changed copies. The tile arrays are used as given.
 * Failure behaviour: a tile of the wrong length, channels other than 1 or 3, a non-positive size, columns or
 * scale, or a marker array of the wrong length throw {@link IllegalArgumentException}.
 */
public final class ImageMosaic {
    /** Space between tiles and around the grid, in pixels. */
    public static final int GUTTER_PX = 2;
    /** Width of a marker frame, in pixels. */
    public static final int FRAME_PX = 2;
    /** Colour of NaN pixels. */
    public static final int NAN_ARGB = 0xFFFF00FF;

    private final List<float[]> tiles;
    private final int tileHeight;
    private final int tileWidth;
    private final int channels;
    private final int columns;
    private final int scale;
    private final int[] markers;
    private final int backgroundArgb;

    private ImageMosaic(List<float[]> tiles, int tileHeight, int tileWidth, int channels, int columns, int scale,
            int[] markers, int backgroundArgb) {
        if (tileHeight < 1 || tileWidth < 1) {
            throw new IllegalArgumentException("tile size must be positive, got " + tileHeight + "x" + tileWidth);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 (grey) or 3 (RGB), got " + channels);
        }
        if (columns < 1 || scale < 1 || scale > 64) {
            throw new IllegalArgumentException("columns must be >= 1 and scale in 1..64, got " + columns + ", " + scale);
        }
        for (int i = 0; i < tiles.size(); i++) {
            float[] t = tiles.get(i);
            if (t == null || t.length != tileHeight * tileWidth * channels) {
                throw new IllegalArgumentException("tile " + i + " must hold " + tileHeight * tileWidth * channels
                        + " values (h*w*c), got " + (t == null ? "null" : t.length));
            }
        }
        if (markers != null && markers.length != tiles.size()) {
            throw new IllegalArgumentException("need one marker per tile: " + tiles.size() + ", got " + markers.length);
        }
        this.tiles = tiles;
        this.tileHeight = tileHeight;
        this.tileWidth = tileWidth;
        this.channels = channels;
        this.columns = columns;
        this.scale = scale;
        this.markers = markers;
        this.backgroundArgb = backgroundArgb | 0xFF000000;
    }

    /** A mosaic of the given tiles with default columns, scale 1, no markers, white background. */
    public static ImageMosaic of(List<float[]> tiles, int tileHeight, int tileWidth, int channels) {
        List<float[]> copy = List.copyOf(tiles);
        int cols = Math.max(1, (int) Math.ceil(Math.sqrt(copy.size())));
        return new ImageMosaic(copy, tileHeight, tileWidth, channels, cols, 1, null, 0xFFFFFFFF);
    }

    public ImageMosaic withColumns(int columns) {
        return new ImageMosaic(tiles, tileHeight, tileWidth, channels, columns, scale, markers, backgroundArgb);
    }

    /** Each image pixel becomes a {@code scale x scale} block. */
    public ImageMosaic withScale(int scale) {
        return new ImageMosaic(tiles, tileHeight, tileWidth, channels, columns, scale, markers, backgroundArgb);
    }

    /** One frame colour per tile (0 = none); null removes the frames. The array is copied. */
    public ImageMosaic withMarkers(int[] markers) {
        return new ImageMosaic(tiles, tileHeight, tileWidth, channels, columns, scale,
                markers == null ? null : markers.clone(), backgroundArgb);
    }

    public ImageMosaic withBackground(int argb) {
        return new ImageMosaic(tiles, tileHeight, tileWidth, channels, columns, scale, markers, argb);
    }

    public int columns() {
        return columns;
    }

    /** Number of tile rows: {@code ceil(k / columns)}, at least 1. */
    public int rows() {
        return Math.max(1, (tiles.size() + columns - 1) / columns);
    }

    private int frame() {
        return markers == null ? 0 : FRAME_PX;
    }

    private int cellWidth() {
        return tileWidth * scale + 2 * frame();
    }

    private int cellHeight() {
        return tileHeight * scale + 2 * frame();
    }

    /** Width of the rendered raster: gutters plus cells. */
    public int widthPx() {
        int cols = Math.min(columns, Math.max(1, tiles.size()));
        return GUTTER_PX + cols * (cellWidth() + GUTTER_PX);
    }

    public int heightPx() {
        return GUTTER_PX + rows() * (cellHeight() + GUTTER_PX);
    }

    /** Column of the first image pixel of tile {@code i}. */
    public int tileX(int i) {
        return GUTTER_PX + (i % columns) * (cellWidth() + GUTTER_PX) + frame();
    }

    /** Row of the first image pixel of tile {@code i}. */
    public int tileY(int i) {
        return GUTTER_PX + (i / columns) * (cellHeight() + GUTTER_PX) + frame();
    }

    public Raster render() {
        Raster raster = new Raster(widthPx(), heightPx());
        raster.fill(backgroundArgb);
        int[] dst = raster.argb();
        int w = raster.width();
        for (int i = 0; i < tiles.size(); i++) {
            int x0 = tileX(i);
            int y0 = tileY(i);
            if (markers != null && markers[i] != 0) {
                int f = FRAME_PX;
                fillRect(dst, w, x0 - f, y0 - f, tileWidth * scale + 2 * f, tileHeight * scale + 2 * f, markers[i]);
            }
            float[] img = tiles.get(i);
            for (int y = 0; y < tileHeight; y++) {
                for (int x = 0; x < tileWidth; x++) {
                    int p = (y * tileWidth + x) * channels;
                    int argb = channels == 1 ? grey(img[p]) : rgb(img[p], img[p + 1], img[p + 2]);
                    fillRect(dst, w, x0 + x * scale, y0 + y * scale, scale, scale, argb);
                }
            }
        }
        return raster;
    }

    private static void fillRect(int[] dst, int stride, int x, int y, int w, int h, int argb) {
        for (int j = y; j < y + h; j++) {
            Arrays.fill(dst, j * stride + x, j * stride + x + w, argb | 0xFF000000);
        }
    }

    private static int grey(float v) {
        if (v != v) {
            return NAN_ARGB;
        }
        int g = to8(v);
        return 0xFF000000 | g << 16 | g << 8 | g;
    }

    private static int rgb(float r, float g, float b) {
        if (r != r || g != g || b != b) {
            return NAN_ARGB;
        }
        return 0xFF000000 | to8(r) << 16 | to8(g) << 8 | to8(b);
    }

    /** {@code round(255 * clamp(v, 0, 1))}. */
    static int to8(float v) {
        return v <= 0 ? 0 : v >= 1 ? 255 : (int) (v * 255 + 0.5f);
    }
}
