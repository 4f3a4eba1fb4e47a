package org.lsotexplorer.math.ot;

import java.nio.FloatBuffer;

/**
 * Single-precision matrix products {@code P Y^T} of a block of points {@code P} (rows x dim) with a fixed code
 * matrix {@code Y} (n x dim), for {@link BlockedCellSearch}. An implementation may use any summation order (BLAS
 * gemm, fused multiply-add): the caller only relies on the usual float error bound
 * {@code |fl(<p,y>) - <p,y>| <= gamma_dim sum_k |p_k y_k|}.
 */
public interface MatrixProducts {
    /**
     * Binds the code matrix. The result is used by one thread only; bind once per thread.
     *
     * @param codes n*dim floats, row-major
     */
    Bound bind(float[] codes, int n, int dim);

    /** Products against one bound code matrix. */
    interface Bound {
        /**
         * @param points rows*dim floats, row-major (only the first {@code rows*dim} are read)
         * @return rows*n products, row-major ({@code get(r*n + j) = <p_r, y_j>}), valid until the next call
         */
        FloatBuffer times(float[] points, int rows);
    }
}
