package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The two-level singular mask at screen resolution marks what the node-by-node definition marks. */
class FineSingularMaskTest {
    @Test
    void twoLevelMaskMatchesTheDirectOne() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 800;
        double[][] codes = new double[n][2];
        double[] heights = new double[n];
        for (int j = 0; j < n; j++) {
            double a = 2 * Math.PI * (j % 8) / 8;
            codes[j][0] = 2 * Math.cos(a) + 0.05 * r.nextGaussian();
            codes[j][1] = 2 * Math.sin(a) + 0.05 * r.nextGaussian();
            heights[j] = 0.05 * r.nextGaussian() - 0.5 * (codes[j][0] * codes[j][0] + codes[j][1] * codes[j][1]);
        }
        BrenierPotential u = new BrenierPotential(codes, heights);
        int w = 300;
        int h = 260;
        boolean[] fine = u.singularMask(-3, 3, -2.5, 2.5, w, h, 0.4);
        boolean[] direct = u.directSingularMask(-3, 3, -2.5, 2.5, w, h, 0.4);
        int marked = 0;
        int missed = 0;
        int extra = 0;
        for (int k = 0; k < fine.length; k++) {
            marked += direct[k] ? 1 : 0;
            missed += direct[k] && !fine[k] ? 1 : 0;
            extra += fine[k] && !direct[k] ? 1 : 0;
        }
        assertTrue(marked > 500, "the ring has tears: " + marked);
        assertTrue(extra == 0, "never marks what the definition does not: " + extra);
        assertTrue(missed <= marked / 200, "misses at most 0.5%: " + missed + " of " + marked);
    }
}
