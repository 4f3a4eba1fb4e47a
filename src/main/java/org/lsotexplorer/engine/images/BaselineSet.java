package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.ImageDataset;
import org.lsotexplorer.math.CodeStandardization;
import org.lsotexplorer.model.ConvAutoencoderOptions;
import org.lsotexplorer.model.VariationalAutoencoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The paper's baselines trained next to a run on the same data and budget, so their samples can be shown beside
 * the run's for the same noise: a WGAN-GP latent generator on the same standardized codes (min-max), and a VAE
 * with the same encoder/decoder shapes and autoencoder epochs decoding prior draws. A baseline equal to the run's
 * own generator is left out.
 */
final class BaselineSet {
    private final WganSampler wgan;
    private final VaeCodec vae;
    private final LatentTraining vaeTraining;
    private final CodeStandardization standardization;
    private final ImageCodec codec;

    BaselineSet(ImageRunSettings s, ImageDataset train, ConvAutoencoderOptions shapes, ImageCodec codec,
            CodeStandardization standardization, double[][] standardizedCodes, SplittableRandom rng) {
        this.codec = codec;
        this.standardization = standardization;
        this.wgan = s.generator() == LatentGeneratorKind.WGAN_GP ? null
                : new WganSampler(standardizedCodes, s.generatorSteps(), rng.nextLong());
        if (s.generator() == LatentGeneratorKind.VAE) {
            this.vae = null;
            this.vaeTraining = null;
        } else {
            this.vae = new VaeCodec(new VariationalAutoencoder(shapes, rng.nextLong()));
            this.vaeTraining = new LatentTraining(vae, train, shapes.batchSize(), s.autoencoderEpochs(), rng.split());
        }
    }

    int totalSteps() {
        return (vaeTraining == null ? 0 : vaeTraining.totalSteps()) + (wgan == null ? 0 : wgan.totalSteps());
    }

    int completedSteps() {
        return (vaeTraining == null ? 0 : vaeTraining.completedSteps()) + (wgan == null ? 0 : wgan.completedSteps());
    }

    boolean isDone() {
        return completedSteps() >= totalSteps();
    }

    String detail() {
        return vaeTraining != null && !vaeTraining.isDone() ? "VAE baseline, epoch " + (vaeTraining.epoch() + 1)
                : "WGAN-GP baseline";
    }

    /** One VAE batch until the VAE is trained, then one WGAN-GP generator step. */
    Map<String, Double> step() {
        if (vaeTraining != null && !vaeTraining.isDone()) {
            return Map.of("vae_negative_elbo", vaeTraining.step());
        }
        return wgan.step();
    }

    /** Rows of decoded samples for the same noise, with the generator's name as caption. */
    List<Row> samples(double[][] noise) {
        List<Row> rows = new ArrayList<>();
        if (wgan != null) {
            rows.add(new Row(LatentGeneratorKind.WGAN_GP, codec.decode(standardization.undo(wgan.sample(noise)))));
        }
        if (vae != null) {
            rows.add(new Row(LatentGeneratorKind.VAE, vae.decode(noise)));
        }
        return rows;
    }

    record Row(LatentGeneratorKind kind, float[][] images) {
    }

    /** Frees the baselines' models now (not the run's own codec); the set must not be used afterwards. */
    void close() {
        if (wgan != null) {
            wgan.close();
        }
        if (vae != null) {
            vae.close();
        }
    }
}
