package org.lsotexplorer.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The WGAN-GP critic loss of method.md 3.2 step 1, minimised over the critic {@code D: R^d -> R}:
 * <pre>
 *   L(D) = (1/m) sum_i D(z_i) - (1/m) sum_i D(y_i) + lambda (1/m) sum_i ( |grad_x D(x_hat_i)| - 1 )^2,
 *   x_hat_i = eps_i y_i + (1 - eps_i) z_i,
 * </pre>
 * for a source batch {@code z} ({@code m x d}), a code batch {@code y} ({@code m x d}, paired row by row with
 * {@code z}) and interpolation weights {@code eps} ({@code m x 1}, each in {@code [0, 1]}; draw them with
 * {@link #interpolationWeights}). The weights are an input, so the loss is a deterministic function of its
 * arguments. Minimising it makes {@code D} high on the codes and low on the source; {@code mean D(y) - mean D(z)}
 * estimates {@code W1}.
 *
 * <p>The gradient of the penalty with respect to the weights is the gradient of a gradient. It is computed exactly by
 * double back-propagation (see {@code DoubleBackprop}), including the terms through {@code sigma''} that tanh and
 * softplus networks need, and is verified against finite differences in the tests. The penalty uses the norm's
 * subgradient 0 where {@code grad_x D(x_hat_i) = 0}.
 *
 * <p>Ranges: {@code lambda >= 0}; {@code m >= 1}; the critic must have {@code outputDim == 1}. Violations throw
 * {@link IllegalArgumentException}. The loss keeps work buffers sized for the last batch, so an instance is owned by
 * one thread; it is cheap to keep one per training run.
 */
public final class CriticLoss implements AutoCloseable {
    /** Default penalty weight {@code lambda} (method.md 3.2). */
    public static final double DEFAULT_PENALTY_WEIGHT = 10.0;

    /**
     * One evaluation.
     *
     * @param value            {@code L(D)}
     * @param gradients        {@code dL/dtheta}
     * @param meanSourceCritic {@code (1/m) sum D(z_i)}
     * @param meanCodeCritic   {@code (1/m) sum D(y_i)}
     * @param penalty          the penalty term, {@code lambda} included
     * @param meanGradientNorm {@code (1/m) sum |grad_x D(x_hat_i)|} (ideally near 1)
     */
    public record Result(double value, MlpGradients gradients, double meanSourceCritic, double meanCodeCritic,
                         double penalty, double meanGradientNorm) implements LossValue {
        /** The critic's estimate of {@code W1(source, codes)}: {@code mean D(y) - mean D(z)}. */
        public double wassersteinEstimate() {
            return meanCodeCritic - meanSourceCritic;
        }
    }

    private final double penaltyWeight;
    private final DoubleBackprop.Mode mode;
    private DoubleBackprop workspace;

    /** The loss with {@code lambda = 10}. */
    public CriticLoss() {
        this(DEFAULT_PENALTY_WEIGHT);
    }

    /** The loss with penalty weight {@code lambda >= 0}. */
    public CriticLoss(double penaltyWeight) {
        this(penaltyWeight, DoubleBackprop.Mode.EXACT);
    }

    /** For tests only: a deliberately incomplete gradient. */
    CriticLoss(double penaltyWeight, DoubleBackprop.Mode mode) {
        if (!(penaltyWeight >= 0) || !Double.isFinite(penaltyWeight)) {
            throw new IllegalArgumentException("penalty weight must be >= 0 and finite, got " + penaltyWeight);
        }
        this.penaltyWeight = penaltyWeight;
        this.mode = mode;
    }

    /** The penalty weight {@code lambda}. */
    public double penaltyWeight() {
        return penaltyWeight;
    }

    /** Evaluates the loss and a fresh gradient. */
    public Result evaluate(Mlp critic, INDArray source, INDArray codes, INDArray eps) {
        return evaluate(critic, source, codes, eps, new MlpGradients(critic.options()));
    }

    /** Evaluates the loss, overwriting {@code into} with the gradient (which the result then holds). */
    public Result evaluate(Mlp critic, INDArray source, INDArray codes, INDArray eps, MlpGradients into) {
        MlpOptions options = critic.options();
        if (options.outputDim() != 1) {
            throw new IllegalArgumentException("the critic must be scalar (outputDim 1), got " + options.outputDim());
        }
        if (!into.options().equals(options)) {
            throw new IllegalArgumentException("gradient buffer shape " + into.options() + " does not match " + options);
        }
        INDArray z = critic.prepareInput(source, options.inputDim(), "source");
        INDArray y = critic.prepareInput(codes, options.inputDim(), "codes");
        if (z.rows() != y.rows()) {
            throw new IllegalArgumentException("source and codes are paired row by row: " + z.rows() + " vs "
                    + y.rows() + " rows");
        }
        int m = z.rows();
        INDArray weights = checkWeights(critic, eps, m);
        if (workspace == null || !workspace.fits(options, m)) {
            workspace = new DoubleBackprop(options, m);
        }
        DoubleBackprop.Values v = workspace.evaluate(critic, z, y, weights, penaltyWeight, mode, into);
        closeCopies(z, source, y, codes, weights, eps);
        double value = v.meanSource() - v.meanCodes() + v.penalty();
        return new Result(value, into, v.meanSource(), v.meanCodes(), v.penalty(), v.meanGradientNorm());
    }

    /** Frees the copies {@code prepareInput} made of the caller's arrays. */
    private static void closeCopies(INDArray z, INDArray source, INDArray y, INDArray codes, INDArray weights,
                                    INDArray eps) {
        NativeMemory.closeCopy(z, source);
        NativeMemory.closeCopy(y, codes);
        NativeMemory.closeCopy(weights, eps);
    }

    /** Frees the work buffers (made again by the next call). */
    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    /** {@code m} independent draws from {@code U(0, 1)}, as an {@code m x 1} column of the given type. */
    public static INDArray interpolationWeights(int m, SplittableRandom random, DataType type) {
        if (m < 1) {
            throw new IllegalArgumentException("m must be >= 1, got " + m);
        }
        double[] e = new double[m];
        for (int i = 0; i < m; i++) {
            e[i] = random.nextDouble();
        }
        return Nd4j.createFromArray(e).castTo(type).reshape(m, 1);
    }

    private static INDArray checkWeights(Mlp critic, INDArray eps, int m) {
        if (eps == null || eps.length() != m || (eps.rank() == 2 && eps.columns() != 1) || eps.rank() > 2) {
            throw new IllegalArgumentException("eps must be an m x 1 column with m = " + m + ", got "
                    + (eps == null ? "null" : java.util.Arrays.toString(eps.shape())));
        }
        INDArray column = critic.prepareInput(eps.reshape(m, 1), 1, "eps");
        double min = column.minNumber().doubleValue();
        double max = column.maxNumber().doubleValue();
        if (!(min >= 0 && max <= 1)) {
            throw new IllegalArgumentException("eps must lie in [0, 1], got range [" + min + ", " + max + "]");
        }
        return column;
    }
}
