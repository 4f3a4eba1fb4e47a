package org.lsotexplorer.math.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.ExactTransportSolver;

class MapMetricsTest {
    @Test
    void theExactMapScoresPerfectly() {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] z = SourceDistribution.GAUSSIAN.sample(300, 2, rng);
        double[][] y = SourceDistribution.UNIFORM.sample(300, 2, rng);
        int[] sigma = ExactTransportSolver.solve(z, y, Cost.HALF_SQUARED_EUCLIDEAN).assignment();
        double[][] mapped = new double[300][];
        for (int i = 0; i < 300; i++) {
            mapped[i] = y[sigma[i]];
        }
        MapMetrics m = MapMetrics.of(z, mapped, y);
        assertEquals(0, m.w2ToTarget(), 1e-12, "mapped set equals the target set");
        assertEquals(1, m.mapOptimality(), 1e-9);
        assertEquals(0, m.l2Uvp(), 1e-9);
        assertEquals(1, m.cosine(), 1e-9);
    }

    @Test
    void aCrossedPairingIsSuboptimal() {
        double[][] z = {{0, 0}, {1, 0}};
        double[][] crossed = {{1, 0}, {0, 0}};
        // pairing cost (0.5 + 0.5)/2 = 0.5, optimal (identity) cost 0 -> infinite ratio
        assertEquals(Double.POSITIVE_INFINITY, MapMetrics.mapOptimality(z, crossed));
        double[][] z2 = {{0, 0}, {1, 0}};
        double[][] t2 = {{3, 0}, {2, 0}};
        // pairing: (9 + 1)/2/2 = 2.5; optimal: (4 + 4)/2/2 = 2.0
        assertEquals(1.25, MapMetrics.mapOptimality(z2, t2), 1e-12);
    }

    @Test
    void uvpAndCosineOfAConstantShift() {
        SplittableRandom rng = new SplittableRandom(2);
        double[][] z = SourceDistribution.GAUSSIAN.sample(200, 2, rng);
        double[][] y = new double[200][];
        double[][] off = new double[200][];
        for (int i = 0; i < 200; i++) {
            y[i] = new double[] {z[i][0] + 5, z[i][1]};
            off[i] = new double[] {z[i][0] + 5, z[i][1] + 0.5};
        }
        MapMetrics m = MapMetrics.of(z, off, y);
        double var = org.lsotexplorer.math.PointClouds.totalVariance(y);
        assertEquals(100 * 0.25 / var, m.l2Uvp(), 1e-6);
        assertEquals(5 / Math.hypot(5, 0.5), m.cosine(), 1e-9);
        assertTrue(m.w2ToTarget() > 0.124 && m.w2ToTarget() <= 0.125 + 1e-12, "shift cost 0.5^2/2");
    }
}
