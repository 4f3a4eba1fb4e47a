package org.lsotexplorer.render;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * A rectangle of pixels, one packed {@code int} per pixel in non-premultiplied ARGB order
 * ({@code 0xAARRGGBB}), stored row by row from the top-left corner: pixel {@code (x, y)} is
 * {@code argb()[y * width + x]}, x to the right, y downwards (screen convention).
 *
 * <p>The pixel array is shared, never copied: {@link #argb()} and {@link #toBufferedImage()} give live views of the
 * same memory, so the GUI can hand it to a {@code PixelWriter} and the CLI to {@link PngWriter} without copies.
 * A raster is not thread-safe; one thread writes it at a time.
 *
 * <p>Failure behaviour: sizes below 1 or above 16,384 px, or an array of the wrong length, throw
 * {@link IllegalArgumentException}; {@link #get} and {@link #set} throw {@link IndexOutOfBoundsException}
 * outside the raster.
 */
public final class Raster {
    /** Largest accepted width or height in pixels. */
    public static final int MAX_SIDE = 16_384;

    private final int width;
    private final int height;
    private final int[] argb;

    /** A transparent raster ({@code 0x00000000} everywhere) of the given size. */
    public Raster(int width, int height) {
        this(width, height, new int[checkedArea(width, height)]);
    }

    /** Wraps an existing ARGB array of length {@code width * height} (not copied). */
    public Raster(int width, int height, int[] argb) {
        int area = checkedArea(width, height);
        if (argb == null || argb.length != area) {
            throw new IllegalArgumentException("pixel array must hold width*height = " + area + " values, got "
                    + (argb == null ? "null" : argb.length));
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    private static int checkedArea(int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("raster size must be 1.." + MAX_SIDE + " px per side, got "
                    + width + "x" + height);
        }
        return width * height;
    }

    /** Copies any image into a new raster (converting to ARGB). */
    public static Raster copyOf(BufferedImage image) {
        Raster r = new Raster(image.getWidth(), image.getHeight());
        image.getRGB(0, 0, r.width, r.height, r.argb, 0, r.width);
        return r;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The live pixel array (row-major, top row first). */
    public int[] argb() {
        return argb;
    }

    /** The pixel at column {@code x}, row {@code y} (row 0 at the top). */
    public int get(int x, int y) {
        return argb[index(x, y)];
    }

    /** Overwrites the pixel at column {@code x}, row {@code y} (no blending). */
    public void set(int x, int y, int value) {
        argb[index(x, y)] = value;
    }

    private int index(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") outside " + width + "x" + height);
        }
        return y * width + x;
    }

    /** Sets every pixel to {@code value}. */
    public void fill(int value) {
        Arrays.fill(argb, value);
    }

    /** True when every pixel has alpha 255. */
    public boolean isOpaque() {
        for (int p : argb) {
            if ((p >>> 24) != 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** A {@link BufferedImage#TYPE_INT_ARGB} image that shares this raster's pixel array. */
    public BufferedImage toBufferedImage() {
        return wrap((DirectColorModel) ColorModel.getRGBdefault(),
                new int[] {0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000});
    }

    /** A {@link BufferedImage#TYPE_INT_RGB} view of the same array (alpha ignored); used to write opaque PNGs. */
    BufferedImage toOpaqueBufferedImage() {
        return wrap(new DirectColorModel(24, 0x00FF0000, 0x0000FF00, 0x000000FF),
                new int[] {0x00FF0000, 0x0000FF00, 0x000000FF});
    }

    private BufferedImage wrap(DirectColorModel model, int[] masks) {
        DataBufferInt buffer = new DataBufferInt(argb, argb.length);
        WritableRaster raster = java.awt.image.Raster.createPackedRaster(buffer, width, height, width, masks, null);
        return new BufferedImage(model, raster, false, null);
    }
}
