package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.data.ToyPreset;

/** The kd-tree search must give exactly the brute-force best and runner-up cells. */
class CodeTreeTest {
    @Test
    void treeEqualsBruteForceOnClusteredAndRandomCodes() {
        SplittableRandom rng = new SplittableRandom(11);
        double[][] clustered = ToyPreset.EIGHT_GAUSSIANS.sample(1000, rng);
        check(clustered, rng, 2);
        double[][] random = new double[700][5];
        for (double[] p : random) {
            for (int k = 0; k < 5; k++) {
                p[k] = rng.nextGaussian();
            }
        }
        check(random, rng, 5);
    }

    @Test
    void duplicateCodesTieToTheLowestIndex() {
        double[][] codes = new double[64][2];
        for (int j = 0; j < 64; j++) {
            codes[j] = new double[] {j % 4, 0};      // each position 16 times
        }
        BrenierPotential u = new BrenierPotential(codes, new double[64]);
        // with h = 0 the largest projection <z, y> wins: the codes at (3, 0), indices 3, 7, 11, ...
        assertEquals(3, u.cellOf(new double[] {2.1, 0.3}), "first of the codes at (3,0)");
        BrenierPotential.CellPair p = u.bestTwo(new double[] {2.1, 0.3});
        assertEquals(7, p.runnerUp(), "runner-up: the second code at (3,0)");
        assertEquals(0, p.gap(), 0);
    }

    private static void check(double[][] codes, SplittableRandom rng, int dim) {
        double[] h = new double[codes.length];
        for (int j = 0; j < h.length; j++) {
            h[j] = 0.3 * rng.nextGaussian();
        }
        BrenierPotential u = new BrenierPotential(codes, h);
        for (int t = 0; t < 3000; t++) {
            double[] z = new double[dim];
            for (int k = 0; k < dim; k++) {
                z[k] = 2 * rng.nextGaussian();
            }
            int best = -1;
            int second = -1;
            double bv = Double.NEGATIVE_INFINITY;
            double sv = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < codes.length; j++) {
                double v = h[j];
                for (int k = 0; k < dim; k++) {
                    v += z[k] * codes[j][k];
                }
                if (v > bv) {
                    second = best;
                    sv = bv;
                    best = j;
                    bv = v;
                } else if (v > sv) {
                    second = j;
                    sv = v;
                }
            }
            BrenierPotential.CellPair p = u.bestTwo(z);
            assertEquals(best, p.best(), "best cell at sample " + t);
            assertEquals(second, p.runnerUp(), "runner-up at sample " + t);
            assertEquals(bv, p.bestValue(), 1e-9);
            assertEquals(bv - sv, p.gap(), 1e-9);
            assertEquals(best, u.cellOf(z));
        }
    }
}
