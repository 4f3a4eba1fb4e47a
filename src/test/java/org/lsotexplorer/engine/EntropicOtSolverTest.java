package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        while (!s.isDone()) {
            s.step();
        }
        assertEquals(o.epsilon(), ((EntropicState) s.state()).epsilon(), 0.0, "epsilon scaling ends at the set value");
        double[][] z = SourceDistribution.GAUSSIAN.sample(50, 2, new SplittableRandom(2));
        double[] phi = s.potential().evaluate(z);
        double[][] t = s.map(z);
        // the solver's own duals, through the library's soft c-transform, must give the same potential
        double[] g = dualsOf(s);
        for (int i = 0; i < z.length; i++) {
            assertEquals(SinkhornSolver.softCTransform(z[i], codes, g, o.epsilon(), Cost.HALF_SQUARED_EUCLIDEAN), phi[i],
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
        return ((EntropicState) s.state()).g().clone();
    }

    @Test
    void eachStepIsOneIterationAndTheBlurSharpensAsEpsilonFalls() {
        double[][] codes = ToyPreset.EIGHT_GAUSSIANS.sample(300, new SplittableRandom(4));
        TransportProblem p = new TransportProblem(SourceDistribution.GAUSSIAN, ToyPreset.EIGHT_GAUSSIANS, codes);
        EntropicOtSolver s = new EntropicOtSolver(p, new EntropicOtOptions(0.02, 200, 3000, 1e-6), 5);
        double previous = Double.POSITIVE_INFINITY;
        int steps = 0;
        double[][] z = SourceDistribution.GAUSSIAN.sample(200, 2, new SplittableRandom(6));
        double firstSpread = Double.NaN;
        while (!s.isDone()) {
            StepResult r = s.step();
            steps++;
            assertEquals(steps, r.step());
            double eps = ((EntropicState) s.state()).epsilon();
            assertTrue(eps <= previous, "epsilon never rises");
            previous = eps;
            if (steps == 1) {
                firstSpread = meanNormOf(s.map(z));
            }
        }
        assertEquals(0.02, previous, 0.0);
        assertTrue(s.completedSteps() > 5 && s.completedSteps() < 3000, "converged within the budget");
        // at a large epsilon every z maps near the codes' mean; at 0.02 onto the ring of radius 2
        assertTrue(firstSpread < 1.0, "blurred at first: " + firstSpread);
        assertTrue(meanNormOf(s.map(z)) > 1.6, "sharp at the end: " + meanNormOf(s.map(z)));
    }

    private static double meanNormOf(double[][] t) {
        double sum = 0;
        for (double[] r : t) {
            sum += Math.hypot(r[0], r[1]);
        }
        return sum / t.length;
    }
}
