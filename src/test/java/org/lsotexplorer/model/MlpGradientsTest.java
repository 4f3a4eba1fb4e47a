package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class MlpGradientsTest {
    private static final MlpOptions SHAPE = new MlpOptions(2, new int[] {3}, Activation.RELU, 2, Activation.IDENTITY,
            DataType.DOUBLE);

    @BeforeAll
    static void init() {
        Nd4jRuntime.init();
    }

    private static MlpGradients counting(double offset) {
        MlpGradients g = new MlpGradients(SHAPE);
        g.flatView().assign(Nd4j.linspace(DataType.DOUBLE, offset, 1, (int) SHAPE.parameterCount()));
        return g;
    }

    @Test
    void flattenFollowsTheParameterOrder() {
        MlpGradients g = counting(0);
        assertArrayEquals(new double[][] {{0, 1, 2}, {3, 4, 5}}, g.weightGradient(1).toDoubleMatrix());
        assertArrayEquals(new double[] {6, 7, 8}, g.biasGradient(1).reshape(3).toDoubleVector());
        assertArrayEquals(new double[][] {{9, 10}, {11, 12}, {13, 14}}, g.weightGradient(2).toDoubleMatrix());
        assertArrayEquals(new double[] {15, 16}, g.biasGradient(2).reshape(2).toDoubleVector());
        assertEquals(17, g.flatten().length);
        assertEquals(2, g.layerCount());
    }

    @Test
    void arithmeticInPlace() {
        MlpGradients g = counting(0).scaleInPlace(2).addInPlace(counting(1));
        double[] f = g.flatten();
        for (int i = 0; i < f.length; i++) {
            assertEquals(2.0 * i + i + 1, f[i]);
        }
        assertEquals(0.0, g.zero().norm());
        assertThrows(IllegalArgumentException.class,
                () -> g.addInPlace(new MlpGradients(SHAPE.withDataType(DataType.FLOAT))));
        assertThrows(IllegalArgumentException.class, () -> g.weightGradient(3));
    }

    @Test
    void detectsNonFiniteEntriesOnly() {
        MlpGradients g = new MlpGradients(SHAPE.withDataType(DataType.FLOAT));
        assertFalse(g.hasNonFinite());
        g.flatView().assign(3e38); // finite entries whose float sum overflows
        assertFalse(g.hasNonFinite());
        g.flatView().putScalar(5, Double.NaN);
        assertTrue(g.hasNonFinite());
        g.flatView().putScalar(5, 1.0);
        g.flatView().putScalar(16, Double.NEGATIVE_INFINITY);
        assertTrue(g.hasNonFinite());
    }
}
