package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.SinkhornSolver;

class EntropicOtSolverTest {
    @Test
    void potentialIsTheSoftCTransformAndMapItsBarycentre() {
        double[][] codes = ToyPreset.TWO_MOONS.sample(200, new SplittableRandom(1));
        TransportProblem p = new TransportProblem(SourceDistribution.GAUSSIAN, ToyPreset.TWO_MOONS, codes);
        EntropicOtOptions o = new EntropicOtOptions(0.1, 150, 500, 1e-6);
        EntropicOtSolver s = new EntropicOtSolver(p, o, 3);
        s.step();
        double[][] z = SourceDistribution.GAUSSIAN.sample(50, 2, new SplittableRandom(2));
        double[] phi = s.potential().evaluate(z);
        double[][] t = s.map(z);
        // the solver's own duals, through the library's soft c-transform, must give the same potential
        double[] g = dualsOf(s);
        for (int i = 0; i < z.length; i++) {
            assertEquals(SinkhornSolver.softCTransform(z[i], codes, g, o.epsilon(), Cost.SQUARED_EUCLIDEAN), phi[i],
                    1e-9);
            // grad phi = z - T(z): central differences
            double h = 1e-5;
            double[] gx = new double[2];
            for (int k = 0; k < 2; k++) {
                double[] a = z[i].clone();
                double[] b = z[i].clone();
                a[k] += h;
                b[k] -= h;
                gx[k] = (s.potential().evaluate(new double[][] {a})[0]
                        - s.potential().evaluate(new double[][] {b})[0]) / (2 * h);
            }
            assertArrayEquals(new double[] {z[i][0] - gx[0], z[i][1] - gx[1]}, t[i], 1e-5);
        }
    }

    private static double[] dualsOf(EntropicOtSolver s) {
        try {
            java.lang.reflect.Field f = EntropicOtSolver.class.getDeclaredField("g");
            f.setAccessible(true);
            return ((double[]) f.get(s)).clone();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
