package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lsotexplorer.math.metrics.ModeSet;

class ToyPresetTest {
    @ParameterizedTest
    @EnumSource(ToyPreset.class)
    void sameSeedSamePointsAndParseRoundTrip(ToyPreset t) {
        double[][] a = t.sample(500, new SplittableRandom(7));
        double[][] b = t.sample(500, new SplittableRandom(7));
        double[][] c = t.sample(500, new SplittableRandom(8));
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
        assertTrue(a[0][0] != c[0][0] || a[0][1] != c[0][1], "another seed gives other points");
        assertEquals(t, ToyPreset.parse(t.id()));
        assertTrue(java.util.Arrays.stream(a).allMatch(p -> Math.abs(p[0]) < 6 && Math.abs(p[1]) < 6));
    }

    @Test
    void eightGaussiansHaveTheMethodGeometry() {
        ModeSet modes = ToyPreset.EIGHT_GAUSSIANS.modes().orElseThrow();
        assertEquals(8, modes.count());
        assertEquals(0.02, modes.std());
        assertEquals(2.0, modes.centres()[0][0], 1e-12);
        assertEquals(Math.sqrt(2), modes.centres()[1][0], 1e-12);
        assertEquals(Math.sqrt(2), modes.centres()[1][1], 1e-12);
        double[][] s = ToyPreset.EIGHT_GAUSSIANS.sample(8000, new SplittableRandom(1));
        int[] counts = new int[8];
        double sq = 0;
        for (double[] p : s) {
            int k = modes.nearest(p);
            counts[k]++;
            double d = modes.distance(p, k);
            sq += d * d;
        }
        for (int c : counts) {
            assertEquals(1000, c, 120, "modes are equally likely");
        }
        assertEquals(2 * 0.02 * 0.02, sq / s.length, 0.0002, "within-mode variance is 2 std^2");
    }

    @Test
    void twentyFiveGaussiansSpanTheGrid() {
        ModeSet modes = ToyPreset.TWENTY_FIVE_GAUSSIANS.modes().orElseThrow();
        assertEquals(25, modes.count());
        assertEquals(0.05, modes.std());
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double[] c : modes.centres()) {
            min = Math.min(min, c[0]);
            max = Math.max(max, c[1]);
        }
        assertEquals(-4, min);
        assertEquals(4, max);
    }

    @Test
    void checkerboardOnlyUsesAlternateCells() {
        for (double[] p : ToyPreset.CHECKERBOARD.sample(4000, new SplittableRandom(3))) {
            int col = (int) Math.floor(p[0] + 2);
            int row = (int) Math.floor(p[1] + 2);
            assertEquals(0, (row + col) % 2, "point " + p[0] + "," + p[1] + " is in a light cell");
        }
    }

    @Test
    void ringsHaveThreeRadii() {
        int[] counts = new int[3];
        for (double[] p : ToyPreset.RINGS.sample(6000, new SplittableRandom(2))) {
            double r = Math.hypot(p[0], p[1]);
            double[] radii = {0.8, 1.6, 2.4};
            int best = 0;
            for (int k = 1; k < 3; k++) {
                if (Math.abs(r - radii[k]) < Math.abs(r - radii[best])) {
                    best = k;
                }
            }
            assertTrue(Math.abs(r - radii[best]) < 0.2);
            counts[best]++;
        }
        assertEquals(1000, counts[0], 120, "mass proportional to length: 0.8/4.8");
        assertEquals(3000, counts[2], 150);
    }

    @Test
    void unknownPresetListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToyPreset.parse("nine"));
        assertTrue(e.getMessage().contains("eight-gaussians") && e.getMessage().contains("checkerboard"));
    }
}
