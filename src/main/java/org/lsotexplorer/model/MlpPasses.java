package org.lsotexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The two passes of reverse-mode differentiation of an {@link Mlp}, written on caller-owned buffers so that the
 * losses can reuse them from step to step. Notation: {@code a_0 = x}, {@code p_l = a_{l-1} W_l + b_l},
 * {@code a_l = sigma_l(p_l)}, rows are samples.
 */
final class MlpPasses {
    private MlpPasses() {
    }

    /** {@code c = op(a) op(b) + beta c} by one BLAS call into {@code c} (which must be contiguous). */
    static void gemm(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB, double beta) {
        Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, beta);
    }

    /** {@code into = 1^T g + beta into}: the column sums of {@code g}; {@code ones} is a {@code 1 x rows(g)} row of ones. */
    static void columnSums(INDArray ones, INDArray g, INDArray into, double beta) {
        gemm(ones, g, into, false, false, beta);
    }

    /** With {@code act[0]} set, fills {@code pre[l]} and {@code act[l]} for {@code l = 1..L}. */
    static void forward(Mlp net, INDArray[] pre, INDArray[] act) {
        int layers = net.layerCount();
        for (int l = 1; l <= layers; l++) {
            gemm(act[l - 1], net.weightView(l), pre[l], false, false, 0.0);
            pre[l].addiRowVector(net.biasView(l));
            net.options().activation(l).valueInto(pre[l], act[l]);
        }
    }

    /**
     * Back-propagation. On entry {@code delta[L] = dLoss/da_L}; it is turned into {@code dLoss/dp_L}. Then for
     * {@code l = L..1}: {@code dW_l = a_{l-1}^T delta_l + beta dW_l}, {@code db_l = 1^T delta_l + beta db_l} (skipped
     * when {@code grads} is null) and, for {@code l > 1}, {@code delta_{l-1} = (delta_l W_l^T) . sigma'(p_{l-1})}
     * with {@code deriv[l-1]} as scratch. If {@code delta[0]} is non-null it receives {@code delta_1 W_1^T}, the
     * gradient with respect to the input rows.
     */
    static void backward(Mlp net, INDArray[] pre, INDArray[] act, INDArray[] delta, INDArray[] deriv,
                         MlpGradients grads, double beta, INDArray ones) {
        int layers = net.layerCount();
        multiplyByDerivative(net.options().outputActivation(), pre[layers], delta[layers], deriv[layers]);
        for (int l = layers; l >= 1; l--) {
            if (grads != null) {
                gemm(act[l - 1], delta[l], grads.weightView(l), true, false, beta);
                columnSums(ones, delta[l], grads.biasView(l), beta);
            }
            if (l > 1) {
                gemm(delta[l], net.weightView(l), delta[l - 1], false, true, 0.0);
                multiplyByDerivative(net.options().hiddenActivation(), pre[l - 1], delta[l - 1], deriv[l - 1]);
            } else if (delta[0] != null) {
                gemm(delta[1], net.weightView(1), delta[0], false, true, 0.0);
            }
        }
    }

    /** {@code g = g . sigma'(p)}, using {@code scratch} for {@code sigma'(p)}; a no-op for the identity. */
    static void multiplyByDerivative(Activation sigma, INDArray p, INDArray g, INDArray scratch) {
        if (sigma == Activation.IDENTITY) {
            return;
        }
        sigma.derivativeInto(p, scratch);
        g.muli(scratch);
    }
}
