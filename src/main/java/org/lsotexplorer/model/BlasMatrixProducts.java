package org.lsotexplorer.model;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.lsotexplorer.math.ot.MatrixProducts;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link MatrixProducts} through ND4J's single-precision BLAS gemm: {@code C = P Y^T} into a score block that is
 * allocated once per bound thread and read back in place (no copy). Each {@link #bind} holds its own arrays, so
 * two threads can multiply at the same time (with ND4J's one BLAS thread each, see {@link Nd4jRuntime}).
 */
public final class BlasMatrixProducts implements MatrixProducts {
    @Override
    public Bound bind(float[] codes, int n, int dim) {
        Nd4jRuntime.init();
        if (codes.length < n * dim) {
            throw new IllegalArgumentException(codes.length + " floats for " + n + " codes of dimension " + dim);
        }
        INDArray y = Nd4j.create(codes, new long[] {n, dim}, 'c');
        return new Bound() {
            private INDArray scores;

            @Override
            public FloatBuffer times(float[] points, int rows) {
                float[] p = points.length == rows * dim ? points : java.util.Arrays.copyOf(points, rows * dim);
                INDArray a = Nd4j.create(p, new long[] {rows, dim}, 'c');
                if (scores == null || scores.rows() != rows) {
                    scores = Nd4j.create(DataType.FLOAT, new long[] {rows, n}, 'c');
                }
                Nd4j.gemm(a, y, scores, false, true, 1.0, 0.0);
                return scores.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
            }
        };
    }
}
