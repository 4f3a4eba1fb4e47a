package org.lsotexplorer.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes .npy files byte by byte for tests, including broken ones (any descr, Fortran order, short data). */
public final class NpyFiles {
    private NpyFiles() {
    }

    /** A v1 file with the given header fields and raw element bytes. */
    public static Path write(Path file, String descr, boolean fortran, String shape, byte[] data) {
        return write(file, 1, descr, fortran, shape, data);
    }

    public static Path write(Path file, int version, String descr, boolean fortran, String shape, byte[] data) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': "
                + shape + ", }";
        int pre = version == 1 ? 10 : 12;
        int pad = (64 - (pre + dict.length() + 1) % 64) % 64;
        byte[] header = (dict + " ".repeat(pad) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(pre + header.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
        if (version == 1) {
            b.putShort((short) header.length);
        } else {
            b.putInt(header.length);
        }
        b.put(header).put(data);
        try {
            Files.write(file, b.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** float64 little-endian bytes of the rows, C order. */
    public static byte[] float64(double[][] rows) {
        ByteBuffer b = ByteBuffer.allocate(8 * rows.length * rows[0].length).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] r : rows) {
            for (double v : r) {
                b.putDouble(v);
            }
        }
        return b.array();
    }

    /** float32 little-endian bytes. */
    public static byte[] float32(float... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    /** int64 little-endian bytes. */
    public static byte[] int64(long... values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            b.putLong(v);
        }
        return b.array();
    }

    /** Codes float64 (n, d). */
    public static Path codes(Path file, double[][] rows) {
        return write(file, "<f8", false, "(" + rows.length + ", " + rows[0].length + ")", float64(rows));
    }

    /** Labels int64 (n,). */
    public static Path labels(Path file, long... labels) {
        return write(file, "<i8", false, "(" + labels.length + ",)", int64(labels));
    }

    /** Seeded clustered codes: n rows of dimension d around {@code clusters} centres 4 apart. */
    public static double[][] clusteredCodes(int n, int d, int clusters, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            int c = i % clusters;
            for (int k = 0; k < d; k++) {
                z[i][k] = (k == c % d ? 4.0 * (1 + c / d) : 0) + 0.3 * r.nextGaussian() + 1.5;
            }
        }
        return z;
    }
}
