package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.SourceDistribution;

class SemiDiscreteRefinementTest {
    @Test
    void twoSymmetricCodesEndWithEqualHeights() {
        // by symmetry the optimal heights are equal: the cell boundary is x = 0, each half has mass 1/2
        double[][] codes = {{1, 0}, {-1, 0}};
        BrenierPotential start = new BrenierPotential(codes, new double[] {0.8, -0.8});
        SemiDiscreteRefinement r = new SemiDiscreteRefinement(start, SourceDistribution.GAUSSIAN,
                new SemiDiscreteOptions(600, 2e-2, 4096, 65_536, 1e-2, 20), new SplittableRandom(1));
        while (!r.isDone()) {
            r.step();
        }
        double[] h = r.potential().heights();
        assertEquals(0, h[0] + h[1], 1e-12, "heights are re-centred");
        assertEquals(0, h[0], 0.03, "boundary close to x = 0");
    }

    @Test
    void uniformSourceOnFourCodesReachesTheClosedFormHeights() {
        // uniform source on [-1,1]^2, codes (0.5,0),(−0.5,0),(0,0.25),(0,-0.25): equal masses need a known answer.
        // We only check the defining property: every cell ends with mass 1/4 within MC accuracy.
        double[][] codes = {{0.5, 0}, {-0.5, 0}, {0, 0.25}, {0, -0.25}};
        SemiDiscreteRefinement r = new SemiDiscreteRefinement(new BrenierPotential(codes, new double[4]),
                SourceDistribution.UNIFORM, new SemiDiscreteOptions(800, 1e-2, 8192, 131_072, 1e-3, 20),
                new SplittableRandom(2));
        while (!r.isDone()) {
            r.step();
        }
        double[][] check = SourceDistribution.UNIFORM.sample(400_000, 2, new SplittableRandom(99));
        int[] counts = r.potential().cellCounts(check);
        for (int c : counts) {
            assertEquals(0.25, c / 400_000.0, 0.01);
        }
        // before refinement the vertical codes' cells were far too small
        int[] before = new BrenierPotential(codes, new double[4]).cellCounts(check);
        assertTrue(before[2] / 400_000.0 < 0.2, "the test starts away from balance");
    }

    @Test
    void sameSeedSameHeights() {
        double[][] codes = {{1, 0}, {-1, 0}, {0, 1}};
        double[] a = run(codes, 5);
        double[] b = run(codes, 5);
        assertEquals(a[0], b[0], 0);
        assertEquals(a[2], b[2], 0);
    }

    private static double[] run(double[][] codes, long seed) {
        SemiDiscreteRefinement r = new SemiDiscreteRefinement(new BrenierPotential(codes, new double[3]),
                SourceDistribution.GAUSSIAN, new SemiDiscreteOptions(50, 1e-2, 1024, 4096, 1e-9, 5),
                new SplittableRandom(seed));
        for (int i = 0; i < 50; i++) {
            r.step();
        }
        return r.potential().heights();
    }

    @Test
    void sampleSizeDoublesWhenStalled() {
        double[][] codes = {{1, 0}, {-1, 0}};
        SemiDiscreteRefinement r = new SemiDiscreteRefinement(new BrenierPotential(codes, new double[2]),
                SourceDistribution.GAUSSIAN, new SemiDiscreteOptions(200, 1e-2, 64, 1024, 1e-9, 3),
                new SplittableRandom(3));
        for (int i = 0; i < 200; i++) {
            r.step();
        }
        assertTrue(r.sampleSize() > 64, "N grew from 64 to " + r.sampleSize());
        assertTrue(r.sampleSize() <= 1024);
    }
}
