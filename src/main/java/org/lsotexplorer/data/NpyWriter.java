package org.lsotexplorer.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes little-endian float32 arrays in C order as NumPy {@code .npy} files (format 1.0; the header is padded with
 * spaces so the data starts at a multiple of 64 bytes). {@code numpy.load} reads them back exactly.
 */
public final class NpyWriter {
    private NpyWriter() {
    }

    /** Writes {@code rows} (n x d, all of length d) as float32 {@code (n, d)}; values are rounded to float. */
    public static void writeMatrix(Path file, double[][] rows) throws IOException {
        int d = rows.length == 0 ? 0 : rows[0].length;
        float[] flat = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, expected " + d);
            }
            for (int k = 0; k < d; k++) {
                flat[i * d + k] = (float) rows[i][k];
            }
        }
        write(file, new long[] {rows.length, d}, flat);
    }

    /** Writes {@code data} (C order) as a float32 array of the given shape. */
    public static void write(Path file, long[] shape, float[] data) throws IOException {
        long count = 1;
        for (long s : shape) {
            count *= s;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("shape " + NpyReader.shapeText(shape) + " needs " + count
                    + " values, got " + data.length);
        }
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + NpyReader.shapeText(shape) + ", }";
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer pre = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        pre.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        pre.putShort((short) header.length());
        ByteBuffer body = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        body.asFloatBuffer().put(data);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(pre.array());
            out.write(header.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body.array());
        }
    }
}
