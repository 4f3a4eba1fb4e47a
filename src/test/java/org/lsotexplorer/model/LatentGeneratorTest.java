package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LatentGeneratorTest {
    /** 512 codes around (3, -2) with std 0.1. */
    private static INDArray codes() {
        SplittableRandom r = new SplittableRandom(1);
        double[][] y = new double[512][2];
        for (double[] row : y) {
            row[0] = 3 + 0.1 * (r.nextDouble() - 0.5) * 3.4;
            row[1] = -2 + 0.1 * (r.nextDouble() - 0.5) * 3.4;
        }
        return Nd4j.createFromArray(y);
    }

    private static double distanceToTargetMean(LatentGenerator g) {
        INDArray mean = g.generate(500, 7).mean(0);
        return Math.hypot(mean.getDouble(0) - 3, mean.getDouble(1) + 2);
    }

    @Test
    void generatedCodesMoveTowardsTheTarget() {
        LatentGenerator g = new LatentGenerator(codes(), new LatentGenerator.Options(32, 64, 5, 3e-3, DataType.FLOAT),
                2);
        double before = distanceToTargetMean(g);
        for (int i = 0; i < 60; i++) {
            LatentGenerator.Losses l = g.step();
            assertTrue(Double.isFinite(l.criticLoss()) && Double.isFinite(l.generatorLoss()));
        }
        double after = distanceToTargetMean(g);
        assertTrue(after < 0.5 * before, before + " -> " + after);
        assertArrayEquals(new long[] {10, 2}, g.generate(10, 1).shape());
    }

    @Test
    void sameSeedSameLosses() {
        LatentGenerator.Options o = new LatentGenerator.Options(16, 32, 2, 1e-3, DataType.FLOAT);
        LatentGenerator a = new LatentGenerator(codes(), o, 5);
        LatentGenerator b = new LatentGenerator(codes(), o, 5);
        for (int i = 0; i < 3; i++) {
            assertEquals(a.step(), b.step());
        }
        assertEquals(a.generate(5, 3), b.generate(5, 3));
    }

    @Test
    void generatorGradientMatchesFiniteDifferencesInFloat64() {
        LatentGenerator g = new LatentGenerator(codes(), new LatentGenerator.Options(8, 16, 1, 1e-3,
                DataType.DOUBLE), 3);
        g.step(); // move away from the initial state
        INDArray z = g.noise(16, new SplittableRandom(9));
        double[] analytic = g.generatorGradient(z).flatten();
        Mlp gen = g.generator();
        double[] theta = gen.parameters();
        double h = 1e-6;
        for (int i = 0; i < theta.length; i += 7) {
            double original = theta[i];
            theta[i] = original + h;
            gen.setParameters(theta);
            double up = g.generatorLoss(z);
            theta[i] = original - h;
            gen.setParameters(theta);
            double down = g.generatorLoss(z);
            theta[i] = original;
            gen.setParameters(theta);
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, analytic[i], 1e-7 + 1e-5 * Math.abs(numeric), "parameter " + i);
        }
    }
}
