package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.Cost;

class BrenierPotentialTest {
    private static final double[][] CODES = {{1, 0}, {-1, 0}, {0, 2}, {1.1, 0.05}};

    @Test
    void kantorovichEqualsMinOfCostMinusDual() {
        double[] g = {0.3, -0.2, 0.5, 0.1};
        BrenierPotential u = BrenierPotential.fromDualValues(CODES, g);
        assertArrayEquals(g, u.dualValues(), 1e-12);
        SplittableRandom rng = new SplittableRandom(4);
        for (int t = 0; t < 200; t++) {
            double[] z = {4 * rng.nextDouble() - 2, 4 * rng.nextDouble() - 2};
            double min = Double.POSITIVE_INFINITY;
            int arg = -1;
            for (int j = 0; j < CODES.length; j++) {
                double v = Cost.HALF_SQUARED_EUCLIDEAN.between(z, CODES[j]) - g[j];
                if (v < min) {
                    min = v;
                    arg = j;
                }
            }
            assertEquals(min, u.kantorovich(z), 1e-12);
            assertEquals(arg, u.cellOf(z));
            assertArrayEquals(CODES[arg], u.map(z), 0);
        }
    }

    @Test
    void mapIsMinusGradientStep() {
        // T(z) = z - grad phi(z) inside a cell: check by central differences
        BrenierPotential u = BrenierPotential.fromDualValues(CODES, new double[] {0, 0.1, 0.2, -0.1});
        double[] z = {0.7, -0.4};
        double h = 1e-6;
        double gx = (u.kantorovich(new double[] {z[0] + h, z[1]}) - u.kantorovich(new double[] {z[0] - h, z[1]}))
                / (2 * h);
        double gy = (u.kantorovich(new double[] {z[0], z[1] + h}) - u.kantorovich(new double[] {z[0], z[1] - h}))
                / (2 * h);
        double[] t = u.map(z);
        assertEquals(t[0], z[0] - gx, 1e-6);
        assertEquals(t[1], z[1] - gy, 1e-6);
    }

    @Test
    void generationBlendsOnlyAcrossNonSingularFacets() {
        // codes 0 and 3 are close (small normal angle), codes 0 and 1 far apart
        BrenierPotential u = new BrenierPotential(CODES, new double[] {0, 0, -5, 0});
        assertTrue(u.normalAngle(0, 3) < 0.1);
        assertTrue(u.normalAngle(0, 1) > 0.4);
        // on the facet between 0 and 3 (both planes equal): the midpoint
        double[] onFacet = {1, -2};     // u_0 = 1 = u_3 = 1.1 - 0.1; u_1 = -1, u_2 = -9
        BrenierPotential.CellPair pair = u.bestTwo(onFacet);
        assertEquals(0, pair.gap(), 1e-9);
        double[] mid = u.generate(onFacet, 0.4, 0.05);
        assertArrayEquals(new double[] {1.05, 0.025}, mid, 1e-6);
        // deep inside a cell: the code itself
        assertArrayEquals(CODES[1], u.generate(new double[] {-3, 0}, 0.4, 0.05), 0);
        // on the facet between 0 and 1 (x = 0): angle is over the threshold, no blending
        double[] g = u.generate(new double[] {0, -0.01}, 0.4, 0.05);
        assertTrue(java.util.Arrays.equals(g, CODES[0]) || java.util.Arrays.equals(g, CODES[1]));
    }

    @Test
    void singularMaskMarksTheTearBetweenDistantCodes() {
        // two codes at (+-2, 0): the tear is the vertical line x = 0
        BrenierPotential u = new BrenierPotential(new double[][] {{2, 0}, {-2, 0}}, new double[] {0, 0});
        boolean[] mask = u.singularMask(-1, 1, -1, 1, 20, 10, 0.4);
        for (int r = 0; r < 10; r++) {
            for (int c = 0; c < 20; c++) {
                assertEquals(c == 9, mask[r * 20 + c], "row " + r + " col " + c);
            }
        }
        boolean[] none = u.singularMask(-1, 1, -1, 1, 20, 10, 3.0);
        for (boolean b : none) {
            assertFalse(b);
        }
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new BrenierPotential(CODES, new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> new BrenierPotential(CODES, new double[] {0, Double.NaN, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new BrenierPotential(new double[][] {{1, 2}, {3}},
                new double[2]));
    }
}
