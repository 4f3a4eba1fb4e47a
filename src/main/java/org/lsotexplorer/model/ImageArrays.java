package org.lsotexplorer.model;

import java.util.Arrays;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Shape checks, conversions and chunked inference shared by the image models. */
final class ImageArrays {
    /** Rows per forward chunk in inference: bounds memory independently of {@code n}. */
    static final int CHUNK_ROWS = 512;

    private ImageArrays() {
    }

    /**
     * Images as {@code [n, c, s, s]} in the model's type: accepts that shape or {@code [n, c*s*s]} rows (CHW order).
     *
     * @throws IllegalArgumentException for another shape, {@code n = 0}, or (when {@code unitRange}) a value outside
     *                                  {@code [0, 1]} or NaN
     */
    static INDArray nchw(INDArray images, int c, int s, DataType type, boolean unitRange) {
        if (images == null) {
            throw new IllegalArgumentException("images must not be null");
        }
        long[] shape = images.shape();
        INDArray x;
        if (images.rank() == 4 && shape[1] == c && shape[2] == s && shape[3] == s && shape[0] >= 1) {
            x = images;
        } else if (images.rank() == 2 && shape[1] == (long) c * s * s && shape[0] >= 1) {
            x = images.reshape('c', shape[0], c, s, s);
        } else {
            throw new IllegalArgumentException("images must be [n, " + c + ", " + s + ", " + s + "] or [n, " + (c * s * s)
                    + "] with n >= 1, got " + Arrays.toString(shape));
        }
        x = x.dataType() == type ? x : x.castTo(type);
        if (unitRange) {
            double min = x.minNumber().doubleValue();
            double max = x.maxNumber().doubleValue();
            if (!(min >= 0 && max <= 1)) {
                throw new IllegalArgumentException("pixel values must lie in [0, 1], got range [" + min + ", " + max
                        + "]");
            }
        }
        return x;
    }

    /** Rows of CHW floats ({@code float[n][c*s*s]}) as {@code [n, c, s, s]}. */
    static INDArray fromRows(float[][] rows, int c, int s, DataType type) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("need at least one image");
        }
        int size = c * s * s;
        float[] flat = new float[rows.length * size];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != size) {
                throw new IllegalArgumentException("image " + i + " must have " + size + " values");
            }
            System.arraycopy(rows[i], 0, flat, i * size, size);
        }
        return Nd4j.createFromArray(flat).castTo(type).reshape('c', rows.length, c, s, s);
    }

    /** A rank-2 {@code [n, d]} array in the model's type, or {@link IllegalArgumentException}. */
    static INDArray matrix(INDArray z, int d, DataType type, String name) {
        if (z == null || z.rank() != 2 || z.columns() != d || z.rows() < 1) {
            throw new IllegalArgumentException(name + " must be [n, " + d + "] with n >= 1, got "
                    + (z == null ? "null" : Arrays.toString(z.shape())));
        }
        return z.dataType() == type ? z : z.castTo(type);
    }

    /** Runs {@code output} of {@code graph} on {@code input} fed to {@code placeholder}, {@value #CHUNK_ROWS} rows at a time. */
    static INDArray chunked(GraphModel graph, String placeholder, INDArray input, String output) {
        long n = input.size(0);
        if (n <= CHUNK_ROWS) {
            return graph.output(Map.of(placeholder, input), output).get(output);
        }
        INDArray result = null;
        for (long start = 0; start < n; start += CHUNK_ROWS) {
            long end = Math.min(n, start + CHUNK_ROWS);
            INDArray part = graph.output(Map.of(placeholder, rows(input, start, end).dup('c')), output).get(output);
            if (result == null) {
                long[] shape = part.shape().clone();
                shape[0] = n;
                result = Nd4j.create(part.dataType(), shape);
            }
            rows(result, start, end).assign(part);
        }
        return result;
    }

    static INDArray rows(INDArray a, long start, long end) {
        org.nd4j.linalg.indexing.INDArrayIndex[] idx = new org.nd4j.linalg.indexing.INDArrayIndex[a.rank()];
        idx[0] = NDArrayIndex.interval(start, end);
        for (int i = 1; i < idx.length; i++) {
            idx[i] = NDArrayIndex.all();
        }
        return a.get(idx);
    }
}
