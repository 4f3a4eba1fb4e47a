package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.math.SourceDistribution;

/** Damped Newton on exact Laguerre cells: convergence from good and from degenerate starts, degenerate inputs. */
class SemiDiscreteNewtonTest {
    private static final SourceDistribution G = SourceDistribution.GAUSSIAN;

    private static double[][] eightGaussians(int n, long seed) {
        return ToyPreset.EIGHT_GAUSSIANS.sampleCodes(n, new SplittableRandom(seed));
    }

    private static SemiDiscreteNewton solve(double[][] codes, double[] h, double[] w, SourceDistribution s) {
        SemiDiscreteNewton newton = new SemiDiscreteNewton(codes, h, w, s, NewtonOptions.defaults());
        while (!newton.isDone()) {
            newton.step();
        }
        return newton;
    }

    @Test
    void reachesTenToTheMinusTenFromZeroHeightsWhereMostCellsStartEmpty() {
        double[][] codes = eightGaussians(512, 1);
        LaguerreDiagram start = LaguerreDiagram.compute(codes, new double[512], null, G);
        int empty = 0;
        for (int j = 0; j < 512; j++) {
            empty += start.mass(j) == 0 ? 1 : 0;
        }
        assertTrue(empty > 450, empty + " empty cells at zero heights");
        SemiDiscreteNewton newton = solve(codes, new double[512], null, G);
        assertNull(newton.failure());
        assertTrue(newton.isConverged(), "worst error " + newton.diagram().worstRelativeError());
        assertTrue(newton.startShifted());
        assertTrue(newton.diagram().worstRelativeError() <= 1e-10);
    }

    @Test
    void reachesTenToTheMinusTenQuicklyFromNearbyHeights() {
        double[][] codes = eightGaussians(1024, 2);
        SemiDiscreteNewton exact = solve(codes, new double[1024], null, G);
        double[] h = exact.heights();
        SplittableRandom rng = new SplittableRandom(3);
        for (int j = 0; j < h.length; j++) {
            h[j] += 0.002 * rng.nextGaussian();                // a discriminator-like start: right shape, noisy
        }
        SemiDiscreteNewton newton = solve(codes, h, null, G);
        assertTrue(newton.isConverged());
        assertTrue(newton.iteration() <= 25, newton.iteration() + " iterations");
        assertEquals(newton.iteration() + 1, newton.history().size());
        assertTrue(newton.history().get(newton.iteration()).worstRelativeError() <= 1e-10);
    }

    @Test
    void nonUniformWeightsAndTheUniformSourceConverge() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 300;
        double[][] codes = new double[n][];
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            codes[j] = new double[] {2 * rng.nextDouble() - 1, 2 * rng.nextDouble() - 1};
            w[j] = 0.5 + rng.nextDouble();
        }
        for (SourceDistribution s : SourceDistribution.values()) {
            SemiDiscreteNewton newton = solve(codes, new double[n], w, s);
            assertTrue(newton.isConverged(), s + ": " + newton.diagram().worstRelativeError());
            double sum = 0;
            for (double x : w) {
                sum += x;
            }
            assertEquals(w[7] / sum, newton.diagram().mass(7), 1e-10 * w[7] / sum);
        }
    }

    @Test
    void collinearCodesConverge() {
        int n = 40;
        double[][] codes = new double[n][];
        for (int j = 0; j < n; j++) {
            codes[j] = new double[] {0.1 * j - 2, 0.05 * j - 1};
        }
        SemiDiscreteNewton newton = solve(codes, new double[n], null, G);
        assertTrue(newton.isConverged(), "worst error " + newton.diagram().worstRelativeError());
    }

    @Test
    void oneCodeIsConvergedAtOnce() {
        SemiDiscreteNewton newton = new SemiDiscreteNewton(new double[][] {{3, 4}}, new double[1], null, G,
                NewtonOptions.defaults());
        assertTrue(newton.isDone());
        assertTrue(newton.isConverged());
        assertEquals(1, newton.diagram().mass(0), 1e-15);
    }

    @Test
    void codesFarOutsideTheBulkStillConverge() {
        double[][] codes = {{0, 0}, {1, 0}, {0, 1}, {60, 0}, {-45, 30}};
        SemiDiscreteNewton newton = solve(codes, new double[5], null, G);
        assertNull(newton.failure());
        assertTrue(newton.isConverged(), "worst error " + newton.diagram().worstRelativeError());
    }

    @Test
    void duplicateCodesAreMergedWithSummedWeights() {
        double[][] codes = {{1, 0}, {0, 1}, {1, 0}, {-1, -1}, {1, 0}};
        SemiDiscreteNewton newton = solve(codes, new double[5], null, G);
        assertTrue(newton.isConverged());
        assertEquals(3, newton.distinctCodeCount());
        assertEquals(0.6, newton.diagram().mass(0), 1e-10 * 0.6);      // three copies of (1, 0)
        double[] h = newton.heights();
        assertEquals(h[0], h[2], 0);
        assertEquals(h[0], h[4], 0);
        BrenierPotential u = newton.potential();
        assertEquals(5, u.codeCount());
        int[] counts = u.cellCounts(G.sample(200_000, 2, new SplittableRandom(4)));
        assertEquals(0, counts[2] + counts[4], "ties go to the first copy");
        assertEquals(0.6, counts[0] / 200_000.0, 0.005);
    }
}
