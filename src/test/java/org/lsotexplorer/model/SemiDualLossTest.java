package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The LSOT semi-dual loss against a brute-force reference and finite differences. */
class SemiDualLossTest {
    private static final int M = 12;
    private static final int K = 8;

    @BeforeAll
    static void init() {
        Nd4jRuntime.init();
    }

    /** Brute force in Java: value, argmin per source point, and the smallest gap between best and second best. */
    record Reference(double value, int[] counts, double smallestGap) {
        static Reference of(Mlp net, INDArray z, INDArray y) {
            double[][] zs = z.toDoubleMatrix();
            double[][] ys = y.toDoubleMatrix();
            double[] d = net.forward(y).reshape(ys.length).toDoubleVector();
            int[] counts = new int[ys.length];
            double sumMin = 0;
            double gap = Double.POSITIVE_INFINITY;
            for (double[] zi : zs) {
                double best = Double.POSITIVE_INFINITY;
                double second = Double.POSITIVE_INFINITY;
                int arg = -1;
                for (int j = 0; j < ys.length; j++) {
                    double c = 0;
                    for (int t = 0; t < zi.length; t++) {
                        c += (zi[t] - ys[j][t]) * (zi[t] - ys[j][t]);
                    }
                    double v = c / 2 - d[j];
                    if (v < best) {
                        second = best;
                        best = v;
                        arg = j;
                    } else if (v < second) {
                        second = v;
                    }
                }
                counts[arg]++;
                sumMin += best;
                gap = Math.min(gap, second - best);
            }
            double meanD = java.util.Arrays.stream(d).average().orElseThrow();
            return new Reference(-(meanD + sumMin / zs.length), counts, gap);
        }
    }

    /** Data whose argmins and ReLU patterns are stable under the finite-difference stencil. */
    static INDArray[] stableBatch(Mlp net, long firstSeed) {
        for (long seed = firstSeed; seed < firstSeed + 500; seed++) {
            INDArray z = GradientCheck.gaussian(M, net.options().inputDim(), 2 * seed).muli(1.5);
            INDArray y = GradientCheck.gaussian(K, net.options().inputDim(), 2 * seed + 1);
            boolean kinkFree = net.options().hiddenActivation().hasCurvature()
                    || GradientCheck.kinkMargin(net, y) >= GradientCheck.KINK_MARGIN;
            if (kinkFree && Reference.of(net, z, y).smallestGap() > 0.05) {
                return new INDArray[] {z, y};
            }
        }
        throw new AssertionError("no stable batch found");
    }

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(new int[] {2, 16, 16, 1}, Activation.RELU),
                Arguments.of(new int[] {2, 16, 16, 1}, Activation.TANH),
                Arguments.of(new int[] {3, 8, 8, 8, 1}, Activation.RELU),
                Arguments.of(new int[] {3, 8, 8, 8, 1}, Activation.TANH));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("networks")
    void gradientMatchesFiniteDifferences(int[] widths, Activation hidden) {
        Mlp net = GradientCheck.doubleNet(widths, hidden, Activation.IDENTITY, 21);
        INDArray[] b = stableBatch(net, 1);
        SemiDualLoss loss = new SemiDualLoss();
        double[] analytic = loss.evaluate(net, b[0], b[1]).gradients().flatten();
        GradientCheck.assertMatches(net, n -> loss.evaluate(n, b[0], b[1]).value(), analytic,
                java.util.Arrays.toString(widths) + " " + hidden);
    }

    @Test
    void valueAndCellCountsMatchBruteForce() {
        Mlp net = GradientCheck.doubleNet(new int[] {3, 8, 8, 8, 1}, Activation.TANH, Activation.IDENTITY, 2);
        INDArray z = GradientCheck.gaussian(40, 3, 1);
        INDArray y = GradientCheck.gaussian(9, 3, 2).muli(2);
        SemiDualLoss.Result r = new SemiDualLoss().evaluate(net, z, y);
        Reference ref = Reference.of(net, z, y);
        assertEquals(ref.value(), r.value(), 1e-12);
        assertArrayEquals(ref.counts(), r.cellCounts());
        assertEquals(40, java.util.Arrays.stream(r.cellCounts()).sum());
        assertEquals(-(r.meanCodePotential() + r.meanCTransform()), r.value(), 1e-15);
        double worst = 0;
        for (int c : ref.counts()) {
            worst = Math.max(worst, Math.abs(c / 40.0 - 1.0 / 9));
        }
        assertEquals(worst, r.maxMassError(), 1e-15);
    }

    @Test
    void outputGradientSumsToZeroSoTheLastBiasGetsNone() {
        // sum_j (count_j / m - 1/k) = 0: adding a constant to D changes nothing.
        Mlp net = GradientCheck.doubleNet(new int[] {2, 16, 16, 1}, Activation.RELU, Activation.IDENTITY, 4);
        SemiDualLoss.Result r = new SemiDualLoss().evaluate(net, GradientCheck.gaussian(30, 2, 5),
                GradientCheck.gaussian(7, 2, 6));
        assertEquals(0.0, r.gradients().biasGradient(3).getDouble(0, 0), 1e-15);
        assertTrue(r.gradients().norm() > 0);
    }

    @Test
    void worksInFloatAndRejectsBadInputs() {
        Mlp net = new Mlp(MlpOptions.discriminator(2), 1);
        SemiDualLoss loss = new SemiDualLoss();
        SemiDualLoss.Result r = loss.evaluate(net, GradientCheck.gaussian(64, 2, 1), GradientCheck.gaussian(32, 2, 2));
        assertTrue(Double.isFinite(r.value()));
        assertEquals(DataType.FLOAT, r.gradients().options().dataType());
        assertThrows(IllegalArgumentException.class,
                () -> loss.evaluate(net, GradientCheck.gaussian(4, 3, 1), GradientCheck.gaussian(4, 2, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> loss.evaluate(net, GradientCheck.gaussian(4, 2, 1), GradientCheck.gaussian(4, 3, 1)));
        Mlp vector = GradientCheck.doubleNet(new int[] {2, 4, 2}, Activation.RELU, Activation.IDENTITY, 1);
        assertThrows(IllegalArgumentException.class,
                () -> loss.evaluate(vector, GradientCheck.gaussian(4, 2, 1), GradientCheck.gaussian(4, 2, 1)));
    }
}
