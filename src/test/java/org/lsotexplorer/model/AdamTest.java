package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class AdamTest {
    @BeforeAll
    static void init() {
        Nd4jRuntime.init();
    }

    private static MlpGradients gradient(Mlp net, long seed) {
        MlpGradients g = MlpGradients.zerosLike(net);
        g.flatView().assign(GradientCheck.gaussian(1, net.parameterCount(), seed).reshape(net.parameterCount()));
        return g;
    }

    /** Algorithm 1 of Kingma and Ba, in plain Java. */
    private static final class ReferenceAdam {
        final double[] m;
        final double[] v;
        int t;

        ReferenceAdam(int n) {
            m = new double[n];
            v = new double[n];
        }

        void step(double[] theta, double[] g, double lr, double b1, double b2, double eps) {
            t++;
            for (int i = 0; i < theta.length; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(b1, t));
                double vHat = v[i] / (1 - Math.pow(b2, t));
                theta[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
            }
        }
    }

    @Test
    void followsTheTextbookUpdateIncludingALearningRateChange() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 5, 1}, Activation.TANH, Activation.IDENTITY, 3);
        double[] theta = net.parameters();
        ReferenceAdam reference = new ReferenceAdam(theta.length);
        Adam adam = new Adam();
        assertEquals(1e-4, adam.learningRate());
        assertEquals(0.5, adam.beta1());
        assertEquals(0.9, adam.beta2());
        assertEquals(1e-8, adam.epsilon());
        for (int step = 0; step < 5; step++) {
            if (step == 3) {
                adam.setLearningRate(3e-2);
            }
            MlpGradients g = gradient(net, step);
            reference.step(theta, g.flatten(), adam.learningRate(), 0.5, 0.9, 1e-8);
            adam.step(net, g);
            assertArrayEquals(theta, net.parameters(), 1e-15, "step " + (step + 1));
        }
        assertEquals(5, adam.stepCount());
    }

    @Test
    void floatNetworksFollowTheSameFormulaInSinglePrecision() {
        Mlp net = new Mlp(new MlpOptions(2, new int[] {9}, Activation.RELU, 1, Activation.IDENTITY, DataType.FLOAT), 3);
        double[] theta = net.parameters();
        ReferenceAdam reference = new ReferenceAdam(theta.length);
        Adam adam = new Adam(1e-2);
        for (int step = 0; step < 4; step++) {
            MlpGradients g = MlpGradients.zerosLike(net);
            g.flatView().assign(GradientCheck.gaussian(1, net.parameterCount(), step).reshape(net.parameterCount()));
            reference.step(theta, g.flatten(), 1e-2, 0.5, 0.9, 1e-8);
            adam.step(net, g);
            assertArrayEquals(theta, net.parameters(), 1e-6, "step " + (step + 1));
        }
    }

    @Test
    void resetStartsAgainFromStepOne() {
        Mlp a = GradientCheck.doubleNet(new int[] {2, 5, 1}, Activation.TANH, Activation.IDENTITY, 3);
        Mlp b = a.copy();
        Adam used = new Adam(1e-2, 0.9, 0.999, 1e-8);
        used.step(a, gradient(a, 1));
        used.step(a, gradient(a, 2));
        used.reset();
        assertEquals(0, used.stepCount());
        b.setParameters(a.parameters());
        used.step(a, gradient(a, 3));
        new Adam(1e-2, 0.9, 0.999, 1e-8).step(b, gradient(b, 3));
        assertArrayEquals(b.parameters(), a.parameters(), 0.0);
    }

    @Test
    void nonFiniteGradientIsRejectedWithoutSideEffects() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 5, 1}, Activation.TANH, Activation.IDENTITY, 3);
        Mlp twin = net.copy();
        Adam adam = new Adam(1e-2);
        Adam twinAdam = new Adam(1e-2);
        adam.step(net, gradient(net, 1));
        twinAdam.step(twin, gradient(twin, 1));
        MlpGradients bad = gradient(net, 2);
        bad.flatView().putScalar(3, Double.NaN);
        double[] before = net.parameters();
        assertThrows(IllegalArgumentException.class, () -> adam.step(net, bad));
        assertArrayEquals(before, net.parameters(), 0.0);
        assertEquals(1, adam.stepCount());
        adam.step(net, gradient(net, 3));
        twinAdam.step(twin, gradient(twin, 3));
        assertArrayEquals(twin.parameters(), net.parameters(), 0.0);
    }

    @Test
    void validatesHyperParametersAndShapes() {
        assertThrows(IllegalArgumentException.class, () -> new Adam(0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Adam(1e-3, 1.0, 0.9, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new Adam(1e-3, 0.5, -0.1, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new Adam(1e-3, 0.5, 0.9, 0));
        assertThrows(IllegalArgumentException.class, () -> new Adam().setLearningRate(-1));

        Mlp small = GradientCheck.doubleNet(new int[] {2, 5, 1}, Activation.TANH, Activation.IDENTITY, 3);
        Mlp other = GradientCheck.doubleNet(new int[] {2, 6, 1}, Activation.TANH, Activation.IDENTITY, 3);
        Adam adam = new Adam();
        adam.step(small, gradient(small, 1));
        assertThrows(IllegalArgumentException.class, () -> adam.step(other, gradient(other, 1)));
        assertThrows(IllegalArgumentException.class, () -> adam.step(small, gradient(other, 1)));
        adam.reset();
        adam.step(other, gradient(other, 1));
        assertEquals(1, adam.stepCount());
        assertEquals(DataType.DOUBLE, Nd4j.zeros(DataType.DOUBLE, 1).dataType());
    }
}
