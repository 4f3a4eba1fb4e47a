package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.Cost;

/** Epsilon-scaled, over-relaxed Sinkhorn: marginals at the stated tolerance, cost near the exact one for small eps. */
class ScaledSinkhornToleranceTest {
    @Test
    void convergesToTheMarginalToleranceAndApproachesTheExactCost() {
        Random r = new Random(21);
        double[][] x = OtTestSupport.uniformPoints(r, 120, 2);
        double[][] y = new double[150][2];
        for (double[] p : y) {
            p[0] = 0.5 + 0.3 * r.nextGaussian();
            p[1] = 0.2 * r.nextGaussian();
        }
        double exact = ExactTransportSolver.solve(x, y, Cost.SQUARED_DISTANCE).totalCost();
        for (double eps : new double[] {0.05, 0.005}) {
            ScaledSinkhorn s = new ScaledSinkhorn(x, y, Cost.SQUARED_DISTANCE, eps, 1e-9, 100_000);
            while (!s.iterate()) {
                assertTrue(s.iterations() < 100_000);
            }
            assertTrue(s.converged(), "eps " + eps);
            SinkhornResult result = s.result();
            double rows = 0;
            for (double v : result.sourceMarginal()) {
                rows += Math.abs(v - 1.0 / 120);
            }
            double cols = 0;
            for (double v : result.targetMarginal()) {
                cols += Math.abs(v - 1.0 / 150);
            }
            assertTrue(rows < 1e-12, "source marginal exact: " + rows);
            // the stopping test measures the plan before the last g step, which only lowers the error further
            assertTrue(cols <= 1e-9, "target marginal L1 " + cols);
            double gap = result.transportCost() - exact;
            assertTrue(gap >= -1e-12 && gap <= eps * Math.log(120), "eps " + eps + ": gap " + gap);
        }
    }
}
