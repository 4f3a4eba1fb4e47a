package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.SourceDistribution;

class HierarchicalHeightsTest {
    @Test
    void gradientIsTheAdjointOfTheParametrisation() {
        // heights(theta) is linear, so the chain rule says <gradient(g), theta> = <g, heights(theta)>
        SplittableRandom rng = new SplittableRandom(5);
        double[][] codes = SourceDistribution.GAUSSIAN.sample(300, 2, rng);
        BrenierPotential u = new BrenierPotential(codes, new double[300]);
        HierarchicalHeights hh = new HierarchicalHeights(u.tree(), 300);
        assertTrue(hh.parameterCount() > 300, "node parameters exist");
        for (int t = 0; t < 5; t++) {
            double[] theta = new double[hh.parameterCount()];
            double[] g = new double[300];
            for (int p = 0; p < theta.length; p++) {
                theta[p] = rng.nextGaussian();
            }
            for (int j = 0; j < g.length; j++) {
                g[j] = rng.nextGaussian();
            }
            double lhs = dot(hh.gradient(g), theta);
            double rhs = dot(g, hh.heights(theta));
            assertEquals(rhs, lhs, 1e-9 * Math.max(1, Math.abs(rhs)));
        }
    }

    @Test
    void nodeParameterShiftsExactlyItsCodes() {
        double[][] codes = SourceDistribution.UNIFORM.sample(100, 2, new SplittableRandom(1));
        BrenierPotential u = new BrenierPotential(codes, new double[100]);
        HierarchicalHeights hh = new HierarchicalHeights(u.tree(), 100);
        double[] theta = new double[hh.parameterCount()];
        theta[100] = 1.0;        // first non-root node
        double[] h = hh.heights(theta);
        int shifted = 0;
        for (double x : h) {
            assertTrue(x == 0 || x == 1);
            shifted += (int) x;
        }
        assertTrue(shifted > 0 && shifted < 100, "a proper subtree moved: " + shifted);
    }

    @Test
    void multiscaleFixesAClusterLevelImbalanceThatPerCodeAdamCannot() {
        // two tight clusters; the start gives the right cluster far too much mass
        SplittableRandom rng = new SplittableRandom(2);
        double[][] codes = new double[256][];
        double[] h = new double[256];
        for (int j = 0; j < 256; j++) {
            double cx = j < 128 ? -1.5 : 1.5;
            codes[j] = new double[] {cx + 0.01 * rng.nextGaussian(), 0.01 * rng.nextGaussian()};
            h[j] = j < 128 ? -0.6 : 0.6;
        }
        double multi = leftShareAfter(codes, h, true, 60);
        double single = leftShareAfter(codes, h, false, 60);
        assertEquals(0.5, multi, 0.02, "multi-scale balances the clusters");
        assertTrue(Math.abs(single - 0.5) > Math.abs(multi - 0.5), "per-code Adam is slower: " + single);
    }

    private static double leftShareAfter(double[][] codes, double[] h, boolean multiscale, int steps) {
        SemiDiscreteRefinement r = new SemiDiscreteRefinement(new BrenierPotential(codes, h),
                SourceDistribution.GAUSSIAN, new SemiDiscreteOptions(steps, 1e-2, 8192, 8192, 1e-9, 20, 1e-2,
                multiscale), new SplittableRandom(3));
        for (int i = 0; i < steps; i++) {
            r.step();
        }
        double[][] check = SourceDistribution.GAUSSIAN.sample(100_000, 2, new SplittableRandom(9));
        int[] counts = r.potential().cellCounts(check);
        int left = 0;
        for (int j = 0; j < 128; j++) {
            left += counts[j];
        }
        return left / 100_000.0;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
