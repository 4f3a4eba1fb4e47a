package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The frozen plain-Java copy computes what the ND4J network computes, and stays frozen. */
class MlpSnapshotTest {
    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static double[][] points(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] p = new double[n][2];
        for (double[] row : p) {
            row[0] = 2 * r.nextGaussian();
            row[1] = 2 * r.nextGaussian();
        }
        return p;
    }

    @Test
    void forwardAndInputGradientMatchTheNetwork() {
        for (Activation out : new Activation[] {Activation.IDENTITY, Activation.SOFTPLUS}) {
            Mlp net = new Mlp(new MlpOptions(2, new int[] {24, 16}, Activation.RELU, 1, out, DataType.FLOAT), 5);
            MlpSnapshot snap = MlpSnapshot.of(net);
            double[][] x = points(50, 1);
            INDArray xs = Nd4j.createFromArray(x).castTo(DataType.FLOAT);
            double[] expected = net.forward(xs).toDoubleVector();
            double[] got = snap.forward(x);
            double[][] expectedGrad = net.inputGradient(xs).toDoubleMatrix();
            double[][] gotGrad = snap.inputGradient(x);
            for (int i = 0; i < x.length; i++) {
                assertEquals(expected[i], got[i], 1e-4 * (1 + Math.abs(expected[i])), "f at row " + i);
                for (int k = 0; k < 2; k++) {
                    assertEquals(expectedGrad[i][k], gotGrad[i][k], 1e-4 * (1 + Math.abs(expectedGrad[i][k])));
                }
            }
        }
    }

    @Test
    void inputGradientMatchesFiniteDifferences() {
        Mlp net = new Mlp(new MlpOptions(2, new int[] {16}, Activation.TANH, 1, Activation.IDENTITY,
                DataType.FLOAT), 2);
        MlpSnapshot snap = MlpSnapshot.of(net);
        double h = 1e-2;
        for (double[] p : points(10, 3)) {
            double[] g = snap.inputGradient(new double[][] {p})[0];
            for (int k = 0; k < 2; k++) {
                double[] a = p.clone();
                double[] b = p.clone();
                a[k] += h;
                b[k] -= h;
                double fd = (snap.forward(new double[][] {a})[0] - snap.forward(new double[][] {b})[0]) / (2 * h);
                assertEquals(fd, g[k], 2e-3 * (1 + Math.abs(fd)));
            }
        }
    }

    @Test
    void laterTrainingDoesNotChangeTheCopy() {
        Mlp net = new Mlp(new MlpOptions(2, new int[] {8}, Activation.RELU, 1, Activation.IDENTITY,
                DataType.FLOAT), 7);
        MlpSnapshot snap = MlpSnapshot.of(net);
        double[][] x = points(5, 4);
        double[] before = snap.forward(x);
        double[] p = net.parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] += 0.5;
        }
        net.setParameters(p);
        double[] after = snap.forward(x);
        for (int i = 0; i < x.length; i++) {
            assertEquals(before[i], after[i], 0.0);
        }
    }
}
