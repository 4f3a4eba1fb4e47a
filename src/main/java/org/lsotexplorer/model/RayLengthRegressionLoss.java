package org.lsotexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The ray-length regression of method.md 3.2 step 4: fit {@code t_psi: R^d -> R_{>=0}} (an {@link Mlp} with a
 * softplus output, see {@link MlpOptions#rayLength}) to the transport lengths {@code t_i} measured along the critic's
 * rays, by the mean squared error
 * <pre>
 *   L(psi) = (1/m) sum_i ( t_psi(z_i) - t_i )^2,      dL/dt_psi(z_i) = (2/m) (t_psi(z_i) - t_i).
 * </pre>
 * Inputs: {@code z} ({@code m x d}) and {@code t} ({@code m x 1} or length {@code m}), {@code m >= 1}; the network must
 * be scalar. Targets are normally {@code >= 0} but this is not required. Shape errors throw
 * {@link IllegalArgumentException}. Keeps work buffers between calls; one thread owns an instance.
 */
public final class RayLengthRegressionLoss implements AutoCloseable {
    /**
     * One evaluation.
     *
     * @param value             the mean squared error
     * @param gradients         {@code dL/dpsi}
     * @param meanAbsoluteError {@code (1/m) sum |t_psi(z_i) - t_i|}
     */
    public record Result(double value, MlpGradients gradients, double meanAbsoluteError) implements LossValue {
    }

    private Mlp.ForwardCache cache;

    /** Frees the work buffers (made again by the next call). */
    @Override
    public void close() {
        if (cache != null) {
            cache.close();
            cache = null;
        }
    }

    /** Evaluates the loss and a fresh gradient. */
    public Result evaluate(Mlp rayLength, INDArray source, INDArray targetLengths) {
        return evaluate(rayLength, source, targetLengths, new MlpGradients(rayLength.options()));
    }

    /** Evaluates the loss, overwriting {@code into} with the gradient (which the result then holds). */
    public Result evaluate(Mlp rayLength, INDArray source, INDArray targetLengths, MlpGradients into) {
        MlpOptions options = rayLength.options();
        if (options.outputDim() != 1) {
            throw new IllegalArgumentException("the ray-length network must be scalar (outputDim 1), got "
                    + options.outputDim());
        }
        if (!into.options().equals(options)) {
            throw new IllegalArgumentException("gradient buffer shape " + into.options() + " does not match " + options);
        }
        cache = rayLength.forwardCached(source, cache);
        int m = cache.rows();
        if (targetLengths == null || targetLengths.length() != m || targetLengths.rank() > 2
                || (targetLengths.rank() == 2 && targetLengths.columns() != 1)) {
            throw new IllegalArgumentException("targetLengths must be an m x 1 column with m = " + m);
        }
        INDArray t = rayLength.prepareInput(targetLengths.reshape(m, 1), 1, "targetLengths");
        INDArray residual = cache.output().sub(t);
        double[] r = residual.toDoubleVector();
        double squares = 0;
        double absolutes = 0;
        for (double e : r) {
            squares += e * e;
            absolutes += Math.abs(e);
        }
        rayLength.backwardInto(cache, residual.muli(2.0 / m), into, 0.0);
        NativeMemory.close(residual);
        NativeMemory.closeCopy(t, targetLengths);
        return new Result(squares / m, into, absolutes / m);
    }
}
