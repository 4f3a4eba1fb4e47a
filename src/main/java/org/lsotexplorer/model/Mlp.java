package org.lsotexplorer.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A multi-layer perceptron {@code f: R^{n_0} -> R^{n_L}} on ND4J with a hand-written backward pass.
 *
 * <p>Maths, row-wise on a batch {@code X} ({@code N x n_0}): {@code a_0 = X}, {@code p_l = a_{l-1} W_l + b_l},
 * {@code a_l = sigma_l(p_l)} for {@code l = 1..L}, output {@code a_L}; {@code sigma_l} is the hidden activation for
 * {@code l < L} and the output activation for {@code l = L}. {@code W_l} is {@code n_{l-1} x n_l}, {@code b_l} is
 * {@code 1 x n_l}.
 *
 * <p>Initialisation (He-normal): every weight is drawn independently from {@code N(0, 2 / n_{l-1})}, biases are 0.
 * The normals come from {@link java.util.SplittableRandom} with the given seed through the Box-Muller transform in
 * {@link StrictMath}, so the same seed gives the same weights bit for bit, on every JVM.
 *
 * <p>Parameter order (for {@link #parameters()}, {@link MlpGradients#flatten()} and checkpoints):
 * {@code W_1} row-major, {@code b_1}, {@code W_2}, {@code b_2}, ..., {@code W_L}, {@code b_L}.
 *
 * <p>Inputs must be rank-2 {@code N x n_0} arrays with {@code N >= 1}; other types are cast to the network's type.
 * A wrong shape throws {@link IllegalArgumentException}. An instance is not thread-safe: one training thread owns it
 * (architecture.md, threading rule).
 *
 * <p>Memory: the parameters live off-heap in one ND4J buffer; {@link #close()} frees it at once (a dropped network
 * would otherwise hold it until a garbage collection). {@link #forward} and {@link #inputGradient} free their
 * intermediate buffers before they return. Using a closed network throws {@link IllegalStateException}.
 */
public final class Mlp implements AutoCloseable {
    /** Rows per chunk in {@link #forward} and {@link #inputGradient}. */
    public static final int CHUNK_ROWS = 2048;

    private final MlpOptions options;
    private final INDArray params;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private boolean closed;

    /** A freshly He-initialised network. */
    public Mlp(MlpOptions options, long seed) {
        this(options, owned(Nd4j.createFromArray(HeNormal.parameters(options, seed)), options));
    }

    /** {@code values} in the network's type: the same array, or a cast copy with {@code values} freed. */
    private static INDArray owned(INDArray values, MlpOptions options) {
        if (values.dataType() == options.dataType()) {
            return values;
        }
        INDArray cast = values.castTo(options.dataType());
        NativeMemory.close(values);
        return cast;
    }

    /**
     * A network with the given parameters (in the documented order), e.g. from a checkpoint.
     *
     * @throws IllegalArgumentException if the count does not match the options or a value is not finite
     */
    public static Mlp fromParameters(MlpOptions options, double[] values) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        Mlp net = new Mlp(options, Nd4j.zeros(options.dataType(), ParameterLayout.count(options)));
        net.setParameters(values);
        return net;
    }

    private Mlp(MlpOptions options, INDArray flatParams) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
        this.params = flatParams;
        this.weights = ParameterLayout.weightViews(options, params);
        this.biases = ParameterLayout.biasViews(options, params);
    }

    /** The shape of this network. */
    public MlpOptions options() {
        return options;
    }

    /** Widths {@code n_0 .. n_L}. */
    public int[] widths() {
        return options.widths();
    }

    /** Number of affine layers {@code L}. */
    public int layerCount() {
        return options.layerCount();
    }

    /** The number {@code P} of weights and biases. */
    public int parameterCount() {
        return (int) params.length();
    }

    /** A copy of {@code W_l}, {@code 1 <= layer <= L}. */
    public INDArray weights(int layer) {
        return weightView(layer).dup();
    }

    /** A copy of {@code b_l} as a {@code 1 x n_l} row, {@code 1 <= layer <= L}. */
    public INDArray biases(int layer) {
        return biasView(layer).dup();
    }

    /** All parameters as doubles, in the documented order (float parameters are widened exactly). */
    public double[] parameters() {
        requireOpen();
        return params.toDoubleVector();
    }

    /**
     * Replaces all parameters. For float networks each value is rounded to the nearest float.
     *
     * @throws IllegalArgumentException if the length is not {@link #parameterCount()} or a value is not finite
     */
    public void setParameters(double[] values) {
        if (values == null || values.length != parameterCount()) {
            throw new IllegalArgumentException("expected " + parameterCount() + " parameters, got "
                    + (values == null ? "null" : values.length));
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("parameter " + i + " is not finite: " + values[i]);
            }
        }
        INDArray v = owned(Nd4j.createFromArray(values), options);
        params.assign(v);
        NativeMemory.close(v);
    }

    /** All parameters of a float network as floats (a fast exact copy for checkpoints). */
    public float[] floatParameters() {
        if (options.dataType() != DataType.FLOAT) {
            throw new IllegalStateException("floatParameters() needs a float network, this one is "
                    + options.dataType());
        }
        float[] out = new float[parameterCount()];
        FlatBuffers.floats(params).get(0, out);
        return out;
    }

    /** Replaces all parameters of a float network, exactly (see {@link #floatParameters()}). */
    public void setFloatParameters(float[] values) {
        if (options.dataType() != DataType.FLOAT || values.length != parameterCount()) {
            throw new IllegalArgumentException("expected " + parameterCount() + " float parameters for "
                    + options + ", got " + values.length);
        }
        FlatBuffers.floats(params).put(0, values);
    }

    /** An independent deep copy. */
    public Mlp copy() {
        return new Mlp(options, params.dup());
    }

    /**
     * {@code f(X)}, a new {@code N x n_L} array. Large batches (a heatmap grid) are processed in chunks of
     * {@value #CHUNK_ROWS} rows, so memory stays bounded by the chunk, not by {@code N}.
     */
    public INDArray forward(INDArray x) {
        INDArray input = prepareInput(x, options.inputDim(), "x");
        INDArray out = Nd4j.createUninitialized(options.dataType(), input.rows(), options.outputDim());
        ForwardCache cache = null;
        for (long start = 0; start < input.rows(); start += CHUNK_ROWS) {
            long end = Math.min(input.rows(), start + CHUNK_ROWS);
            cache = forwardCached(rowRange(input, start, end), cache);
            rowRange(out, start, end).assign(cache.output());
        }
        release(cache, input, x);
        return out;
    }

    /** Frees a pass's buffers, and its input when {@link #prepareInput} made a copy of the caller's array. */
    private static void release(ForwardCache cache, INDArray input, INDArray callerInput) {
        if (cache != null) {
            cache.close();
        }
        NativeMemory.closeCopy(input, callerInput);
    }

    /**
     * Runs the forward pass and keeps every {@code p_l} and {@code a_l} for {@link #backward}. The cache refers to
     * {@code x} itself (when it already has the network's type and layout), so do not modify {@code x} before the
     * backward pass.
     */
    public ForwardCache forwardCached(INDArray x) {
        return forwardCached(x, null);
    }

    /** As {@link #forwardCached(INDArray)}, reusing {@code reuse}'s buffers when it has the same shape. */
    ForwardCache forwardCached(INDArray x, ForwardCache reuse) {
        INDArray input = prepareInput(x, options.inputDim(), "x");
        ForwardCache cache = reuse != null && reuse.fits(options, input.rows()) ? reuse
                : new ForwardCache(options, input.rows());
        cache.act[0] = input;
        MlpPasses.forward(this, cache.pre, cache.act);
        return cache;
    }

    /**
     * Reverse mode: given {@code G = dLoss/d f(X)} ({@code N x n_L}) for the batch of {@code cache}, returns
     * {@code dLoss/dW_l = a_{l-1}^T delta_l} and {@code dLoss/db_l = 1^T delta_l}, where
     * {@code delta_L = G . sigma_L'(p_L)} and {@code delta_{l-1} = (delta_l W_l^T) . sigma'(p_{l-1})}.
     * The cache must come from this network with no parameter change since.
     */
    public MlpGradients backward(ForwardCache cache, INDArray dLossDOutput) {
        MlpGradients grads = new MlpGradients(options);
        backwardInto(cache, dLossDOutput, grads, 0.0);
        return grads;
    }

    /** As {@link #backward}, writing ({@code beta = 0}) or adding ({@code beta = 1}) into {@code grads}. */
    void backwardInto(ForwardCache cache, INDArray dLossDOutput, MlpGradients grads, double beta) {
        if (!cache.options.equals(options)) {
            throw new IllegalArgumentException("cache was made by a network of another shape");
        }
        INDArray g = prepareInput(dLossDOutput, options.outputDim(), "dLossDOutput");
        if (g.rows() != cache.rows) {
            throw new IllegalArgumentException("dLossDOutput has " + g.rows() + " rows, the cache " + cache.rows);
        }
        cache.ensureBackwardBuffers();
        INDArray[] delta = cache.delta;
        delta[layerCount()].assign(g);
        delta[0] = null;
        MlpPasses.backward(this, cache.pre, cache.act, delta, cache.deriv, grads, beta, cache.ones);
    }

    /**
     * The gradient of {@code sum_i f(x_i)} with respect to the inputs, i.e. row {@code i} is {@code grad f(x_i)}
     * ({@code N x n_0}), by back-propagating {@code dL/df = 1}. Only for scalar networks ({@code outputDim == 1};
     * otherwise {@link IllegalStateException}). Chunked like {@link #forward}.
     */
    public INDArray inputGradient(INDArray x) {
        if (options.outputDim() != 1) {
            throw new IllegalStateException("inputGradient needs outputDim 1, this network has " + options.outputDim());
        }
        INDArray input = prepareInput(x, options.inputDim(), "x");
        INDArray result = Nd4j.createUninitialized(options.dataType(), input.rows(), options.inputDim());
        ForwardCache cache = null;
        for (long start = 0; start < input.rows(); start += CHUNK_ROWS) {
            long end = Math.min(input.rows(), start + CHUNK_ROWS);
            cache = forwardCached(rowRange(input, start, end), cache);
            cache.ensureBackwardBuffers();
            cache.delta[layerCount()].assign(1.0);
            cache.delta[0] = rowRange(result, start, end);
            MlpPasses.backward(this, cache.pre, cache.act, cache.delta, cache.deriv, null, 0.0, cache.ones);
            cache.delta[0] = null;
        }
        release(cache, input, x);
        return result;
    }

    private static INDArray rowRange(INDArray a, long start, long end) {
        return a.get(NDArrayIndex.interval(start, end), NDArrayIndex.all());
    }

    INDArray weightView(int layer) {
        checkLayer(layer);
        return weights[layer];
    }

    INDArray biasView(int layer) {
        checkLayer(layer);
        return biases[layer];
    }

    INDArray parameterView() {
        return params;
    }

    private void checkLayer(int layer) {
        if (layer < 1 || layer > options.layerCount()) {
            throw new IllegalArgumentException("layer must be in 1.." + options.layerCount() + ", got " + layer);
        }
    }

    /** Frees the parameters now; later calls that need them throw {@link IllegalStateException}. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            NativeMemory.close(params);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this network was closed (its run was reset or released)");
        }
    }

    /** Whether {@link #close()} has freed the parameters. */
    public boolean isClosed() {
        return closed;
    }

    /** Checks an {@code N x columns} array and returns it C-contiguous in this network's data type. */
    INDArray prepareInput(INDArray x, int columns, String name) {
        requireOpen();
        if (x == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (x.rank() != 2 || x.columns() != columns || x.rows() < 1) {
            throw new IllegalArgumentException(name + " must be N x " + columns + " with N >= 1, got shape "
                    + java.util.Arrays.toString(x.shape()));
        }
        INDArray y = x.dataType() == options.dataType() ? x : x.castTo(options.dataType());
        return y.ordering() == 'c' && y.elementWiseStride() == 1 ? y : y.dup('c');
    }

    /**
     * The intermediate values {@code p_l}, {@code a_l} of one forward pass, kept for {@link Mlp#backward}.
     * Valid until the network's parameters change.
     */
    public static final class ForwardCache {
        private final MlpOptions options;
        private final int rows;
        final INDArray[] pre;
        final INDArray[] act;
        INDArray[] delta;
        INDArray[] deriv;
        INDArray ones;

        ForwardCache(MlpOptions options, int rows) {
            this.options = options;
            this.rows = rows;
            int[] n = options.widths();
            DataType type = options.dataType();
            pre = new INDArray[n.length];
            act = new INDArray[n.length];
            for (int l = 1; l < n.length; l++) {
                pre[l] = Nd4j.createUninitialized(type, rows, n[l]);
                act[l] = Nd4j.createUninitialized(type, rows, n[l]);
            }
        }

        /** The network output {@code a_L} ({@code N x n_L}); a live view, copy it to keep it. */
        public INDArray output() {
            return act[act.length - 1];
        }

        /** The batch size {@code N}. */
        public int rows() {
            return rows;
        }

        boolean fits(MlpOptions other, long batchRows) {
            return options.equals(other) && rows == batchRows;
        }

        void ensureBackwardBuffers() {
            if (delta != null) {
                return;
            }
            int[] n = options.widths();
            delta = new INDArray[n.length];
            deriv = new INDArray[n.length];
            for (int l = 1; l < n.length; l++) {
                delta[l] = Nd4j.createUninitialized(options.dataType(), rows, n[l]);
                deriv[l] = Nd4j.createUninitialized(options.dataType(), rows, n[l]);
            }
            ones = Nd4j.ones(options.dataType(), 1, rows);
        }

        /**
         * Frees the buffers this cache allocated (never the input {@code a_0}, which belongs to the caller); the cache
         * must not be used afterwards. Idempotent.
         */
        public void close() {
            for (int l = 1; l < pre.length; l++) {
                NativeMemory.close(pre[l], act[l]);
                if (delta != null) {
                    NativeMemory.close(delta[l], deriv[l]);
                }
            }
            NativeMemory.close(ones);
            act[0] = null;
        }
    }
}
