package org.lsotexplorer.model;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The shape of a fully connected network {@code R^inputDim -> R^outputDim}:
 * {@code x -> sigma_out(W_L^T ... sigma(W_1^T x + b_1) ... + b_L)}, with one hidden layer per entry of
 * {@code hiddenWidths}.
 *
 * <p>Ranges (checked by the constructor, which throws {@link IllegalArgumentException} naming the bad field):
 * <ul>
 *   <li>{@code inputDim}, {@code outputDim}: 1 .. {@value #MAX_DIM};</li>
 *   <li>{@code hiddenWidths}: 0 .. {@value #MAX_HIDDEN_LAYERS} layers, each 1 .. {@value #MAX_WIDTH} wide;</li>
 *   <li>{@code hiddenActivation}: any {@link Activation};</li>
 *   <li>{@code outputActivation}: {@link Activation#IDENTITY} or {@link Activation#SOFTPLUS};</li>
 *   <li>{@code dataType}: {@link DataType#FLOAT} (training) or {@link DataType#DOUBLE} (gradient checks).</li>
 * </ul>
 * The width array is copied in and out, so an options value is immutable; {@code equals} compares contents.
 */
public record MlpOptions(int inputDim, int[] hiddenWidths, Activation hiddenActivation, int outputDim,
                         Activation outputActivation, DataType dataType) {
    /** Largest input or output dimension (a 64x64 RGB image has 12,288). */
    public static final int MAX_DIM = 1 << 20;
    /** Largest hidden width. */
    public static final int MAX_WIDTH = 4096;
    /** Largest number of hidden layers. */
    public static final int MAX_HIDDEN_LAYERS = 32;

    /** Validates and copies; see the class comment for the ranges. */
    public MlpOptions {
        checkDim("inputDim", inputDim);
        checkDim("outputDim", outputDim);
        if (hiddenWidths == null) {
            throw new IllegalArgumentException("hiddenWidths must not be null (use an empty array for no hidden layer)");
        }
        if (hiddenWidths.length > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("at most " + MAX_HIDDEN_LAYERS + " hidden layers, got "
                    + hiddenWidths.length);
        }
        for (int i = 0; i < hiddenWidths.length; i++) {
            if (hiddenWidths[i] < 1 || hiddenWidths[i] > MAX_WIDTH) {
                throw new IllegalArgumentException("hiddenWidths[" + i + "] must be in 1.." + MAX_WIDTH + ", got "
                        + hiddenWidths[i]);
            }
        }
        hiddenWidths = hiddenWidths.clone();
        if (hiddenActivation == null) {
            throw new IllegalArgumentException("hiddenActivation must not be null");
        }
        if (outputActivation != Activation.IDENTITY && outputActivation != Activation.SOFTPLUS) {
            throw new IllegalArgumentException("outputActivation must be IDENTITY or SOFTPLUS, got " + outputActivation);
        }
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("dataType must be FLOAT or DOUBLE, got " + dataType);
        }
    }

    /**
     * The LSOT discriminator / WGAN-GP critic of method.md 3.1: {@code latentDim -> 512 -> 512 -> 512 -> 1}, ReLU,
     * linear output, float32.
     */
    public static MlpOptions discriminator(int latentDim) {
        return new MlpOptions(latentDim, new int[] {512, 512, 512}, Activation.RELU, 1, Activation.IDENTITY,
                DataType.FLOAT);
    }

    /**
     * The ray-length regressor {@code t_psi} of method.md 3.2 step 4: {@code latentDim -> 128 -> 128 -> 1}, ReLU,
     * softplus output (so {@code t_psi >= 0}), float32.
     */
    public static MlpOptions rayLength(int latentDim) {
        return new MlpOptions(latentDim, new int[] {128, 128}, Activation.RELU, 1, Activation.SOFTPLUS,
                DataType.FLOAT);
    }

    /** The same shape with another data type. */
    public MlpOptions withDataType(DataType type) {
        return new MlpOptions(inputDim, hiddenWidths, hiddenActivation, outputDim, outputActivation, type);
    }

    /** A copy of the hidden widths. */
    @Override
    public int[] hiddenWidths() {
        return hiddenWidths.clone();
    }

    /** Number of affine layers {@code L = hiddenWidths.length + 1}. */
    public int layerCount() {
        return hiddenWidths.length + 1;
    }

    /** All widths {@code n_0 = inputDim, n_1 .. n_{L-1} = hidden, n_L = outputDim}; length {@code L + 1}. */
    public int[] widths() {
        int[] w = new int[hiddenWidths.length + 2];
        w[0] = inputDim;
        System.arraycopy(hiddenWidths, 0, w, 1, hiddenWidths.length);
        w[w.length - 1] = outputDim;
        return w;
    }

    /** Number of weights and biases: {@code sum_l (n_{l-1} + 1) n_l}. */
    public long parameterCount() {
        int[] w = widths();
        long count = 0;
        for (int l = 1; l < w.length; l++) {
            count += ((long) w[l - 1] + 1) * w[l];
        }
        return count;
    }

    /** The activation of layer {@code l} (1-based): hidden for {@code l < L}, output for {@code l = L}. */
    public Activation activation(int layer) {
        return layer == layerCount() ? outputActivation : hiddenActivation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlpOptions other && inputDim == other.inputDim && outputDim == other.outputDim
                && Arrays.equals(hiddenWidths, other.hiddenWidths) && hiddenActivation == other.hiddenActivation
                && outputActivation == other.outputActivation && dataType == other.dataType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(inputDim, Arrays.hashCode(hiddenWidths), hiddenActivation, outputDim, outputActivation,
                dataType);
    }

    @Override
    public String toString() {
        return "MlpOptions[" + inputDim + " -> " + Arrays.toString(hiddenWidths) + " " + hiddenActivation + " -> "
                + outputDim + " " + outputActivation + ", " + dataType + "]";
    }

    private static void checkDim(String name, int value) {
        if (value < 1 || value > MAX_DIM) {
            throw new IllegalArgumentException(name + " must be in 1.." + MAX_DIM + ", got " + value);
        }
    }
}
