package org.lsotexplorer.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The {@code wgan-gp} baseline of method.md 3.5 in latent space: a generator MLP {@code G: R^d -> R^d} fed with
 * {@code N(0, I_d)} noise, trained in the usual min-max loop against the WGAN-GP critic {@code D} of method.md 3.2
 * ({@link CriticLoss}, {@code lambda = 10}). Each {@link #step()} makes {@code criticSteps} (default 5) critic updates
 * minimising {@code mean D(G(z)) - mean D(y) + lambda GP} on fresh noise and random code batches, then one generator
 * update minimising
 * <pre>
 *   L(G) = -(1/m) sum_i D(G(z_i)),   dL/dG(z_i) = -(1/m) grad_x D(G(z_i)),
 * </pre>
 * back-propagated through {@code D} ({@link Mlp#inputGradient}) and then through {@code G} ({@link Mlp#backward}).
 * Both networks use {@link Adam} with lr {@code 1e-4}, betas (0.5, 0.9) by default.
 *
 * <p>Networks: {@code G} is {@code d -> h -> h -> d} (ReLU, linear output), {@code D} is {@code d -> h -> h -> h -> 1}
 * (ReLU). Codes are {@code [n, d]} with {@code n >= 1}, ideally standardised (method.md 2). Noise, code batches and
 * interpolation weights come from one {@link SplittableRandom} with the given seed: same seed, same losses.
 * A non-finite gradient makes {@link Adam} throw {@link IllegalStateException} before updating (see Adam). Not
 * thread-safe.
 */
public final class LatentGenerator implements AutoCloseable {
    /**
     * Settings, validated: {@code hiddenWidth} 1..4096, {@code batchSize} 1..65536, {@code criticSteps} 1..100,
     * {@code learningRate} in {@code (0, 1]}.
     */
    public record Options(int hiddenWidth, int batchSize, int criticSteps, double learningRate, DataType dataType) {
        /** Validates the ranges. */
        public Options {
            if (hiddenWidth < 1 || hiddenWidth > MlpOptions.MAX_WIDTH) {
                throw new IllegalArgumentException("hiddenWidth must be in 1.." + MlpOptions.MAX_WIDTH);
            }
            if (batchSize < 1 || batchSize > 65536) {
                throw new IllegalArgumentException("batchSize must be in 1..65536, got " + batchSize);
            }
            if (criticSteps < 1 || criticSteps > 100) {
                throw new IllegalArgumentException("criticSteps must be in 1..100, got " + criticSteps);
            }
            if (!(learningRate > 0 && learningRate <= 1)) {
                throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
            }
            if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
                throw new IllegalArgumentException("dataType must be FLOAT or DOUBLE");
            }
        }

        /** Width 256, batch 256, 5 critic steps, lr 1e-4, float32. */
        public static Options defaults() {
            return new Options(256, 256, 5, 1e-4, DataType.FLOAT);
        }
    }

    /**
     * The losses of one {@link #step()}.
     *
     * @param criticLoss          the last critic step's {@code L(D)} (penalty included)
     * @param wassersteinEstimate that step's {@code mean D(y) - mean D(G(z))}
     * @param generatorLoss       {@code L(G) = -mean D(G(z))} before the generator update
     */
    public record Losses(double criticLoss, double wassersteinEstimate, double generatorLoss) {
    }

    private final INDArray codes;
    private final Options options;
    private final Mlp generator;
    private final Mlp critic;
    private final Adam generatorAdam;
    private final Adam criticAdam;
    private final CriticLoss criticLoss = new CriticLoss();
    private final SplittableRandom random;
    private final int latentDim;

    /** A generator for the given codes {@code [n, d]}; {@code codes} is copied. */
    public LatentGenerator(INDArray codes, Options options, long seed) {
        if (codes == null || codes.rank() != 2 || codes.rows() < 1 || codes.columns() < 1) {
            throw new IllegalArgumentException("codes must be [n, d] with n, d >= 1");
        }
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        Nd4jRuntime.init();
        this.options = options;
        this.latentDim = (int) codes.columns();
        this.codes = codes.castTo(options.dataType()).dup('c');
        if (!Double.isFinite(this.codes.sumNumber().doubleValue())) {
            throw new IllegalArgumentException("codes must be finite");
        }
        int h = options.hiddenWidth();
        SplittableRandom seeds = new SplittableRandom(seed);
        generator = new Mlp(new MlpOptions(latentDim, new int[] {h, h}, Activation.RELU, latentDim,
                Activation.IDENTITY, options.dataType()), seeds.nextLong());
        critic = new Mlp(new MlpOptions(latentDim, new int[] {h, h, h}, Activation.RELU, 1, Activation.IDENTITY,
                options.dataType()), seeds.nextLong());
        generatorAdam = new Adam(options.learningRate(), Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON);
        criticAdam = new Adam(options.learningRate(), Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON);
        random = seeds.split();
    }

    /** One generator step with its {@code criticSteps} critic steps before it. */
    public Losses step() {
        int m = options.batchSize();
        CriticLoss.Result last = null;
        MlpGradients criticGrads = new MlpGradients(critic.options());
        for (int k = 0; k < options.criticSteps(); k++) {
            INDArray fake = generator.forward(noise(m, random));
            INDArray eps = CriticLoss.interpolationWeights(m, random, options.dataType());
            last = criticLoss.evaluate(critic, fake, codeBatch(m), eps, criticGrads);
            criticAdam.step(critic, last.gradients());
        }
        INDArray z = noise(m, random);
        double generatorLoss = generatorLoss(z);
        generatorAdam.step(generator, generatorGradient(z));
        return new Losses(last.value(), last.wassersteinEstimate(), generatorLoss);
    }

    /** {@code L(G) = -(1/m) sum D(G(z_i))} for a noise batch {@code z}. */
    double generatorLoss(INDArray z) {
        return -critic.forward(generator.forward(z)).meanNumber().doubleValue();
    }

    /** {@code dL(G)/dtheta_G} by the chain rule through the critic's input gradient. */
    MlpGradients generatorGradient(INDArray z) {
        Mlp.ForwardCache cache = generator.forwardCached(z);
        INDArray fake = cache.output().dup();
        INDArray dLossDOutput = critic.inputGradient(fake).muli(-1.0 / fake.rows());
        return generator.backward(cache, dLossDOutput);
    }

    /** {@code n >= 1} generated codes {@code G(z)}, {@code z ~ N(0, I_d)} drawn with {@code seed}: {@code [n, d]}. */
    public INDArray generate(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        return generator.forward(noise(n, new SplittableRandom(seed)));
    }

    /** The critic {@code D} (its values and gradient are the potential shown for {@code wgan-gp}, method.md 3.6). */
    public Mlp critic() {
        return critic;
    }

    /** The generator {@code G}. */
    public Mlp generator() {
        return generator;
    }

    /** The settings. */
    public Options options() {
        return options;
    }

    /** Standard normal {@code [n, d]} by Box-Muller in {@link StrictMath}. */
    /**
     * Frees both networks, the loss's work buffers and the training codes now, and drops Adam's moments; the
     * generator must not be used afterwards. Idempotent; call it on the thread that owns it.
     */
    @Override
    public void close() {
        generator.close();
        critic.close();
        criticLoss.close();
        generatorAdam.reset();
        criticAdam.reset();
        NativeMemory.close(codes);
    }

    INDArray noise(int n, SplittableRandom r) {
        double[] v = new double[n * latentDim];
        for (int i = 0; i < v.length; i++) {
            v[i] = StrictMath.sqrt(-2 * StrictMath.log(1 - r.nextDouble()))
                    * StrictMath.cos(2 * StrictMath.PI * r.nextDouble());
        }
        return Nd4j.createFromArray(v).castTo(options.dataType()).reshape(n, latentDim);
    }

    private INDArray codeBatch(int m) {
        int[] rows = new int[m];
        for (int i = 0; i < m; i++) {
            rows[i] = random.nextInt((int) codes.rows());
        }
        return codes.getRows(rows);
    }
}
