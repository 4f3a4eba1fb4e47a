package org.lsotexplorer.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A compact, immutable set of equally sized images, stored as unsigned bytes (0 = black, 255 = full intensity).
 *
 * <p><b>Layout.</b> All pixels live in one {@code byte[]} of length {@code count * height * width * channels}.
 * Image {@code i} starts at {@code i * imageSize()}; inside an image the order is HWC (row-major, channels
 * interleaved): the byte of pixel {@code (y, x)}, channel {@code c} is at
 * {@code i * imageSize() + (y * width + x) * channels + c}. {@code y} counts rows from the top, {@code x} columns
 * from the left. Channels are 1 (grey) or 3 (R, G, B in that order).
 *
 * <p><b>Labels.</b> Optional: one unsigned byte per image (MNIST digits 0..9), or none ({@link #hasLabels()} is
 * false). Face folders carry no labels.
 *
 * <p><b>Ownership.</b> The public factory {@link #of} copies its arrays, so the caller may reuse them. Loaders in
 * this package hand over freshly allocated arrays without a copy (package-private {@link #wrap}), because a copy of
 * a 47 MB MNIST array would double the peak memory. No accessor exposes the internal arrays.
 *
 * <p><b>Failure behaviour.</b> Construction throws {@link IllegalArgumentException} for non-positive sizes, a
 * channel count other than 1 or 3, or arrays whose length does not match the dimensions. Accessors throw
 * {@link IndexOutOfBoundsException} for an index outside the stated range.
 */
public final class ImageDataset {
    private final String name;
    private final int count;
    private final int height;
    private final int width;
    private final int channels;
    private final byte[] pixels;
    private final byte[] labels;
    private volatile String contentDigest;

    private ImageDataset(String name, int count, int height, int width, int channels, byte[] pixels,
            byte[] labels) {
        this.name = Objects.requireNonNull(name, "name");
        if (count < 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("need count >= 0 and positive height and width, got " + count
                    + " x " + height + " x " + width);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 (grey) or 3 (RGB), got " + channels);
        }
        long expected = (long) count * height * width * channels;
        if (pixels.length != expected) {
            throw new IllegalArgumentException("pixel array has " + pixels.length + " bytes, expected " + expected
                    + " = " + count + " x " + height + " x " + width + " x " + channels);
        }
        if (labels != null && labels.length != count) {
            throw new IllegalArgumentException("label array has " + labels.length + " entries for " + count
                    + " images");
        }
        this.count = count;
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.pixels = pixels;
        this.labels = labels;
    }

    /**
     * A dataset holding copies of {@code pixels} (HWC, images one after the other) and {@code labels}.
     *
     * @param labels one byte per image, or {@code null} for an unlabelled set
     */
    public static ImageDataset of(String name, int count, int height, int width, int channels, byte[] pixels,
            byte[] labels) {
        return new ImageDataset(name, count, height, width, channels, pixels.clone(),
                labels == null ? null : labels.clone());
    }

    /** Takes ownership of the arrays without copying; callers must not touch them afterwards. */
    static ImageDataset wrap(String name, int count, int height, int width, int channels, byte[] pixels,
            byte[] labels) {
        return new ImageDataset(name, count, height, width, channels, pixels, labels);
    }

    /** Human-readable name, e.g. {@code MNIST train} or the folder name of a face set. */
    public String name() {
        return name;
    }

    /** Number of images, {@code >= 0}. */
    public int count() {
        return count;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** 1 (grey) or 3 (RGB). */
    public int channels() {
        return channels;
    }

    /** Bytes per image: {@code height * width * channels}. */
    public int imageSize() {
        return height * width * channels;
    }

    public boolean hasLabels() {
        return labels != null;
    }

    /**
     * The label of image {@code i}, 0..255 (0..9 for MNIST).
     *
     * @throws IllegalStateException if the set has no labels
     */
    public int label(int i) {
        if (labels == null) {
            throw new IllegalStateException(name + " has no labels");
        }
        return labels[Objects.checkIndex(i, count)] & 0xFF;
    }

    /** A copy of the labels, or {@code null} for an unlabelled set. */
    public byte[] labels() {
        return labels == null ? null : labels.clone();
    }

    /** The value 0..255 of image {@code i}, row {@code y}, column {@code x}, channel {@code c}. */
    public int pixel(int i, int y, int x, int c) {
        Objects.checkIndex(i, count);
        Objects.checkIndex(y, height);
        Objects.checkIndex(x, width);
        Objects.checkIndex(c, channels);
        return pixels[offset(i) + (y * width + x) * channels + c] & 0xFF;
    }

    /** A copy of image {@code i}'s bytes in HWC order. */
    public byte[] imageBytes(int i) {
        int from = offset(Objects.checkIndex(i, count));
        return Arrays.copyOfRange(pixels, from, from + imageSize());
    }

    /** Image {@code i} as floats in [0, 1] ({@code byte / 255}), HWC order, length {@link #imageSize()}. */
    public float[] imageAsFloats(int i) {
        float[] out = new float[imageSize()];
        copyAsFloats(i, out, 0);
        return out;
    }

    /**
     * Writes image {@code i} as floats in [0, 1], HWC order, into {@code dst} from {@code dstOffset}; lets a
     * training loop fill a batch without allocating.
     */
    public void copyAsFloats(int i, float[] dst, int dstOffset) {
        int from = offset(Objects.checkIndex(i, count));
        int n = imageSize();
        Objects.checkFromIndexSize(dstOffset, n, dst.length);
        for (int k = 0; k < n; k++) {
            dst[dstOffset + k] = (pixels[from + k] & 0xFF) * (1f / 255f);
        }
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive) as a new dataset with copied arrays. */
    public ImageDataset subset(int from, int to) {
        Objects.checkFromToIndex(from, to, count);
        byte[] p = Arrays.copyOfRange(pixels, offset(from), offset(to));
        byte[] l = labels == null ? null : Arrays.copyOfRange(labels, from, to);
        return new ImageDataset(name + " [" + from + ", " + to + ")", to - from, height, width, channels, p, l);
    }

    /** The same images under another name (shares nothing mutable; the arrays are immutable). */
    public ImageDataset withName(String newName) {
        return new ImageDataset(newName, count, height, width, channels, pixels, labels);
    }

    /** Bytes held in arrays: pixels plus labels (the object headers, some 100 bytes, are not counted). */
    /**
     * SHA-256 (hex) of the shape, pixels and labels: what trained models are keyed by, so another set of images under
     * the same name and size never reuses them. Computed once (about 0.2 s for MNIST's training set).
     */
    public String contentDigest() {
        String d = contentDigest;
        if (d == null) {
            java.security.MessageDigest md = DatasetCache.sha256();
            md.update(java.nio.ByteBuffer.allocate(16).putInt(count).putInt(height).putInt(width).putInt(channels)
                    .array());
            md.update(pixels);
            if (labels != null) {
                md.update(labels);
            }
            d = java.util.HexFormat.of().formatHex(md.digest());
            contentDigest = d;
        }
        return d;
    }

    public long sizeBytes() {
        return (long) pixels.length + (labels == null ? 0 : labels.length);
    }

    /** Direct access for the cache writer in this package; never exposed. */
    byte[] pixelArray() {
        return pixels;
    }

    /** Direct access for the cache writer in this package; may be {@code null}. */
    byte[] labelArray() {
        return labels;
    }

    private int offset(int i) {
        return i * imageSize();
    }

    /** Equal when name, dimensions, pixels and labels are all equal. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ImageDataset)) {
            return false;
        }
        ImageDataset d = (ImageDataset) o;
        return count == d.count && height == d.height && width == d.width && channels == d.channels
                && name.equals(d.name) && Arrays.equals(pixels, d.pixels) && Arrays.equals(labels, d.labels);
    }

    /** Hashes the name and dimensions only, so that hashing never walks megabytes of pixels. */
    @Override
    public int hashCode() {
        return Objects.hash(name, count, height, width, channels, labels != null);
    }

    @Override
    public String toString() {
        return name + ": " + count + " x " + height + " x " + width + " x " + channels
                + (labels == null ? "" : " with labels") + " (" + sizeBytes() + " bytes)";
    }
}
