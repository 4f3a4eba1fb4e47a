package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.Cost;

/** Epsilon scaling reaches plain Sinkhorn's fixed point, in fewer iterations, one iteration per call. */
class ScaledSinkhornTest {
    private static double[][] cloud(int n, double shift, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] p = new double[n][2];
        for (double[] row : p) {
            row[0] = r.nextGaussian() + shift;
            row[1] = r.nextGaussian() * 0.5;
        }
        return p;
    }

    @Test
    void reachesThePlainFixedPointAtTheFinalEpsilon() {
        double[][] x = cloud(150, 0, 1);
        double[][] y = cloud(200, 2, 2);
        double eps = 0.05;
        SinkhornResult plain = SinkhornSolver.solve(x, y, Cost.HALF_SQUARED_EUCLIDEAN,
                new SinkhornOptions(eps, 200_000, 1e-11));
        ScaledSinkhorn scaled = new ScaledSinkhorn(x, y, Cost.HALF_SQUARED_EUCLIDEAN, eps, 1e-11, 200_000);
        double lastEps = Double.POSITIVE_INFINITY;
        int calls = 0;
        while (!scaled.iterate()) {
            calls++;
            assertTrue(scaled.stageEpsilon() <= lastEps);
            lastEps = scaled.stageEpsilon();
        }
        assertTrue(scaled.converged());
        assertEquals(eps, scaled.stageEpsilon(), 0.0);
        assertEquals(calls + 1, scaled.iterations(), "one iteration per call");
        assertEquals(plain.transportCost(), scaled.transportCost(), 1e-7);
        // the duals agree up to the additive constant that Sinkhorn leaves free
        double[] a = plain.g();
        double[] b = scaled.g();
        double shift = b[0] - a[0];
        for (int j = 0; j < a.length; j++) {
            assertEquals(a[j] + shift, b[j], 1e-6, "g_" + j);
        }
        assertTrue(scaled.iterations() < plain.iterations(), "scaling saves iterations: " + scaled.iterations()
                + " vs " + plain.iterations());
    }

    @Test
    void stopsAtTheBudget() {
        ScaledSinkhorn s = new ScaledSinkhorn(cloud(40, 0, 3), cloud(50, 1, 4), Cost.HALF_SQUARED_EUCLIDEAN, 1e-3,
                1e-14, 7);
        int calls = 0;
        while (!s.iterate()) {
            calls++;
        }
        assertEquals(7, s.iterations());
        assertEquals(6, calls);
        assertTrue(s.isFinished());
    }
}
