package org.lsotexplorer.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fixed, repeatable unit of work for timing: one LSOT discriminator step of method.md 3.1 step 1 — the semi-dual
 * loss with its batch c-transform, the gradient, and one {@link Adam} update. The default is
 * {@link MlpOptions#discriminator} (2-512-512-512-1 ReLU, float32) with 256 source points and 256 codes.
 *
 * <p>Batches are drawn once in the constructor (a small pool cycled through), as in {@link CriticStepWorkload}.
 * Call {@link Nd4jRuntime#init()} before timing. Not thread-safe.
 */
public final class SemiDualStepWorkload {
    private static final int POOL = 8;

    private final Mlp discriminator;
    private final Adam adam = new Adam();
    private final SemiDualLoss loss = new SemiDualLoss();
    private final MlpGradients gradients;
    private final INDArray[] sources = new INDArray[POOL];
    private final INDArray[] codes = new INDArray[POOL];
    private int next;
    private double lastValue = Double.NaN;

    /** The default workload (2-D discriminator 2-512-512-512-1, batches of 256). */
    public SemiDualStepWorkload(long seed) {
        this(MlpOptions.discriminator(2), CriticStepWorkload.DEFAULT_BATCH, CriticStepWorkload.DEFAULT_BATCH, seed);
    }

    /** A workload for any scalar discriminator, {@code sourceBatch, codeBatch >= 1}. */
    public SemiDualStepWorkload(MlpOptions options, int sourceBatch, int codeBatch, long seed) {
        if (sourceBatch < 1 || codeBatch < 1) {
            throw new IllegalArgumentException("batches must be >= 1, got " + sourceBatch + " and " + codeBatch);
        }
        discriminator = new Mlp(options, seed);
        gradients = new MlpGradients(options);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int p = 0; p < POOL; p++) {
            sources[p] = WorkloadData.gaussian(sourceBatch, options.inputDim(), random, options.dataType());
            codes[p] = WorkloadData.eightGaussians(codeBatch, options.inputDim(), random, options.dataType());
        }
    }

    /** One discriminator step: loss, gradient, Adam update. */
    public void step() {
        int p = next;
        next = (next + 1) % POOL;
        SemiDualLoss.Result result = loss.evaluate(discriminator, sources[p], codes[p], gradients);
        adam.step(discriminator, gradients);
        lastValue = result.value();
    }

    /** The loss of the last step (NaN before the first). */
    public double lastValue() {
        return lastValue;
    }

    /** The discriminator being trained. */
    public Mlp discriminator() {
        return discriminator;
    }
}
