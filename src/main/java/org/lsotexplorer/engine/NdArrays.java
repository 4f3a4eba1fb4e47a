package org.lsotexplorer.engine;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.lsotexplorer.model.Mlp;
import org.lsotexplorer.model.NativeMemory;

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
        double[][] out = d.toDoubleMatrix();
        NativeMemory.closeCopy(d, m);
        return out;
    }

    /** All entries of an array, flattened in row-major order, as doubles. */
    public static double[] flat(INDArray m) {
        INDArray d = m.dataType() == DataType.DOUBLE ? m : m.castTo(DataType.DOUBLE);
        INDArray c = d.dup('c');
        double[] out = c.data().asDouble();
        NativeMemory.close(c);
        NativeMemory.closeCopy(d, m);
        return out;
    }

    /** {@code f(x_i)} of a scalar network for every row, every ND4J buffer of the call freed before it returns. */
    public static double[] values(Mlp network, double[][] rows) {
        INDArray x = matrix(rows);
        INDArray f = network.forward(x);
        double[] out = flat(f);
        NativeMemory.close(x, f);
        return out;
    }

    /** {@code grad f(x_i)} of a scalar network for every row, every ND4J buffer of the call freed. */
    public static double[][] inputGradients(Mlp network, double[][] rows) {
        INDArray x = matrix(rows);
        INDArray g = network.inputGradient(x);
        double[][] out = rows(g);
        NativeMemory.close(x, g);
        return out;
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
