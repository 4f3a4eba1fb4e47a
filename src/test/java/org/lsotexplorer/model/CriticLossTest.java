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
import org.nd4j.linalg.factory.Nd4j;

/** The WGAN-GP loss: value, exact double-backprop gradient against finite differences, negative controls. */
class CriticLossTest {
    private static final int M = 6;

    @BeforeAll
    static void init() {
        Nd4jRuntime.init();
    }

    /** A source/code/weight batch; for kinked networks the first data seed whose pre-activations keep clear of 0. */
    record Batch(INDArray z, INDArray y, INDArray eps) {
        static Batch kinkFree(Mlp net, int m, long firstSeed) {
            return kinkFree(net, m, firstSeed, GradientCheck.KINK_MARGIN);
        }

        static Batch kinkFree(Mlp net, int m, long firstSeed, double margin) {
            for (long seed = firstSeed; seed < firstSeed + 500; seed++) {
                INDArray z = GradientCheck.gaussian(m, net.options().inputDim(), 3 * seed);
                INDArray y = GradientCheck.gaussian(m, net.options().inputDim(), 3 * seed + 1).muli(0.5).addi(1.5);
                INDArray eps = GradientCheck.uniformColumn(m, 3 * seed + 2);
                Batch b = new Batch(z, y, eps);
                if (net.options().hiddenActivation().hasCurvature()
                        || GradientCheck.kinkMargin(net, b.stacked()) >= margin) {
                    return b;
                }
            }
            throw new AssertionError("no kink-free batch found");
        }

        INDArray interpolates() {
            return y.sub(z).muliColumnVector(eps).addi(z);
        }

        INDArray stacked() {
            return Nd4j.vstack(z, y, interpolates());
        }
    }

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(new int[] {2, 16, 16, 1}, Activation.RELU, Activation.IDENTITY),
                Arguments.of(new int[] {2, 16, 16, 1}, Activation.TANH, Activation.IDENTITY),
                Arguments.of(new int[] {3, 8, 8, 8, 1}, Activation.RELU, Activation.IDENTITY),
                Arguments.of(new int[] {3, 8, 8, 8, 1}, Activation.TANH, Activation.IDENTITY),
                Arguments.of(new int[] {2, 8, 8, 1}, Activation.LEAKY_RELU, Activation.IDENTITY),
                Arguments.of(new int[] {2, 8, 8, 1}, Activation.SOFTPLUS, Activation.SOFTPLUS),
                Arguments.of(new int[] {2, 8, 8, 1}, Activation.RELU, Activation.SOFTPLUS));
    }

    @ParameterizedTest(name = "{0} {1}/{2}")
    @MethodSource("networks")
    void exactGradientMatchesFiniteDifferencesAndDroppedTermsAreDetected(int[] widths, Activation hidden,
                                                                          Activation output) {
        Mlp net = GradientCheck.doubleNet(widths, hidden, output, 11);
        Batch b = Batch.kinkFree(net, M, 100);
        CriticLoss loss = new CriticLoss();
        double[] exact = loss.evaluate(net, b.z, b.y, b.eps).gradients().flatten();
        double[] numeric = GradientCheck.numericGradient(net, n -> loss.evaluate(n, b.z, b.y, b.eps).value(),
                GradientCheck.stepFor(net));

        double error = GradientCheck.maxRelativeError(exact, numeric, GradientCheck.FLOOR);
        assertTrue(error < GradientCheck.TOLERANCE, "exact gradient: max relative error " + error);
        assertTrue(GradientCheck.maxAbs(exact) > 1e-3, "gradient too small to test anything");

        // Negative control 1: treating grad_x D(x_hat) as a constant must be caught.
        double[] firstOrder = new CriticLoss(10, DoubleBackprop.Mode.WITHOUT_SECOND_ORDER)
                .evaluate(net, b.z, b.y, b.eps).gradients().flatten();
        double firstOrderError = GradientCheck.maxRelativeError(firstOrder, numeric, GradientCheck.FLOOR);
        assertTrue(firstOrderError > 1e-2, "penalty without double backprop went unnoticed: " + firstOrderError);

        // Negative control 2: dropping the sigma'' terms is caught exactly when some activation is curved.
        double[] flat = new CriticLoss(10, DoubleBackprop.Mode.WITHOUT_CURVATURE)
                .evaluate(net, b.z, b.y, b.eps).gradients().flatten();
        double flatError = GradientCheck.maxRelativeError(flat, numeric, GradientCheck.FLOOR);
        if (hidden.hasCurvature() || output.hasCurvature()) {
            assertTrue(flatError > 1e-2, "gradient without the sigma'' terms went unnoticed: " + flatError);
        } else {
            assertArrayEquals(exact, flat, 0.0, "sigma'' = 0: the curvature pass must be a no-op");
        }
    }

    @Test
    void valueMatchesTheFormula() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 16, 16, 1}, Activation.TANH, Activation.IDENTITY, 5);
        Batch b = Batch.kinkFree(net, 9, 1);
        CriticLoss.Result r = new CriticLoss(3.5).evaluate(net, b.z, b.y, b.eps);

        double meanZ = net.forward(b.z).meanNumber().doubleValue();
        double meanY = net.forward(b.y).meanNumber().doubleValue();
        double[][] g = net.inputGradient(b.interpolates()).toDoubleMatrix();
        double penalty = 0;
        double norms = 0;
        for (double[] row : g) {
            double norm = Math.hypot(row[0], row[1]);
            penalty += (norm - 1) * (norm - 1);
            norms += norm;
        }
        penalty *= 3.5 / 9;
        assertEquals(meanZ, r.meanSourceCritic(), 1e-12);
        assertEquals(meanY, r.meanCodeCritic(), 1e-12);
        assertEquals(penalty, r.penalty(), 1e-12);
        assertEquals(norms / 9, r.meanGradientNorm(), 1e-12);
        assertEquals(meanZ - meanY + penalty, r.value(), 1e-12);
        assertEquals(meanY - meanZ, r.wassersteinEstimate(), 1e-12);
    }

    @Test
    void withoutPenaltyItIsPlainBackpropOfTheMeanDifference() {
        Mlp net = GradientCheck.doubleNet(new int[] {3, 8, 8, 8, 1}, Activation.TANH, Activation.IDENTITY, 2);
        Batch b = Batch.kinkFree(net, 5, 1);
        double[] viaLoss = new CriticLoss(0).evaluate(net, b.z, b.y, b.eps).gradients().flatten();
        MlpGradients viaBackward = net.backward(net.forwardCached(b.z), Nd4j.ones(DataType.DOUBLE, 5, 1).divi(5));
        viaBackward.addInPlace(net.backward(net.forwardCached(b.y), Nd4j.ones(DataType.DOUBLE, 5, 1).divi(-5)));
        assertArrayEquals(viaBackward.flatten(), viaLoss, 1e-14);
    }

    @Test
    void reusedBuffersGiveTheSameAnswerAsFreshOnes() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 16, 16, 1}, Activation.RELU, Activation.IDENTITY, 3);
        CriticLoss shared = new CriticLoss();
        MlpGradients into = MlpGradients.zerosLike(net);
        Batch first = Batch.kinkFree(net, 7, 1);
        Batch second = Batch.kinkFree(net, 7, 50);
        shared.evaluate(net, first.z, first.y, first.eps, into);
        CriticLoss.Result again = shared.evaluate(net, second.z, second.y, second.eps, into);
        CriticLoss.Result fresh = new CriticLoss().evaluate(net, second.z, second.y, second.eps);
        assertArrayEquals(fresh.gradients().flatten(), again.gradients().flatten(), 0.0);
        assertEquals(fresh.value(), again.value(), 0.0);
    }

    @Test
    void floatGradientAgreesWithDoubleToSinglePrecision() {
        for (Activation hidden : new Activation[] {Activation.RELU, Activation.TANH}) {
            Mlp wide = GradientCheck.doubleNet(new int[] {2, 64, 64, 1}, hidden, Activation.IDENTITY, 8);
            Mlp narrow = Mlp.fromParameters(wide.options().withDataType(DataType.FLOAT), wide.parameters());
            Batch b = Batch.kinkFree(wide, 32, 1, 1e-5); // no ReLU flips from float rounding
            Batch f = new Batch(b.z.castTo(DataType.FLOAT), b.y.castTo(DataType.FLOAT), b.eps.castTo(DataType.FLOAT));
            double[] g64 = new CriticLoss().evaluate(Mlp.fromParameters(wide.options(), narrow.parameters()),
                    f.z.castTo(DataType.DOUBLE), f.y.castTo(DataType.DOUBLE), f.eps.castTo(DataType.DOUBLE))
                    .gradients().flatten();
            double[] g32 = new CriticLoss().evaluate(narrow, f.z, f.y, f.eps).gradients().flatten();
            double worst = 0;
            for (int i = 0; i < g64.length; i++) {
                worst = Math.max(worst, Math.abs(g64[i] - g32[i]));
            }
            assertTrue(worst < 1e-4 * GradientCheck.maxAbs(g64), hidden + ": float32 off by " + worst);
        }
    }

    @Test
    void acceptsFloatNetworksAndCastsInputs() {
        Mlp net = new Mlp(new MlpOptions(2, new int[] {32, 32}, Activation.RELU, 1, Activation.IDENTITY,
                DataType.FLOAT), 4);
        Batch b = Batch.kinkFree(GradientCheck.doubleNet(new int[] {2, 32, 32, 1}, Activation.TANH,
                Activation.IDENTITY, 4), 16, 1);
        CriticLoss.Result r = new CriticLoss().evaluate(net, b.z, b.y, b.eps);
        assertTrue(Double.isFinite(r.value()));
        assertTrue(r.gradients().norm() > 0);
    }

    @Test
    void rejectsBadInputs() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 4, 1}, Activation.RELU, Activation.IDENTITY, 1);
        CriticLoss loss = new CriticLoss();
        INDArray z = GradientCheck.gaussian(4, 2, 1);
        INDArray eps = GradientCheck.uniformColumn(4, 1);
        assertThrows(IllegalArgumentException.class, () -> loss.evaluate(net, z, GradientCheck.gaussian(5, 2, 2), eps));
        assertThrows(IllegalArgumentException.class, () -> loss.evaluate(net, z, GradientCheck.gaussian(4, 3, 2), eps));
        assertThrows(IllegalArgumentException.class, () -> loss.evaluate(net, z, z, GradientCheck.uniformColumn(3, 1)));
        assertThrows(IllegalArgumentException.class, () -> loss.evaluate(net, z, z, eps.add(1.5)));
        assertThrows(IllegalArgumentException.class, () -> new CriticLoss(-1));
        assertThrows(IllegalArgumentException.class, () -> new CriticLoss(Double.NaN));
        Mlp twoOutputs = GradientCheck.doubleNet(new int[] {2, 4, 2}, Activation.RELU, Activation.IDENTITY, 1);
        assertThrows(IllegalArgumentException.class, () -> loss.evaluate(twoOutputs, z, z, eps));
    }
}
