package org.lsotexplorer.model;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

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
 * The moments live in Java arrays of the network's precision (two floats or doubles per parameter). Not thread-safe.
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
    private float[] first32;
    private float[] second32;
    private float[] gradient32;
    private float[] theta32;
    private double[] first64;
    private double[] second64;
    private double[] gradient64;
    private double[] theta64;

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
        // One fused pass in Java over the flat vectors (zero-copy NIO views of ND4J's memory) instead of eight
        // ND4J elementwise ops: the update is memory-bound, and ND4J's sqrt is not vectorised.
        if (net.options().dataType() == DataType.FLOAT) {
            stepFloat(net.parameterView(), gradients.flatView());
        } else {
            stepDouble(net.parameterView(), gradients.flatView());
        }
    }

    private void stepFloat(INDArray theta, INDArray grad) {
        float[] g = gradient32;
        FlatBuffers.floats(grad).get(0, g);
        for (float x : g) {
            if (!Float.isFinite(x)) {
                throw nonFinite();
            }
        }
        step++;
        float[] t = theta32;
        FloatBuffer thetaBuffer = FlatBuffers.floats(theta);
        thetaBuffer.get(0, t);
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float c1 = (float) (1 - beta1);
        float c2 = (float) (1 - beta2);
        float rate = (float) (learningRate / (1 - Math.pow(beta1, step)));
        float scale = (float) (1 / Math.sqrt(1 - Math.pow(beta2, step)));
        float eps = (float) epsilon;
        float[] m = first32;
        float[] v = second32;
        for (int i = 0; i < t.length; i++) {
            float gi = g[i];
            float mi = b1 * m[i] + c1 * gi;
            float vi = b2 * v[i] + c2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            t[i] -= rate * mi / ((float) Math.sqrt(vi) * scale + eps);
        }
        thetaBuffer.put(0, t);
    }

    private void stepDouble(INDArray theta, INDArray grad) {
        double[] g = gradient64;
        FlatBuffers.doubles(grad).get(0, g);
        for (double x : g) {
            if (!Double.isFinite(x)) {
                throw nonFinite();
            }
        }
        step++;
        double[] t = theta64;
        DoubleBuffer thetaBuffer = FlatBuffers.doubles(theta);
        thetaBuffer.get(0, t);
        double rate = learningRate / (1 - Math.pow(beta1, step));
        double scale = 1 / Math.sqrt(1 - Math.pow(beta2, step));
        double[] m = first64;
        double[] v = second64;
        for (int i = 0; i < t.length; i++) {
            double gi = g[i];
            double mi = beta1 * m[i] + (1 - beta1) * gi;
            double vi = beta2 * v[i] + (1 - beta2) * gi * gi;
            m[i] = mi;
            v[i] = vi;
            t[i] -= rate * mi / (Math.sqrt(vi) * scale + epsilon);
        }
        thetaBuffer.put(0, t);
    }

    private IllegalArgumentException nonFinite() {
        return new IllegalArgumentException("gradient has NaN or infinite entries; step " + (step + 1) + " skipped");
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

    /** A copy of the step count, learning rate and moments ({@link AdamState}). */
    public AdamState state() {
        return new AdamState(step, learningRate, copy(first32), copy(second32), copy(first64), copy(second64));
    }

    /**
     * Puts back a state read by {@link #state()} for a network of shape {@code options}; the next step is then the
     * one this optimizer took after the capture (the learning rate stays this optimizer's own).
     *
     * @throws IllegalArgumentException when the moments do not fit {@code options}
     */
    public void restore(AdamState s, MlpOptions options) {
        reset();
        if (s.first32() == null && s.first64() == null) {
            step = s.step();
            return;
        }
        bind(options);
        boolean single = options.dataType() == DataType.FLOAT;
        int n = ParameterLayout.count(options);
        int got = single ? (s.first32() == null ? -1 : s.first32().length) : (s.first64() == null ? -1
                : s.first64().length);
        if (got != n) {
            reset();
            throw new IllegalArgumentException("optimizer moments of " + got + " values do not fit a network of "
                    + n + " parameters (" + options + ")");
        }
        if (single) {
            System.arraycopy(s.first32(), 0, first32, 0, n);
            System.arraycopy(s.second32(), 0, second32, 0, n);
        } else {
            System.arraycopy(s.first64(), 0, first64, 0, n);
            System.arraycopy(s.second64(), 0, second64, 0, n);
        }
        step = s.step();
    }

    private static float[] copy(float[] a) {
        return a == null ? null : a.clone();
    }

    private static double[] copy(double[] a) {
        return a == null ? null : a.clone();
    }

    /** Forgets the moments and the step count (the next step is {@code t = 1} again). */
    public void reset() {
        step = 0;
        boundTo = null;
        first32 = second32 = gradient32 = theta32 = null;
        first64 = second64 = gradient64 = theta64 = null;
    }

    private void bind(MlpOptions options) {
        if (boundTo == null) {
            int count = ParameterLayout.count(options);
            if (options.dataType() == DataType.FLOAT) {
                first32 = new float[count];
                second32 = new float[count];
                gradient32 = new float[count];
                theta32 = new float[count];
            } else {
                first64 = new double[count];
                second64 = new double[count];
                gradient64 = new double[count];
                theta64 = new double[count];
            }
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
