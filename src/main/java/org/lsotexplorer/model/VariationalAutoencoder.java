package org.lsotexplorer.model;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The {@code vae} baseline of method.md 3.5 (Kingma and Welling 2014): prior {@code p(z) = N(0, I_d)}, Gaussian
 * encoder {@code q(z|x) = N(mu(x), diag exp(logVar(x)))}, decoder as in {@link ConvAutoencoder} (same conv shapes;
 * the encoder's last dense layer is split into a mean head and a log-variance head). Generation decodes prior samples.
 *
 * <p>Training minimises the negative ELBO per image, averaged over the batch, with one reparameterised sample
 * {@code z = mu + exp(logVar / 2) . eps}, {@code eps ~ N(0, I)}:
 * <pre>
 *   L = (1/n) sum_i [ R(x_i, D(z_i)) + KL_i ],   KL_i = (1/2) sum_j ( mu_ij^2 + exp(logVar_ij) - 1 - logVar_ij ),
 * </pre>
 * where {@code KL_i} is the closed-form {@code KL(q(z|x_i) || N(0, I))} and {@code R} is the negative log-likelihood
 * summed over pixels: Bernoulli (binary cross-entropy, option BCE) or Gaussian with fixed variance
 * {@link #DECODER_VARIANCE} ({@code R = |x - x'|^2 / (2 sigma^2)} up to a constant, option MSE).
 *
 * <p>Shapes, ranges and failures as in {@link ConvAutoencoder}; the noise {@code eps} comes from a
 * {@link SplittableRandom} seeded with the model seed, so the same seed gives the same losses. Not thread-safe.
 */
public final class VariationalAutoencoder implements AutoCloseable {
    /** {@code sigma^2} of the Gaussian decoder used with the MSE option. */
    public static final double DECODER_VARIANCE = 0.01;

    /**
     * One evaluation of the loss, per image and averaged over the batch.
     *
     * @param negativeElbo   {@code L = reconstruction + kl}
     * @param reconstruction the mean of {@code R(x_i, D(z_i))}
     * @param kl             the mean of {@code KL_i}
     */
    public record Loss(double negativeElbo, double reconstruction, double kl) {
    }

    private final ConvAutoencoderOptions options;
    private final GraphModel graph;
    private final SplittableRandom noise;
    private final String mean;
    private final String logVariance;
    private final String decoded;
    private final String loss;
    private final String reconstruction;
    private final String kl;

    /** A freshly initialised VAE. */
    public VariationalAutoencoder(ConvAutoencoderOptions options, long seed) {
        this(options, seed, DataType.FLOAT);
    }

    VariationalAutoencoder(ConvAutoencoderOptions options, long seed, DataType type) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
        this.graph = new GraphModel(type, seed, options.learningRate());
        this.noise = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int s = options.imageSize();
        int c = options.channels();
        int d = options.latentDim();
        int b = options.baseWidth();
        SDVariable x = graph.sd.placeHolder("x", type, -1, c, s, s);
        SDVariable eps = graph.sd.placeHolder("eps", type, -1, d);
        SDVariable h = ConvBlocks.convFeatures(graph, "enc_", x, s, c, b);
        int flat = ConvBlocks.flatFeatureCount(s, b);
        SDVariable mu = ConvBlocks.dense(graph, "enc_mean", h, flat, d);
        SDVariable logVar = ConvBlocks.dense(graph, "enc_logvar", h, flat, d);
        SDVariable z = mu.add(graph.sd.math().exp(logVar.mul(0.5)).mul(eps));
        SDVariable logits = ConvBlocks.decoder(graph, "dec_", z, s, c, b, d);
        SDVariable r = ConvBlocks.perImageLoss(graph, logits, x, options.loss());
        if (options.loss() == ConvAutoencoderOptions.ReconstructionLoss.MSE) {
            r = r.div(2 * DECODER_VARIANCE);
        }
        SDVariable k = mu.mul(mu).add(graph.sd.math().exp(logVar)).sub(1.0).sub(logVar).sum(1).mul(0.5);
        mean = mu.name();
        logVariance = logVar.name();
        reconstruction = r.mean().name();
        kl = k.mean().name();
        loss = r.add(k).mean().name();
        SDVariable prior = graph.sd.placeHolder("z", type, -1, d);
        decoded = graph.sd.nn().sigmoid(ConvBlocks.decoder(graph, "dec_", prior, s, c, b, d)).name();
    }

    /** The options this model was built with. */
    public ConvAutoencoderOptions options() {
        return options;
    }

    /** One Adam step on a batch with fresh noise; returns the loss evaluated before the step. */
    public Loss fitBatch(INDArray images) {
        INDArray x = input(images);
        INDArray eps = gaussian(x.size(0), noise);
        Map<String, INDArray> out = graph.trainStep(Map.of("x", x, "eps", eps), loss, reconstruction, kl);
        return lossOf(out);
    }

    /** One Adam step on a batch of CHW rows. */
    public Loss fitBatch(float[][] images) {
        return fitBatch(ImageArrays.fromRows(images, options.channels(), options.imageSize(), graph.type));
    }

    /** The loss for given noise {@code eps} ({@code [n, d]}), without training. */
    public Loss loss(INDArray images, INDArray eps) {
        return lossOf(graph.output(feeds(images, eps), loss, reconstruction, kl));
    }

    /** The posterior means {@code mu(x)}, {@code [n, d]}: the VAE's codes. */
    public INDArray encodeMean(INDArray images) {
        return ImageArrays.chunked(graph, "x", input(images), mean);
    }

    /** The posterior log-variances {@code logVar(x)}, {@code [n, d]}. */
    public INDArray encodeLogVariance(INDArray images) {
        return ImageArrays.chunked(graph, "x", input(images), logVariance);
    }

    /** The decoder's mean image {@code sigmoid(logits)}, {@code [n, C, S, S]}, for codes {@code [n, d]}. */
    public INDArray decode(INDArray z) {
        return ImageArrays.chunked(graph, "z", ImageArrays.matrix(z, options.latentDim(), graph.type, "z"), decoded);
    }

    /** {@code n >= 1} images decoded from prior draws {@code z ~ N(0, I_d)}, seeded. */
    public INDArray sample(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        return decode(gaussian(n, new SplittableRandom(seed)));
    }

    /**
     * Frees the parameters and optimizer moments now instead of at a garbage collection; the model must not be used
     * afterwards. Idempotent; call it on the thread that owns the model.
     */
    @Override
    public void close() {
        graph.close();
    }

    GraphModel graph() {
        return graph;
    }

    String lossName() {
        return loss;
    }

    Map<String, INDArray> feeds(INDArray images, INDArray eps) {
        Map<String, INDArray> f = new HashMap<>();
        INDArray x = input(images);
        f.put("x", x);
        INDArray e = ImageArrays.matrix(eps, options.latentDim(), graph.type, "eps");
        if (e.size(0) != x.size(0)) {
            throw new IllegalArgumentException("eps needs one row per image");
        }
        f.put("eps", e);
        return f;
    }

    private INDArray gaussian(long n, SplittableRandom r) {
        double[] v = new double[(int) n * options.latentDim()];
        for (int i = 0; i < v.length; i++) {
            v[i] = StrictMath.sqrt(-2 * StrictMath.log(1 - r.nextDouble())) * StrictMath.cos(2 * StrictMath.PI
                    * r.nextDouble());
        }
        return Nd4j.createFromArray(v).castTo(graph.type).reshape(n, options.latentDim());
    }

    private Loss lossOf(Map<String, INDArray> out) {
        return new Loss(out.get(loss).getDouble(0), out.get(reconstruction).getDouble(0), out.get(kl).getDouble(0));
    }

    private INDArray input(INDArray images) {
        return ImageArrays.nchw(images, options.channels(), options.imageSize(), graph.type, true);
    }
}
