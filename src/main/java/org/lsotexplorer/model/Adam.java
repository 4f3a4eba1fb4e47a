package org.lsotexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Adam optimiser (Kingma and Ba 2015, Algorithm 1) on all parameters of one {@link Mlp}.
 *
 * <p>Step {@code t = 1, 2, ...} with gradient {@code g}:
 * <pre>
 *   m = beta1 m + (1 - beta1) g
 *   v = beta2 v + (1 - beta2) g^2
 *   theta = theta - lr * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + eps)
 * </pre>
 * Defaults (method.md 3.1, 3.2): {@code lr = 1e-4}, {@code beta1 = 0.5}, {@code beta2 = 0.9}, {@code eps = 1e-8}.
 * Ranges: {@code lr > 0} and finite, {@code 0 <= beta1, beta2 < 1}, {@code eps > 0}; anything else throws
 * {@link IllegalArgumentException}. The learning rate may be changed between steps; {@link #reset()} forgets the
 * moments and the step count.
 *
 * <p>The moments are allocated on the first step for that network's shape; stepping a network of another shape
 * afterwards throws {@link IllegalArgumentException} until {@link #reset()}. A gradient containing NaN or infinity
 * throws {@link IllegalArgumentException} and leaves both the network and the moments untouched.
 * Not thread-safe.
 */
public final class Adam {
    /** Default learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 1e-4;
    /** Default first-moment decay. */
    public static final double DEFAULT_BETA1 = 0.5;
    /** Default second-moment decay. */
    public static final double DEFAULT_BETA2 = 0.9;
    /** Default denominator offset. */
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double learningRate;
    private long step;
    private MlpOptions boundTo;
    private INDArray firstMoment;
    private INDArray secondMoment;
    private INDArray scratch;

    /** Adam with the defaults. */
    public Adam() {
        this(DEFAULT_LEARNING_RATE, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    /** Adam with the default betas and epsilon. */
    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    /** Adam with every hyper-parameter given; see the class comment for the ranges. */
    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        setLearningRate(learningRate);
        checkBeta("beta1", beta1);
        checkBeta("beta2", beta2);
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be > 0 and finite, got " + epsilon);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** Applies one update to {@code net} in place. */
    public void step(Mlp net, MlpGradients gradients) {
        if (!net.options().equals(gradients.options())) {
            throw new IllegalArgumentException("gradients " + gradients.options() + " do not match network "
                    + net.options());
        }
        bind(net.options());
        if (gradients.hasNonFinite()) {
            throw new IllegalArgumentException("gradient has NaN or infinite entries; step " + (step + 1)
                    + " skipped");
        }
        step++;
        INDArray g = gradients.flatView();
        long n = g.length();
        firstMoment.muli(beta1);
        Nd4j.getBlasWrapper().level1().axpy(n, 1.0 - beta1, g, firstMoment);
        g.mul(g, scratch);
        secondMoment.muli(beta2);
        Nd4j.getBlasWrapper().level1().axpy(n, 1.0 - beta2, scratch, secondMoment);

        double firstCorrection = 1.0 - Math.pow(beta1, step);
        double secondCorrection = 1.0 - Math.pow(beta2, step);
        Nd4j.exec(new Sqrt(secondMoment, scratch));
        scratch.muli(1.0 / Math.sqrt(secondCorrection)).addi(epsilon);
        firstMoment.div(scratch, scratch);
        Nd4j.getBlasWrapper().level1().axpy(n, -learningRate / firstCorrection, scratch, net.parameterView());
    }

    /** The current learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** Changes the learning rate for the following steps ({@code > 0}, finite). */
    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be > 0 and finite, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** {@code beta1}. */
    public double beta1() {
        return beta1;
    }

    /** {@code beta2}. */
    public double beta2() {
        return beta2;
    }

    /** {@code eps}. */
    public double epsilon() {
        return epsilon;
    }

    /** Number of steps taken since construction or the last {@link #reset()}. */
    public long stepCount() {
        return step;
    }

    /** Forgets the moments and the step count (the next step is {@code t = 1} again). */
    public void reset() {
        step = 0;
        boundTo = null;
        firstMoment = null;
        secondMoment = null;
        scratch = null;
    }

    private void bind(MlpOptions options) {
        if (boundTo == null) {
            int count = ParameterLayout.count(options);
            firstMoment = Nd4j.zeros(options.dataType(), count);
            secondMoment = Nd4j.zeros(options.dataType(), count);
            scratch = Nd4j.zeros(options.dataType(), count);
            boundTo = options;
        } else if (!boundTo.equals(options)) {
            throw new IllegalArgumentException("this Adam holds moments for " + boundTo + "; call reset() before "
                    + "stepping a network of shape " + options);
        }
    }

    private static void checkBeta(String name, double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + beta);
        }
    }
}
