package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

class RayLengthRegressionLossTest {
    @BeforeAll
    static void init() {
        Nd4jRuntime.init();
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"RELU", "TANH"})
    void gradientMatchesFiniteDifferences(Activation hidden) {
        for (int[] widths : new int[][] {{2, 16, 16, 1}, {3, 8, 8, 8, 1}}) {
            Mlp net = GradientCheck.doubleNet(widths, hidden, Activation.SOFTPLUS, 8);
            INDArray z = MlpTest.kinkFreeInputs(net, 10, 3);
            INDArray t = Transforms.abs(GradientCheck.gaussian(10, 1, 4), false).muli(2);
            RayLengthRegressionLoss loss = new RayLengthRegressionLoss();
            double[] analytic = loss.evaluate(net, z, t).gradients().flatten();
            GradientCheck.assertMatches(net, n -> loss.evaluate(n, z, t).value(), analytic,
                    java.util.Arrays.toString(widths) + " " + hidden);
        }
    }

    @Test
    void valueIsTheMeanSquaredError() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 8, 1}, Activation.RELU, Activation.SOFTPLUS, 1);
        INDArray z = GradientCheck.gaussian(5, 2, 1);
        double[] t = {0.0, 0.5, 1.0, 2.0, 3.5};
        double[] pred = net.forward(z).reshape(5).toDoubleVector();
        double mse = 0;
        double mae = 0;
        for (int i = 0; i < 5; i++) {
            mse += (pred[i] - t[i]) * (pred[i] - t[i]) / 5;
            mae += Math.abs(pred[i] - t[i]) / 5;
        }
        RayLengthRegressionLoss.Result r = new RayLengthRegressionLoss().evaluate(net, z,
                org.nd4j.linalg.factory.Nd4j.createFromArray(t));
        assertEquals(mse, r.value(), 1e-14);
        assertEquals(mae, r.meanAbsoluteError(), 1e-14);
    }

    @Test
    void rejectsBadShapes() {
        Mlp net = GradientCheck.doubleNet(new int[] {2, 8, 1}, Activation.RELU, Activation.SOFTPLUS, 1);
        RayLengthRegressionLoss loss = new RayLengthRegressionLoss();
        INDArray z = GradientCheck.gaussian(5, 2, 1);
        assertThrows(IllegalArgumentException.class, () -> loss.evaluate(net, z, GradientCheck.gaussian(4, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> loss.evaluate(net, z, GradientCheck.gaussian(5, 2, 1)));
        Mlp vector = GradientCheck.doubleNet(new int[] {2, 8, 2}, Activation.RELU, Activation.SOFTPLUS, 1);
        assertThrows(IllegalArgumentException.class, () -> loss.evaluate(vector, z, GradientCheck.gaussian(5, 1, 1)));
    }
}
