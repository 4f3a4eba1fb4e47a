package org.lsotexplorer.model;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A frozen copy of an {@link Mlp}'s parameters in plain Java arrays, so another thread (the frame worker) can
 * evaluate the network while training goes on (architecture.md: the training thread owns every ND4J array; the
 * screen gets copies). Same maths as {@link Mlp}: {@code a_0 = x}, {@code p_l = a_{l-1} W_l + b_l},
 * {@code a_l = sigma_l(p_l)}; parameters rounded to float as in the network.
 *
 * <p>Immutable and thread-safe. Costs {@code sum_l n_{l-1} n_l} multiply-adds per point for {@link #forward} and
 * about twice that for {@link #inputGradient}; rows are processed one at a time, so memory is O(max width).
 */
public final class MlpSnapshot {
    private final int[] widths;
    private final Activation[] activations;   // 1-based by layer
    private final float[][] weights;          // [layer][in * out], row-major (in rows)
    private final float[][] biases;

    private MlpSnapshot(int[] widths, Activation[] activations, float[][] weights, float[][] biases) {
        this.widths = widths;
        this.activations = activations;
        this.weights = weights;
        this.biases = biases;
    }

    /** Copies the parameters of {@code net} (call on the thread that owns it). */
    public static MlpSnapshot of(Mlp net) {
        MlpOptions o = net.options();
        int[] w = o.widths();
        FloatBuffer p = net.options().dataType() == DataType.FLOAT ? FlatBuffers.floats(net.parameterView())
                : FloatBuffer.wrap(net.parameterView().toFloatVector());   // read in place: no whole-vector copy
        int layers = w.length - 1;
        float[][] weights = new float[layers + 1][];
        float[][] biases = new float[layers + 1][];
        Activation[] act = new Activation[layers + 1];
        int at = 0;
        for (int l = 1; l <= layers; l++) {
            weights[l] = new float[w[l - 1] * w[l]];
            p.get(at, weights[l]);
            at += w[l - 1] * w[l];
            biases[l] = new float[w[l]];
            p.get(at, biases[l]);
            at += w[l];
            act[l] = l < layers ? o.hiddenActivation() : o.outputActivation();
        }
        return new MlpSnapshot(w, act, weights, biases);
    }

    public int inputDim() {
        return widths[0];
    }

    /** {@code f(x_i)} of a scalar network for each row (the first output for wider ones). */
    public double[] forward(double[][] x) {
        double[] out = new double[x.length];
        float[][] pre = new float[widths.length][];
        float[][] act = new float[widths.length][];
        for (int i = 0; i < x.length; i++) {
            forwardRow(x[i], pre, act);
            out[i] = act[widths.length - 1][0];
        }
        return out;
    }

    /** Row {@code i} is {@code grad f(x_i)} of a scalar network (back-propagation of {@code df = 1}). */
    public double[][] inputGradient(double[][] x) {
        int layers = widths.length - 1;
        double[][] out = new double[x.length][];
        float[][] pre = new float[widths.length][];
        float[][] act = new float[widths.length][];
        for (int i = 0; i < x.length; i++) {
            forwardRow(x[i], pre, act);
            float[] delta = new float[] {(float) activations[layers].derivative(pre[layers][0])};
            for (int l = layers; l >= 1; l--) {
                int in = widths[l - 1];
                int outW = widths[l];
                float[] w = weights[l];
                float[] next = new float[in];
                for (int r = 0; r < in; r++) {
                    float s = 0;
                    int row = r * outW;
                    for (int c = 0; c < outW; c++) {
                        s += w[row + c] * delta[c];
                    }
                    next[r] = l > 1 ? s * (float) activations[l - 1].derivative(pre[l - 1][r]) : s;
                }
                delta = next;
            }
            double[] g = new double[widths[0]];
            for (int k = 0; k < g.length; k++) {
                g[k] = delta[k];
            }
            out[i] = g;
        }
        return out;
    }

    private void forwardRow(double[] xi, float[][] pre, float[][] act) {
        int layers = widths.length - 1;
        float[] a = new float[widths[0]];
        for (int k = 0; k < a.length; k++) {
            a[k] = (float) xi[k];
        }
        act[0] = a;
        for (int l = 1; l <= layers; l++) {
            int in = widths[l - 1];
            int outW = widths[l];
            float[] p = biases[l].clone();
            float[] w = weights[l];
            for (int r = 0; r < in; r++) {
                float ar = a[r];
                if (ar == 0) {
                    continue;
                }
                int row = r * outW;
                for (int c = 0; c < outW; c++) {
                    p[c] += ar * w[row + c];
                }
            }
            float[] next = new float[outW];
            Activation f = activations[l];
            for (int c = 0; c < outW; c++) {
                next[c] = f == Activation.RELU ? Math.max(0f, p[c]) : f == Activation.IDENTITY ? p[c]
                        : (float) f.value(p[c]);
            }
            pre[l] = p;
            act[l] = next;
            a = next;
        }
    }
}
