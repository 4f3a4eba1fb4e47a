package org.lsotexplorer.engine;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between row-major {@code double[][]} point clouds and ND4J matrices (engine-internal). */
public final class NdArrays {
    private NdArrays() {
    }

    /** A float32 matrix with one row per point. */
    public static INDArray matrix(double[][] rows) {
        int n = rows.length;
        int d = rows[0].length;
        float[] flat = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                flat[i * d + k] = (float) rows[i][k];
            }
        }
        return Nd4j.create(flat, new long[] {n, d}, 'c');
    }

    /** A float32 column vector. */
    public static INDArray column(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return Nd4j.create(f, new long[] {f.length, 1}, 'c');
    }

    /** Rows of a 2-D array as doubles. */
    public static double[][] rows(INDArray m) {
        INDArray d = m.dataType() == DataType.DOUBLE ? m : m.castTo(DataType.DOUBLE);
        return d.toDoubleMatrix();
    }

    /** All entries of an array, flattened in row-major order, as doubles. */
    public static double[] flat(INDArray m) {
        INDArray d = m.dataType() == DataType.DOUBLE ? m : m.castTo(DataType.DOUBLE);
        return d.dup('c').data().asDouble();
    }

    /** Rows picked by index (a mini-batch of codes). */
    public static double[][] pick(double[][] rows, int[] index) {
        double[][] out = new double[index.length][];
        for (int i = 0; i < index.length; i++) {
            out[i] = rows[index[i]];
        }
        return out;
    }
}
