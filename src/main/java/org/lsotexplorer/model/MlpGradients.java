package org.lsotexplorer.model;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The gradient {@code dL/dtheta} of a scalar loss with respect to every parameter of one {@link Mlp} shape:
 * per layer {@code l = 1..L} a weight gradient {@code dL/dW_l} ({@code n_{l-1} x n_l}) and a bias gradient
 * {@code dL/db_l} ({@code 1 x n_l}).
 *
 * <p>All blocks are views into one flat vector laid out exactly like {@link Mlp#parameters()}, so
 * {@link #flatten()}{@code [i]} is the derivative with respect to {@code parameters()[i]}. The object is mutable and,
 * like the network, owned by one thread. Mixing gradients of different shapes throws
 * {@link IllegalArgumentException}.
 */
public final class MlpGradients implements AutoCloseable {
    private final MlpOptions options;
    private final INDArray flat;
    private final INDArray[] weights;
    private final INDArray[] biases;

    /** Zero gradients for networks with the given options. */
    public MlpGradients(MlpOptions options) {
        this.options = options;
        this.flat = Nd4j.zeros(options.dataType(), ParameterLayout.count(options));
        this.weights = ParameterLayout.weightViews(options, flat);
        this.biases = ParameterLayout.biasViews(options, flat);
    }

    /** Zero gradients shaped like {@code net}. */
    public static MlpGradients zerosLike(Mlp net) {
        return new MlpGradients(net.options());
    }

    /** The network shape these gradients belong to. */
    public MlpOptions options() {
        return options;
    }

    /** Number of layers {@code L}. */
    public int layerCount() {
        return options.layerCount();
    }

    /** A copy of {@code dL/dW_l}, {@code 1 <= layer <= L}. */
    public INDArray weightGradient(int layer) {
        return weightView(layer).dup();
    }

    /** A copy of {@code dL/db_l} as a {@code 1 x n_l} row, {@code 1 <= layer <= L}. */
    public INDArray biasGradient(int layer) {
        return biasView(layer).dup();
    }

    /** Multiplies every entry by {@code factor}; returns this. */
    public MlpGradients scaleInPlace(double factor) {
        flat.muli(factor);
        return this;
    }

    /** Adds {@code other} entrywise; returns this. */
    public MlpGradients addInPlace(MlpGradients other) {
        requireSameShape(other);
        flat.addi(other.flat);
        return this;
    }

    /** Sets every entry to zero; returns this. */
    public MlpGradients zero() {
        flat.assign(0.0);
        return this;
    }

    /** The gradient as one vector, in the order of {@link Mlp#parameters()}. */
    public double[] flatten() {
        return flat.toDoubleVector();
    }

    /** The Euclidean norm of the whole gradient vector. */
    public double norm() {
        return flat.norm2Number().doubleValue();
    }

    /**
     * Whether any entry is NaN or infinite. Reads the off-heap vector in place, a small block at a time (a whole
     * copy per step was the largest allocation of a training session: 2 MB for the default discriminator).
     */
    public boolean hasNonFinite() {
        if (options.dataType() == DataType.FLOAT) {
            FloatBuffer b = FlatBuffers.floats(flat);
            for (int i = 0, n = (int) flat.length(); i < n; i++) {
                if (!Float.isFinite(b.get(i))) {
                    return true;
                }
            }
            return false;
        }
        DoubleBuffer b = FlatBuffers.doubles(flat);
        for (int i = 0, n = (int) flat.length(); i < n; i++) {
            if (!Double.isFinite(b.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Frees the off-heap vector now instead of at a garbage collection; the object must not be used afterwards. */
    @Override
    public void close() {
        NativeMemory.close(flat);
    }

    /** The live flat vector (shared layout with the parameters). */
    INDArray flatView() {
        return flat;
    }

    INDArray weightView(int layer) {
        checkLayer(layer);
        return weights[layer];
    }

    INDArray biasView(int layer) {
        checkLayer(layer);
        return biases[layer];
    }

    void requireSameShape(MlpGradients other) {
        if (!options.equals(other.options)) {
            throw new IllegalArgumentException("gradient shapes differ: " + options + " vs " + other.options);
        }
    }

    private void checkLayer(int layer) {
        if (layer < 1 || layer > options.layerCount()) {
            throw new IllegalArgumentException("layer must be in 1.." + options.layerCount() + ", got " + layer);
        }
    }
}
