package org.lsotexplorer.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fixed, repeatable unit of work for timing: one full WGAN-GP critic step of method.md 3.2 — forward on the source
 * and code batches, the gradient penalty at the interpolates, every weight gradient including the double
 * back-propagation, and one {@link Adam} update. The default is the method's critic
 * ({@link MlpOptions#discriminator}, 2-512-512-512-1 ReLU, float32) on batches of 256.
 *
 * <p>The batches are drawn once in the constructor (a small pool cycled through), so {@link #step()} times only the
 * training arithmetic. Source points are standard normal; codes are eight Gaussians on a circle of radius 2 (std 0.02).
 * Call {@link Nd4jRuntime#init()} before timing. Not thread-safe.
 */
public final class CriticStepWorkload {
    /** Default batch size. */
    public static final int DEFAULT_BATCH = 256;
    private static final int POOL = 8;

    private final Mlp critic;
    private final Adam adam = new Adam();
    private final CriticLoss loss = new CriticLoss();
    private final MlpGradients gradients;
    private final INDArray[] sources = new INDArray[POOL];
    private final INDArray[] codes = new INDArray[POOL];
    private final INDArray[] weights = new INDArray[POOL];
    private int next;
    private double lastValue = Double.NaN;

    /** The default workload (2-D critic 2-512-512-512-1, batch 256). */
    public CriticStepWorkload(long seed) {
        this(MlpOptions.discriminator(2), DEFAULT_BATCH, seed);
    }

    /** A workload for any scalar critic shape and batch size {@code >= 1}. */
    public CriticStepWorkload(MlpOptions options, int batch, long seed) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
        critic = new Mlp(options, seed);
        gradients = new MlpGradients(options);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int p = 0; p < POOL; p++) {
            sources[p] = WorkloadData.gaussian(batch, options.inputDim(), random, options.dataType());
            codes[p] = WorkloadData.eightGaussians(batch, options.inputDim(), random, options.dataType());
            weights[p] = CriticLoss.interpolationWeights(batch, random, options.dataType());
        }
    }

    /** One critic step: loss, all gradients, Adam update. */
    public void step() {
        int p = next;
        next = (next + 1) % POOL;
        CriticLoss.Result result = loss.evaluate(critic, sources[p], codes[p], weights[p], gradients);
        adam.step(critic, gradients);
        lastValue = result.value();
    }

    /** The loss of the last step (NaN before the first). */
    public double lastValue() {
        return lastValue;
    }

    /** The critic being trained. */
    public Mlp critic() {
        return critic;
    }
}
