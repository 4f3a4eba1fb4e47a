package org.lsotexplorer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A SameDiff graph plus its trainable parameters and a hand-written Adam optimizer (Kingma and Ba 2015):
 * {@code m <- b1 m + (1-b1) g}, {@code v <- b2 v + (1-b2) g^2},
 * {@code theta <- theta - lr * (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)}, with {@code b1 = 0.9},
 * {@code b2 = 0.999}, {@code eps = 1e-8}.
 *
 * <p>Parameters are created in a fixed order with He-normal values ({@code N(0, 2 / fanIn)}, biases 0) drawn from one
 * {@link SplittableRandom} through Box-Muller in {@link StrictMath}: the same seed gives the same weights bit for bit.
 *
 * <p>{@link #trainStep} evaluates the loss and every gradient in one SameDiff call, and throws
 * {@link NonFiniteLossException} before touching any parameter when one of them is not finite. Not thread-safe.
 */
final class GraphModel {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    final SameDiff sd = SameDiff.create();
    final DataType type;
    private final SplittableRandom random;
    private final List<String> names = new ArrayList<>();
    private final Map<String, INDArray> firstMoment = new LinkedHashMap<>();
    private final Map<String, INDArray> secondMoment = new LinkedHashMap<>();
    private double learningRate;
    private long steps;
    private String lossVariable;
    private boolean closed;

    GraphModel(DataType type, long seed, double learningRate) {
        Nd4jRuntime.init();
        this.type = type;
        this.random = new SplittableRandom(seed);
        this.learningRate = learningRate;
    }

    /**
     * A trainable parameter of the given shape, He-normal with fan-in {@code fanIn} ({@code fanIn = 0}: zeros). Asking
     * again for an existing name returns the existing variable, so two subgraphs can share a layer.
     */
    SDVariable parameter(String name, int fanIn, long... shape) {
        if (sd.hasVariable(name)) {
            return sd.getVariable(name); // a second path through the same layer (e.g. decode from a placeholder)
        }
        long count = 1;
        for (long s : shape) {
            count *= s;
        }
        double[] values = new double[(int) count];
        if (fanIn > 0) {
            double std = StrictMath.sqrt(2.0 / fanIn);
            for (int i = 0; i < values.length; i += 2) {
                double radius = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - random.nextDouble()));
                double angle = 2.0 * StrictMath.PI * random.nextDouble();
                values[i] = std * radius * StrictMath.cos(angle);
                if (i + 1 < values.length) {
                    values[i + 1] = std * radius * StrictMath.sin(angle);
                }
            }
        }
        INDArray array = Nd4j.createFromArray(values).castTo(type).reshape(shape);
        names.add(name);
        firstMoment.put(name, Nd4j.zeros(type, shape));
        secondMoment.put(name, Nd4j.zeros(type, shape));
        return sd.var(name, array);
    }

    /** The parameter names in creation order. */
    List<String> parameterNames() {
        return Collections.unmodifiableList(names);
    }

    /** The live array of parameter {@code name}. */
    INDArray parameterArray(String name) {
        return sd.getVariable(name).getArr();
    }

    /** Total number of scalar parameters. */
    long parameterCount() {
        long n = 0;
        for (String name : names) {
            n += parameterArray(name).length();
        }
        return n;
    }

    double learningRate() {
        return learningRate;
    }

    void setLearningRate(double lr) {
        if (!(lr > 0 && lr <= 1)) {
            throw new IllegalArgumentException("learning rate must be in (0, 1], got " + lr);
        }
        learningRate = lr;
    }

    long stepCount() {
        return steps;
    }

    /** Runs the graph forward, returning the named outputs. */
    Map<String, INDArray> output(Map<String, INDArray> feeds, String... outputs) {
        requireOpen();
        return sd.output(feeds, outputs);
    }

    /**
     * One Adam step on {@code loss}. Returns the outputs named in {@code outputs} (the loss always included), computed
     * before the update.
     *
     * @throws NonFiniteLossException if the loss or a gradient is not finite; nothing is changed then
     */
    Map<String, INDArray> trainStep(Map<String, INDArray> feeds, String loss, String... outputs) {
        requireOpen();
        List<String> wanted = new ArrayList<>(List.of(outputs));
        if (!wanted.contains(loss)) {
            wanted.add(loss);
        }
        if (!loss.equals(lossVariable)) {
            sd.setLossVariables(loss);
            lossVariable = loss;
        }
        OutAndGrad result = sd.calculateGradientsAndOutputs(feeds, wanted, names);
        double value = result.getOutputs().get(loss).getDouble(0);
        if (!Double.isFinite(value)) {
            throw new NonFiniteLossException("loss is " + value, steps + 1);
        }
        Map<String, INDArray> grads = result.getGradients();
        for (String name : names) {
            INDArray g = grads.get(name);
            if (g == null) {
                throw new IllegalStateException("no gradient for parameter " + name);
            }
            double norm = g.norm2Number().doubleValue();
            if (!Double.isFinite(norm)) {
                throw new NonFiniteLossException("gradient of " + name + " is not finite", steps + 1);
            }
        }
        steps++;
        double rate = learningRate * Math.sqrt(1 - Math.pow(BETA2, steps)) / (1 - Math.pow(BETA1, steps));
        double epsHat = EPSILON * Math.sqrt(1 - Math.pow(BETA2, steps));
        for (String name : names) {
            INDArray raw = grads.get(name);
            INDArray g = raw.castTo(type);
            INDArray m = firstMoment.get(name);
            INDArray v = secondMoment.get(name);
            m.muli(BETA1);
            v.muli(BETA2);
            INDArray scratch = g.mul(1 - BETA1);
            m.addi(scratch);
            scratch.assign(g).muli(g).muli(1 - BETA2);
            v.addi(scratch);
            INDArray denominator = Nd4j.math().sqrt(v.dup()).addi(epsHat);
            scratch.assign(m).divi(denominator).muli(rate);
            parameterArray(name).subi(scratch);
            // free this step's buffers now: left to the collector they pile up off-heap between collections
            NativeMemory.close(scratch, denominator);
            NativeMemory.closeCopy(g, raw);
            NativeMemory.close(raw);
        }
        return result.getOutputs();
    }

    /** The loss value and {@code dLoss/dtheta} for every parameter, without updating anything (for tests). */
    Map<String, INDArray> gradients(Map<String, INDArray> feeds, String loss) {
        if (!loss.equals(lossVariable)) {
            sd.setLossVariables(loss);
            lossVariable = loss;
        }
        return sd.calculateGradients(feeds, names);
    }

    /** Copies of every parameter, in creation order. */
    Map<String, INDArray> parameterSnapshot() {
        Map<String, INDArray> copy = new LinkedHashMap<>();
        for (String name : names) {
            copy.put(name, parameterArray(name).dup());
        }
        return copy;
    }

    /**
     * Overwrites every parameter (and resets Adam).
     *
     * @throws IllegalArgumentException if a name is missing or a shape differs
     */
    void restore(Map<String, INDArray> values) {
        for (String name : names) {
            INDArray v = values.get(name);
            INDArray target = parameterArray(name);
            if (v == null || !java.util.Arrays.equals(v.shape(), target.shape())) {
                throw new IllegalArgumentException("parameter " + name + " missing or of the wrong shape");
            }
            target.assign(v.castTo(type));
        }
        for (String name : names) {
            firstMoment.get(name).assign(0);
            secondMoment.get(name).assign(0);
        }
        steps = 0;
    }

    /**
     * Frees every parameter and both Adam moments now (native memory that would otherwise wait for the collector);
     * the graph must not be used afterwards ({@link #output} and {@link #trainStep} then throw
     * {@link IllegalStateException}). Idempotent; call it on the thread that owns the model.
     */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (String name : names) {
            NativeMemory.close(parameterArray(name), firstMoment.get(name), secondMoment.get(name));
        }
        firstMoment.clear();
        secondMoment.clear();
    }

    boolean isClosed() {
        return closed;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this model was closed (its image run was released)");
        }
    }
}
