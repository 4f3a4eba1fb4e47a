package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ActivationTest {
    /** Points away from the kink at 0. */
    private static final double[] POINTS = {-7.5, -2.0, -0.7, -0.05, 0.03, 0.4, 1.3, 3.0, 9.0};

    @BeforeAll
    static void init() {
        Nd4jRuntime.init();
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void derivativesMatchFiniteDifferences(Activation sigma) {
        double h = 1e-5;
        for (double z : POINTS) {
            double d1 = (sigma.value(z + h) - sigma.value(z - h)) / (2 * h);
            double d2 = (sigma.derivative(z + h) - sigma.derivative(z - h)) / (2 * h);
            assertEquals(d1, sigma.derivative(z), 1e-8, sigma + "' at " + z);
            assertEquals(d2, sigma.secondDerivative(z), 1e-8, sigma + "'' at " + z);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void arrayVersionsAgreeWithScalarOnes(Activation sigma) {
        INDArray z = Nd4j.createFromArray(POINTS).reshape(3, 3);
        double[] v = sigma.value(z).reshape(9).toDoubleVector();
        double[] d = sigma.derivative(z).reshape(9).toDoubleVector();
        double[] s = sigma.secondDerivative(z).reshape(9).toDoubleVector();
        for (int i = 0; i < POINTS.length; i++) {
            assertEquals(sigma.value(POINTS[i]), v[i], 1e-14, sigma + " at " + POINTS[i]);
            assertEquals(sigma.derivative(POINTS[i]), d[i], 1e-14, sigma + "' at " + POINTS[i]);
            assertEquals(sigma.secondDerivative(POINTS[i]), s[i], 1e-14, sigma + "'' at " + POINTS[i]);
        }
        assertEquals(sigma.hasCurvature(), sigma == Activation.TANH || sigma == Activation.SOFTPLUS);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void inPlaceEqualsOutOfPlace(Activation sigma) {
        INDArray z = Nd4j.createFromArray(POINTS);
        INDArray expectedValue = sigma.value(z);
        INDArray expectedDerivative = sigma.derivative(z);
        INDArray expectedSecond = sigma.secondDerivative(z);
        assertEquals(expectedValue, sigma.valueInto(z, z.ulike()));
        INDArray a = z.dup();
        assertEquals(expectedValue, sigma.valueInto(a, a));
        INDArray b = z.dup();
        assertEquals(expectedDerivative, sigma.derivativeInto(b, b));
        INDArray c = z.dup();
        assertEquals(expectedSecond, sigma.secondDerivativeInto(c, c));
    }

    @Test
    void softplusNeverOverflowsInFloat() {
        INDArray z = Nd4j.createFromArray(new float[] {-1000f, -100f, 0f, 100f, 1000f});
        double[] v = Activation.SOFTPLUS.value(z).toDoubleVector();
        assertEquals(0.0, v[0], 1e-30);
        assertEquals(Math.log(2), v[2], 1e-7);
        assertEquals(100.0, v[3], 1e-5);
        assertEquals(1000.0, v[4], 1e-4);
        for (double x : v) {
            assertTrue(Double.isFinite(x));
        }
        assertEquals(DataType.FLOAT, Activation.SOFTPLUS.value(z).dataType());
    }

    @Test
    void kinksUseOneSidedDerivatives() {
        assertEquals(0.0, Activation.RELU.derivative(0.0));
        assertEquals(1.0, Activation.LEAKY_RELU.derivative(0.0));
        assertEquals(0.0, Activation.RELU.derivative(Nd4j.zeros(DataType.DOUBLE, 1)).getDouble(0));
        assertEquals(1.0, Activation.LEAKY_RELU.derivative(Nd4j.zeros(DataType.DOUBLE, 1)).getDouble(0));
        assertEquals(Activation.LEAKY_SLOPE, Activation.LEAKY_RELU.derivative(-1.0));
        assertFalse(Activation.RELU.hasCurvature());
    }
}
