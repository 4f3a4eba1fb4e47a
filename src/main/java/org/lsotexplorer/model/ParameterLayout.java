package org.lsotexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Where each layer's weights and biases live inside one flat vector of length {@code P}: the blocks
 * {@code W_1, b_1, W_2, b_2, ..., W_L, b_L} in that order, each {@code W_l} ({@code n_{l-1} x n_l}) row-major.
 * Parameters, gradients and the Adam moments all share this layout, so whole-network updates are single
 * elementwise operations on the flat vector.
 */
final class ParameterLayout {
    private ParameterLayout() {
    }

    /** Element count, checked to fit a Java array. */
    static int count(MlpOptions options) {
        long p = options.parameterCount();
        if (p > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("network has " + p + " parameters; at most " + (Integer.MAX_VALUE - 8)
                    + " are supported");
        }
        return (int) p;
    }

    /** Views {@code W_l} (index 1..L; index 0 unused) into {@code flat}, shape {@code n_{l-1} x n_l}. */
    static INDArray[] weightViews(MlpOptions options, INDArray flat) {
        int[] n = options.widths();
        INDArray[] views = new INDArray[n.length];
        long offset = 0;
        for (int l = 1; l < n.length; l++) {
            long size = (long) n[l - 1] * n[l];
            views[l] = flat.get(NDArrayIndex.interval(offset, offset + size)).reshape('c', n[l - 1], n[l]);
            offset += size + n[l];
        }
        return views;
    }

    /** Views {@code b_l} (index 1..L; index 0 unused) into {@code flat}, shape {@code 1 x n_l}. */
    static INDArray[] biasViews(MlpOptions options, INDArray flat) {
        int[] n = options.widths();
        INDArray[] views = new INDArray[n.length];
        long offset = 0;
        for (int l = 1; l < n.length; l++) {
            offset += (long) n[l - 1] * n[l];
            views[l] = flat.get(NDArrayIndex.interval(offset, offset + n[l])).reshape('c', 1, n[l]);
            offset += n[l];
        }
        return views;
    }
}
