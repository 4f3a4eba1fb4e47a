package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class MlpTest {
    @BeforeAll
    static void init() {
        Nd4jRuntime.init();
    }

    @Test
    void sameSeedGivesIdenticalWeightsBitForBit() {
        MlpOptions options = new MlpOptions(3, new int[] {64, 32}, Activation.RELU, 2, Activation.IDENTITY,
                DataType.DOUBLE);
        double[] a = new Mlp(options, 42).parameters();
        double[] b = new Mlp(options, 42).parameters();
        assertTrue(Arrays.equals(a, b), "same seed, different weights");
        assertFalse(Arrays.equals(a, new Mlp(options, 43).parameters()));
        double[] asFloat = new Mlp(options.withDataType(DataType.FLOAT), 42).parameters();
        for (int i = 0; i < a.length; i++) {
            assertEquals((float) a[i], (float) asFloat[i], "float network is the rounded double one at " + i);
        }
    }

    @Test
    void heNormalScaleAndZeroBiases() {
        Mlp net = new Mlp(new MlpOptions(512, new int[] {512}, Activation.RELU, 1, Activation.IDENTITY,
                DataType.DOUBLE), 9);
        double[] w = net.weights(1).reshape(512 * 512).toDoubleVector();
        double mean = Arrays.stream(w).average().orElseThrow();
        double var = Arrays.stream(w).map(v -> (v - mean) * (v - mean)).sum() / w.length;
        assertEquals(0.0, mean, 3 * Math.sqrt(2.0 / 512 / w.length) + 1e-4);
        assertEquals(2.0 / 512, var, 0.01 * 2.0 / 512);
        assertEquals(0.0, net.biases(1).amaxNumber().doubleValue());
        assertEquals(0.0, net.biases(2).amaxNumber().doubleValue());
    }

    @Test
    void parametersAreLaidOutLayerByLayerRowMajor() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 3, 4, 1}, Activation.TANH, Activation.IDENTITY, 1);
        double[] p = net.parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        net.setParameters(p);
        assertArrayEquals(new double[][] {{0, 1, 2}, {3, 4, 5}}, net.weights(1).toDoubleMatrix());
        assertArrayEquals(new double[] {6, 7, 8}, net.biases(1).reshape(3).toDoubleVector());
        assertEquals(9, net.weights(2).getDouble(0, 0));
        assertEquals(21, net.biases(2).getDouble(0, 0));
        assertEquals(net.parameterCount() - 1, net.biases(3).getDouble(0, 0));
        assertEquals(net.options().parameterCount(), net.parameterCount());
        assertArrayEquals(p, net.parameters());
    }

    @Test
    void setParametersValidates() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 3, 1}, Activation.TANH, Activation.IDENTITY, 1);
        assertThrows(IllegalArgumentException.class, () -> net.setParameters(new double[3]));
        double[] p = net.parameters();
        p[4] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> net.setParameters(p));
        assertThrows(IllegalArgumentException.class, () -> net.setParameters(null));
        Mlp rebuilt = Mlp.fromParameters(net.options(), net.parameters());
        assertArrayEquals(net.parameters(), rebuilt.parameters());
    }

    @Test
    void copyIsIndependent() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 5, 1}, Activation.RELU, Activation.IDENTITY, 1);
        Mlp copy = net.copy();
        double[] before = net.parameters();
        double[] changed = copy.parameters();
        changed[0] += 1;
        copy.setParameters(changed);
        assertArrayEquals(before, net.parameters());
        assertEquals(net.options(), copy.options());
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void forwardMatchesAPlainJavaReference(Activation hidden) {
        Mlp net = GradientCheck.doubleNet(new int[] {3, 7, 5, 2}, hidden, Activation.SOFTPLUS, 4);
        INDArray x = GradientCheck.gaussian(6, 3, 8);
        double[][] expected = reference(net, x.toDoubleMatrix());
        double[][] actual = net.forward(x).toDoubleMatrix();
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-12);
        }
        assertArrayEquals(actual[0], net.forwardCached(x).output().toDoubleMatrix()[0], 0.0);
        double[][] fromFloatInput = net.forward(x.castTo(DataType.FLOAT)).toDoubleMatrix();
        assertArrayEquals(reference(net, x.castTo(DataType.FLOAT).castTo(DataType.DOUBLE).toDoubleMatrix())[1],
                fromFloatInput[1], 1e-12);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"RELU", "TANH", "SOFTPLUS"})
    void backwardMatchesFiniteDifferences(Activation hidden) {
        for (int[] widths : new int[][] {{2, 16, 16, 2}, {3, 8, 8, 8, 1}}) {
            Mlp net = GradientCheck.doubleNet(widths, hidden, Activation.IDENTITY, 6);
            INDArray x = kinkFreeInputs(net, 5, 1);
            INDArray weightsOfOutputs = GradientCheck.gaussian(5, widths[widths.length - 1], 77);
            // L = sum_ik C_ik f(x)_ik + 0.5 sum_ik f(x)_ik^2, so dL/df = C + f.
            ToDoubleFunction<Mlp> loss = n -> {
                INDArray f = n.forward(x);
                return f.mul(weightsOfOutputs).sumNumber().doubleValue() + 0.5 * f.mul(f).sumNumber().doubleValue();
            };
            Mlp.ForwardCache cache = net.forwardCached(x);
            INDArray dLdf = weightsOfOutputs.add(cache.output());
            double[] analytic = net.backward(cache, dLdf).flatten();
            GradientCheck.assertMatches(net, loss, analytic, Arrays.toString(widths) + " " + hidden);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"RELU", "LEAKY_RELU", "TANH", "SOFTPLUS"})
    void inputGradientMatchesFiniteDifferences(Activation hidden) {
        for (Activation output : new Activation[] {Activation.IDENTITY, Activation.SOFTPLUS}) {
            Mlp net = GradientCheck.doubleNet(new int[] {3, 16, 16, 1}, hidden, output, 2);
            INDArray x = kinkFreeInputs(net, 4, 10);
            double[][] analytic = net.inputGradient(x).toDoubleMatrix();
            double h = GradientCheck.stepFor(net);
            double worst = 0;
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 3; j++) {
                    final int row = i;
                    final int col = j;
                    ToDoubleFunction<Double> sumD = shift -> {
                        INDArray probe = x.dup();
                        probe.putScalar(row, col, x.getDouble(row, col) + shift);
                        return net.forward(probe).sumNumber().doubleValue();
                    };
                    double numeric = (sumD.applyAsDouble(-2 * h) - 8 * sumD.applyAsDouble(-h)
                            + 8 * sumD.applyAsDouble(h) - sumD.applyAsDouble(2 * h)) / (12 * h);
                    double scale = Math.max(GradientCheck.FLOOR, Math.max(Math.abs(numeric), Math.abs(analytic[i][j])));
                    worst = Math.max(worst, Math.abs(numeric - analytic[i][j]) / scale);
                }
            }
            assertTrue(worst < GradientCheck.TOLERANCE, hidden + "/" + output + ": max relative error " + worst);
        }
    }

    @Test
    void largeBatchesAreChunkedWithoutChangingTheResult() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 8, 1}, Activation.TANH, Activation.IDENTITY, 3);
        int n = 2 * Mlp.CHUNK_ROWS + 17;
        INDArray x = GradientCheck.gaussian(n, 2, 5);
        INDArray out = net.forward(x);
        INDArray grad = net.inputGradient(x);
        for (int row : new int[] {0, Mlp.CHUNK_ROWS - 1, Mlp.CHUNK_ROWS, n - 1}) {
            INDArray one = x.getRow(row, true);
            assertEquals(net.forward(one).getDouble(0, 0), out.getDouble(row, 0), 1e-15);
            assertArrayEquals(net.inputGradient(one).toDoubleMatrix()[0], grad.getRow(row).toDoubleVector(), 1e-15);
        }
    }

    @Test
    void rejectsBadShapes() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 4, 3}, Activation.RELU, Activation.IDENTITY, 1);
        assertThrows(IllegalArgumentException.class, () -> net.forward(Nd4j.zeros(DataType.DOUBLE, 4, 3)));
        assertThrows(IllegalArgumentException.class, () -> net.forward(Nd4j.zeros(DataType.DOUBLE, 2)));
        assertThrows(IllegalArgumentException.class, () -> net.forward(null));
        assertThrows(IllegalStateException.class, () -> net.inputGradient(Nd4j.zeros(DataType.DOUBLE, 4, 2)));
        Mlp.ForwardCache cache = net.forwardCached(Nd4j.zeros(DataType.DOUBLE, 4, 2));
        assertThrows(IllegalArgumentException.class, () -> net.backward(cache, Nd4j.zeros(DataType.DOUBLE, 5, 3)));
        Mlp other = GradientCheck.doubleNet(new int[] {2, 5, 3}, Activation.RELU, Activation.IDENTITY, 1);
        assertThrows(IllegalArgumentException.class, () -> other.backward(cache, Nd4j.zeros(DataType.DOUBLE, 4, 3)));
        assertThrows(IllegalArgumentException.class, () -> net.weights(0));
        assertThrows(IllegalArgumentException.class, () -> net.biases(3));
    }

    /** Inputs (first seed from {@code seed}) whose hidden pre-activations keep clear of the ReLU kink. */
    static INDArray kinkFreeInputs(Mlp net, int rows, long seed) {
        for (long s = seed; s < seed + 500; s++) {
            INDArray x = GradientCheck.gaussian(rows, net.options().inputDim(), s);
            if (net.options().hiddenActivation().hasCurvature()
                    || GradientCheck.kinkMargin(net, x) >= GradientCheck.KINK_MARGIN) {
                return x;
            }
        }
        throw new AssertionError("no kink-free input found");
    }

    /** The forward pass in plain Java doubles. */
    static double[][] reference(Mlp net, double[][] x) {
        double[][] a = x;
        for (int l = 1; l <= net.layerCount(); l++) {
            double[][] w = net.weights(l).toDoubleMatrix();
            double[] b = net.biases(l).reshape(w[0].length).toDoubleVector();
            Activation sigma = net.options().activation(l);
            double[][] next = new double[a.length][w[0].length];
            for (int i = 0; i < a.length; i++) {
                for (int k = 0; k < w[0].length; k++) {
                    double s = b[k];
                    for (int j = 0; j < w.length; j++) {
                        s += a[i][j] * w[j][k];
                    }
                    next[i][k] = sigma.value(s);
                }
            }
            a = next;
        }
        return a;
    }
}
