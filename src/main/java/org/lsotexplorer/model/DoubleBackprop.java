package org.lsotexplorer.model;

import static org.lsotexplorer.model.MlpPasses.columnSums;
import static org.lsotexplorer.model.MlpPasses.gemm;

import org.nd4j.linalg.api.buffer.DataType;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The WGAN-GP critic gradient with exact double back-propagation (Drucker and LeCun 1992), on reusable buffers.
 *
 * <p>One batch stacks {@code R = 3m} rows: source {@code z} (rows {@code [0, m)}), codes {@code y}
 * ({@code [m, 2m)}) and interpolates {@code x_hat} ({@code [2m, 3m)}). Notation of {@link MlpPasses};
 * {@code s_l = sigma_l'(p_l)}.
 * <ol>
 *   <li>Forward on all rows, keeping {@code p_l}, {@code a_l}, {@code s_l}.</li>
 *   <li>One backward pass on all rows, seeded with {@code 1/m} (z), {@code -1/m} (y) and {@code 1} (x_hat):
 *       {@code u_L = seed . s_L}, {@code T_{l-1} = u_l W_l^T}, {@code u_{l-1} = T_{l-1} . s_{l-1}}. On the z, y rows
 *       {@code u_l} is the usual {@code delta_l} of {@code mean D(z) - mean D(y)}; on the x_hat rows it is the
 *       input-gradient chain, and {@code T_0 = grad_x D(x_hat)}.</li>
 *   <li>Penalty {@code P = lambda/m sum_i (|T_0,i| - 1)^2} with adjoint
 *       {@code Tbar_0 = 2 lambda/m (|T_0,i| - 1) T_0,i / |T_0,i|} (0 where {@code T_0,i = 0}).</li>
 *   <li>Reverse mode through the chain, {@code l = 1..L}: {@code ubar_l = Tbar_{l-1} W_l},
 *       {@code Wbar_l += Tbar_{l-1}^T u_l}, {@code Tbar_l = ubar_l . s_l}, and the curvature term through
 *       {@code s_l = sigma'(p_l)}: {@code pbar_l = ubar_l . T_l . sigma''(p_l)} (with {@code T_L = 1}).</li>
 *   <li>If any {@code pbar_l} is non-zero (tanh, softplus), back-propagate it through the forward pass of the
 *       x_hat rows: {@code E_L = pbar_L}, {@code E_{l-1} = (E_l W_l^T) . s_{l-1} + pbar_{l-1}},
 *       {@code Wbar_l += a_{l-1}^T E_l}, {@code bbar_l += 1^T E_l}. For ReLU, leaky ReLU and identity
 *       {@code sigma'' = 0} a.e., so this pass is skipped.</li>
 * </ol>
 * {@link Mode} lets tests drop terms on purpose, to show that the finite-difference check catches them.
 */
final class DoubleBackprop {
    /** Which terms of the penalty gradient to include; only {@link #EXACT} is correct. */
    enum Mode {
        /** The exact gradient. */
        EXACT,
        /** Wrong on purpose: drops the dependence through {@code sigma'(p_l)} (the {@code sigma''} terms). */
        WITHOUT_CURVATURE,
        /** Wrong on purpose: treats {@code grad_x D(x_hat)} as a constant, so the penalty adds no weight gradient. */
        WITHOUT_SECOND_ORDER
    }

    /** Scalar results of one evaluation. */
    record Values(double meanSource, double meanCodes, double penalty, double meanGradientNorm) {
    }

    /** A buffer of {@code 3m} stacked rows with views of its z-and-y rows {@code [0, 2m)} and x_hat rows {@code [2m, 3m)}. */
    private record Stacked(INDArray all, INDArray pair, INDArray hat) {
        static Stacked allocate(DataType type, int m, int columns) {
            INDArray all = Nd4j.createUninitialized(type, 3L * m, columns);
            return new Stacked(all, all.get(NDArrayIndex.interval(0, 2L * m), NDArrayIndex.all()),
                    all.get(NDArrayIndex.interval(2L * m, 3L * m), NDArrayIndex.all()));
        }
    }

    private final MlpOptions options;
    private final int m;
    private final int layers;
    private final boolean hiddenCurved;
    private final boolean outputCurved;
    private final Stacked[] pre;
    private final Stacked[] act;
    private final Stacked[] deriv;
    private final Stacked[] back;
    private final Stacked[] chain;
    private final Stacked seed;
    private final INDArray gradX;
    private final INDArray[] tbar;
    private final INDArray[] ubar;
    private final INDArray[] curvature;
    private final INDArray[] secondDeriv;
    private final INDArray[] adjointX;
    private final INDArray onesPair;
    private final INDArray onesHat;

    DoubleBackprop(MlpOptions options, int m) {
        this.options = options;
        this.m = m;
        this.layers = options.layerCount();
        this.hiddenCurved = options.hiddenActivation().hasCurvature();
        this.outputCurved = options.outputActivation().hasCurvature();
        int[] n = options.widths();
        DataType type = options.dataType();
        pre = new Stacked[n.length];
        act = new Stacked[n.length];
        deriv = new Stacked[n.length];
        back = new Stacked[n.length];
        chain = new Stacked[n.length];
        tbar = new INDArray[n.length];
        ubar = new INDArray[n.length];
        curvature = new INDArray[n.length];
        secondDeriv = new INDArray[n.length];
        adjointX = new INDArray[n.length];
        act[0] = Stacked.allocate(type, m, n[0]);
        tbar[0] = Nd4j.createUninitialized(type, m, n[0]);
        for (int l = 1; l <= layers; l++) {
            pre[l] = Stacked.allocate(type, m, n[l]);
            act[l] = Stacked.allocate(type, m, n[l]);
            deriv[l] = Stacked.allocate(type, m, n[l]);
            back[l] = Stacked.allocate(type, m, n[l]);
            ubar[l] = Nd4j.createUninitialized(type, m, n[l]);
            tbar[l] = Nd4j.createUninitialized(type, m, n[l]);
            if (l < layers ? hiddenCurved : outputCurved) {
                curvature[l] = Nd4j.createUninitialized(type, m, n[l]);
                secondDeriv[l] = Nd4j.createUninitialized(type, m, n[l]);
            }
            if (l < layers && hiddenCurved) {
                chain[l] = Stacked.allocate(type, m, n[l]);
            }
            if (hiddenCurved || outputCurved) {
                adjointX[l] = Nd4j.createUninitialized(type, m, n[l]);
            }
        }
        gradX = Nd4j.createUninitialized(type, m, n[0]);
        seed = Stacked.allocate(type, m, 1);
        seed.pair().get(NDArrayIndex.interval(0, m), NDArrayIndex.all()).assign(1.0 / m);
        seed.pair().get(NDArrayIndex.interval(m, 2L * m), NDArrayIndex.all()).assign(-1.0 / m);
        seed.hat().assign(1.0);
        onesPair = Nd4j.ones(type, 1, 2L * m);
        onesHat = Nd4j.ones(type, 1, m);
    }

    /** Frees every buffer (the views go with their stacked parents); the object must not be used afterwards. */
    void close() {
        for (Stacked[] group : List.of(pre, act, deriv, back, chain)) {
            for (Stacked s : group) {
                if (s != null) {
                    NativeMemory.close(s.all());
                }
            }
        }
        NativeMemory.close(seed.all(), gradX, onesPair, onesHat);
        for (INDArray[] group : List.of(tbar, ubar, curvature, secondDeriv, adjointX)) {
            NativeMemory.close(group);
        }
    }

    boolean fits(MlpOptions other, int batch) {
        return options.equals(other) && m == batch;
    }

    /** Evaluates on prepared inputs (all {@code m x d} or {@code m x 1}, network type) and writes the gradient. */
    Values evaluate(Mlp critic, INDArray z, INDArray y, INDArray eps, double lambda, Mode mode, MlpGradients grads) {
        stackInputs(z, y, eps);
        forward(critic);
        backwardWithChain(critic);
        double[] penalty = penaltyAdjoint(lambda);
        if (mode != Mode.WITHOUT_SECOND_ORDER) {
            reverseChain(critic, mode == Mode.EXACT);
        }
        weightGradients(mode, grads);
        if (mode == Mode.EXACT && (hiddenCurved || outputCurved)) {
            curvatureBackward(critic, grads);
        }
        double[] d = FlatBuffers.read(act[layers].all());
        double sumSource = 0;
        double sumCodes = 0;
        for (int i = 0; i < m; i++) {
            sumSource += d[i];
            sumCodes += d[m + i];
        }
        return new Values(sumSource / m, sumCodes / m, penalty[0], penalty[1]);
    }

    private void stackInputs(INDArray z, INDArray y, INDArray eps) {
        INDArray input = act[0].all();
        input.get(NDArrayIndex.interval(0, m), NDArrayIndex.all()).assign(z);
        input.get(NDArrayIndex.interval(m, 2L * m), NDArrayIndex.all()).assign(y);
        act[0].hat().assign(y).subi(z).muliColumnVector(eps).addi(z);
    }

    private void forward(Mlp critic) {
        for (int l = 1; l <= layers; l++) {
            gemm(act[l - 1].all(), critic.weightView(l), pre[l].all(), false, false, 0.0);
            pre[l].all().addiRowVector(critic.biasView(l));
            Activation sigma = options.activation(l);
            sigma.valueInto(pre[l].all(), act[l].all());
            sigma.derivativeInto(pre[l].all(), deriv[l].all());
        }
    }

    private void backwardWithChain(Mlp critic) {
        seed.all().mul(deriv[layers].all(), back[layers].all());
        for (int l = layers; l >= 2; l--) {
            if (hiddenCurved) {
                gemm(back[l].all(), critic.weightView(l), chain[l - 1].all(), false, true, 0.0);
                chain[l - 1].all().mul(deriv[l - 1].all(), back[l - 1].all());
            } else {
                gemm(back[l].all(), critic.weightView(l), back[l - 1].all(), false, true, 0.0);
                back[l - 1].all().muli(deriv[l - 1].all());
            }
        }
        gemm(back[1].hat(), critic.weightView(1), gradX, false, true, 0.0);
    }

    /** Sets {@code tbar[0]} from {@code gradX}, row by row in double precision; returns {penalty, mean norm}. */
    private double[] penaltyAdjoint(double lambda) {
        double[] g = FlatBuffers.read(gradX);
        int d = options.inputDim();
        double penalty = 0;
        double normSum = 0;
        for (int i = 0; i < m; i++) {
            double squares = 0;
            for (int j = 0; j < d; j++) {
                squares += g[i * d + j] * g[i * d + j];
            }
            double r = Math.sqrt(squares);
            penalty += (r - 1) * (r - 1);
            normSum += r;
            double coefficient = r > 0 ? 2.0 * lambda / m * (r - 1) / r : 0.0;
            for (int j = 0; j < d; j++) {
                g[i * d + j] *= coefficient;
            }
        }
        FlatBuffers.write(tbar[0], g);
        return new double[] {lambda * penalty / m, normSum / m};
    }

    private void reverseChain(Mlp critic, boolean withCurvature) {
        for (int l = 1; l <= layers; l++) {
            boolean curvedHere = withCurvature && curvature[l] != null;
            if (l == layers && !curvedHere) {
                break;
            }
            gemm(tbar[l - 1], critic.weightView(l), ubar[l], false, false, 0.0);
            if (l < layers) {
                ubar[l].mul(deriv[l].hat(), tbar[l]);
            }
            if (curvedHere) {
                options.activation(l).secondDerivativeInto(pre[l].hat(), secondDeriv[l]);
                ubar[l].mul(secondDeriv[l], curvature[l]);
                if (l < layers) {
                    curvature[l].muli(chain[l].hat());
                }
            }
        }
    }

    private void weightGradients(Mode mode, MlpGradients grads) {
        for (int l = 1; l <= layers; l++) {
            gemm(act[l - 1].pair(), back[l].pair(), grads.weightView(l), true, false, 0.0);
            columnSums(onesPair, back[l].pair(), grads.biasView(l), 0.0);
            if (mode != Mode.WITHOUT_SECOND_ORDER) {
                gemm(tbar[l - 1], back[l].hat(), grads.weightView(l), true, false, 1.0);
            }
        }
    }

    private void curvatureBackward(Mlp critic, MlpGradients grads) {
        INDArray upstream = null;
        for (int l = layers; l >= 1; l--) {
            INDArray e = adjointX[l];
            if (upstream != null) {
                gemm(upstream, critic.weightView(l + 1), e, false, true, 0.0);
                e.muli(deriv[l].hat());
                if (curvature[l] != null) {
                    e.addi(curvature[l]);
                }
            } else if (curvature[l] != null) {
                e.assign(curvature[l]);
            } else {
                continue;
            }
            gemm(act[l - 1].hat(), e, grads.weightView(l), true, false, 1.0);
            columnSums(onesHat, e, grads.biasView(l), 1.0);
            upstream = e;
        }
    }
}
