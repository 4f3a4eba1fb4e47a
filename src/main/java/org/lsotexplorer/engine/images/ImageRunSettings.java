package org.lsotexplorer.engine.images;

import org.lsotexplorer.engine.Checks;
import org.lsotexplorer.engine.LsotOptions;
import org.lsotexplorer.math.ot.SemiDiscreteOptions;
import org.lsotexplorer.model.ConvAutoencoderOptions.ReconstructionLoss;

/**
 * Every setting of an image run. A run is reproducible: the same settings (seed included) and data give the same
 * numbers.
 *
 * @param preset             MNIST or a face folder
 * @param generator          how noise becomes codes (lsot, exact, sinkhorn, vae, wgan-gp)
 * @param latentDim          d, 2..256 (default 8 for MNIST, 64 for faces; 2 shows the codes directly in the plane)
 * @param seed               master seed of every random choice
 * @param imageSize          28 for MNIST; 32 or 64 for faces
 * @param loss               reconstruction loss (BCE is offered for MNIST)
 * @param autoencoderEpochs  passes over the training images for the autoencoder (or the VAE), 1..1000
 * @param trainLimit         use only the first images of the training split (0 = all)
 * @param codeCount          n, the codes the transport map targets (a fixed, seeded sample of the encoded
 *                           training set), 2..100,000
 * @param lsot               the lsot solver on the standardized codes (angle threshold 0.7 for images)
 * @param generatorSteps     WGAN-GP generator steps (5 critic steps each), 1..10^6
 * @param classifierEpochs   passes of the MNIST classifier used by the metrics, 1..20
 * @param sampleCount        generated images the metrics use, 10..100,000
 */
public record ImageRunSettings(ImagePreset preset, LatentGeneratorKind generator, int latentDim, long seed,
                               int imageSize, ReconstructionLoss loss, int autoencoderEpochs, int trainLimit,
                               int codeCount, LsotOptions lsot, int generatorSteps, int classifierEpochs,
                               int sampleCount) {
    /** Blend width of the generation rule for standardized codes, in potential units. */
    public static final double IMAGE_BLEND_WIDTH = 0.5;
    /** Angle threshold of the generation rule for images (method.md 3.1). */
    public static final double IMAGE_ANGLE_THRESHOLD = 0.7;
    /**
     * Refinement for codes in d &gt; 2: 100 steps of 16,384 Monte-Carlo points (doubling to 32,768 on a stall). The
     * cell search in 8 or 64 dimensions costs far more per point than in the plane, so the 2-D budget would dominate
     * the run; the method's tolerance, stall rule and learning rate are unchanged.
     */
    public static final SemiDiscreteOptions IMAGE_REFINEMENT = SemiDiscreteOptions.defaults().withMaxIterations(100)
            .withSamples(16_384, 32_768);

    public ImageRunSettings {
        if (preset == null || generator == null || loss == null || lsot == null) {
            throw new IllegalArgumentException("preset, solver, loss and lsot settings must be given");
        }
        Checks.range("latent dim", latentDim, 2, 256);
        if (preset == ImagePreset.MNIST && imageSize != 28) {
            throw new IllegalArgumentException("MNIST images are 28x28, got image size " + imageSize);
        }
        if (preset == ImagePreset.CELEBA && imageSize != 32 && imageSize != 64) {
            throw new IllegalArgumentException("face image size must be 32 or 64, got " + imageSize);
        }
        Checks.range("autoencoder epochs", autoencoderEpochs, 1, 1000);
        Checks.range("train limit", trainLimit, 0, 10_000_000);
        Checks.range("codes", codeCount, 2, 100_000);
        Checks.range("generator steps", generatorSteps, 1, 1_000_000);
        Checks.range("classifier epochs", classifierEpochs, 1, 20);
        Checks.range("samples", sampleCount, 10, 100_000);
    }

    /** The defaults for a preset and a generator. */
    public static ImageRunSettings defaults(ImagePreset preset, LatentGeneratorKind generator, long seed) {
        LsotOptions lsot = LsotOptions.defaults();
        lsot = new LsotOptions(lsot.hiddenWidths(), lsot.learningRate(), lsot.beta1(), lsot.beta2(), lsot.batchSize(),
                lsot.discriminatorSteps(), IMAGE_REFINEMENT, IMAGE_ANGLE_THRESHOLD, IMAGE_BLEND_WIDTH);
        return switch (preset) {
            case MNIST -> new ImageRunSettings(preset, generator, preset.defaultLatentDim(), seed, 28, ReconstructionLoss.BCE, 3, 0, 4096,
                    lsot, 3000, 1, 5000);
            case CELEBA -> new ImageRunSettings(preset, generator, preset.defaultLatentDim(), seed, 64, ReconstructionLoss.MSE, 20, 0, 4096,
                    lsot, 3000, 1, 1000);
        };
    }

    public ImageRunSettings withLatentDim(int d) {
        return new ImageRunSettings(preset, generator, d, seed, imageSize, loss, autoencoderEpochs, trainLimit,
                codeCount, lsot, generatorSteps, classifierEpochs, sampleCount);
    }

    public ImageRunSettings withImageSize(int size) {
        return new ImageRunSettings(preset, generator, latentDim, seed, size, loss, autoencoderEpochs, trainLimit,
                codeCount, lsot, generatorSteps, classifierEpochs, sampleCount);
    }

    public ImageRunSettings withAutoencoderEpochs(int epochs) {
        return new ImageRunSettings(preset, generator, latentDim, seed, imageSize, loss, epochs, trainLimit,
                codeCount, lsot, generatorSteps, classifierEpochs, sampleCount);
    }

    public ImageRunSettings withTrainLimit(int limit) {
        return new ImageRunSettings(preset, generator, latentDim, seed, imageSize, loss, autoencoderEpochs, limit,
                codeCount, lsot, generatorSteps, classifierEpochs, sampleCount);
    }

    public ImageRunSettings withCodeCount(int n) {
        return new ImageRunSettings(preset, generator, latentDim, seed, imageSize, loss, autoencoderEpochs,
                trainLimit, n, lsot, generatorSteps, classifierEpochs, sampleCount);
    }

    public ImageRunSettings withLsot(LsotOptions options) {
        return new ImageRunSettings(preset, generator, latentDim, seed, imageSize, loss, autoencoderEpochs,
                trainLimit, codeCount, options, generatorSteps, classifierEpochs, sampleCount);
    }

    public ImageRunSettings withGeneratorSteps(int steps) {
        return new ImageRunSettings(preset, generator, latentDim, seed, imageSize, loss, autoencoderEpochs,
                trainLimit, codeCount, lsot, steps, classifierEpochs, sampleCount);
    }

    public ImageRunSettings withSampleCount(int n) {
        return new ImageRunSettings(preset, generator, latentDim, seed, imageSize, loss, autoencoderEpochs,
                trainLimit, codeCount, lsot, generatorSteps, classifierEpochs, n);
    }

    public ImageRunSettings withGenerator(LatentGeneratorKind kind) {
        return new ImageRunSettings(preset, kind, latentDim, seed, imageSize, loss, autoencoderEpochs, trainLimit,
                codeCount, lsot, generatorSteps, classifierEpochs, sampleCount);
    }

    public ImageRunSettings withLoss(ReconstructionLoss l) {
        return new ImageRunSettings(preset, generator, latentDim, seed, imageSize, l, autoencoderEpochs, trainLimit,
                codeCount, lsot, generatorSteps, classifierEpochs, sampleCount);
    }
}
