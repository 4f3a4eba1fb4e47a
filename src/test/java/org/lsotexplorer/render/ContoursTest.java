package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContoursTest {
    private static final ScalarGrid BOWL = ScalarGrid.sample(Viewport.centered(2), 81, 81, (x, y) -> x * x + y * y);

    @Test
    void levelsOfTheSquaredRadiusAreCirclesWithinHalfACell() {
        double halfCell = 0.5 * BOWL.cellWidth();
        for (double r : new double[] {0.5, 1.0, 1.7}) {
            float[] s = Contours.trace(BOWL, r * r);
            assertTrue(s.length >= 4 * 20, "a circle of radius " + r + " needs many segments");
            double length = 0;
            for (int i = 0; i < s.length; i += 4) {
                for (int k = 0; k < 4; k += 2) {
                    double d = Math.hypot(s[i + k], s[i + k + 1]);
                    assertEquals(r, d, halfCell, "endpoint off the circle of radius " + r);
                }
                length += Math.hypot(s[i + 2] - s[i], s[i + 3] - s[i + 1]);
            }
            assertEquals(2 * Math.PI * r, length, 0.01 * 2 * Math.PI * r, "perimeter of radius " + r);
        }
    }

    @Test
    void oneTraceForManyLevelsEqualsSeparateTraces() {
        double[] levels = {2.0, 0.25, 1.0};
        float[][] all = Contours.trace(BOWL, levels);
        for (int k = 0; k < levels.length; k++) {
            assertArrayEquals(Contours.trace(BOWL, levels[k]), all[k], "level " + levels[k]);
        }
    }

    @Test
    void levelsAreNiceAndStrictlyInside() {
        assertArrayEquals(new double[] {0.2, 0.4, 0.6, 0.8}, Contours.levels(0, 1, 5), 1e-12);
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2, 3}, Contours.levels(-2.5, 3.2, 6), 1e-12);
        assertEquals(0, Contours.levels(1, 1, 10).length);
        assertEquals(0, Contours.levels(0, 1, 0).length);
        assertEquals(0, Contours.levels(Double.NaN, 1, 5).length);
    }

    @Test
    void saddleGivesTwoSeparateSegments() {
        // corners: bottom row 1, 0 ; top row 0, 1 -> a saddle at level 0.5
        ScalarGrid saddle = new ScalarGrid(0, 2, 0, 2, 2, 2, new double[] {1, 0, 0, 1});
        float[] s = Contours.trace(saddle, 0.5);
        assertEquals(8, s.length, "two segments");
        // the centre mean is exactly 0.5 (>= level), so the high corners connect and the low ones are cut off
        for (int i = 0; i < s.length; i += 4) {
            double mx = 0.5 * (s[i] + s[i + 2]);
            double my = 0.5 * (s[i + 1] + s[i + 3]);
            boolean nearBottomRight = mx > 1 && my < 1;
            boolean nearTopLeft = mx < 1 && my > 1;
            assertTrue(nearBottomRight || nearTopLeft, "segment around a low corner, midpoint " + mx + "," + my);
        }
    }

    @Test
    void nanCornersGiveNoSegments() {
        double[] v = BOWL.values().clone();
        for (int row = 0; row < 81; row++) {
            for (int col = 0; col < 40; col++) {
                v[row * 81 + col] = Double.NaN;
            }
        }
        ScalarGrid half = new ScalarGrid(-2, 2, -2, 2, 81, 81, v);
        float[] s = Contours.trace(half, 1.0);
        assertTrue(s.length > 0);
        for (int i = 0; i < s.length; i += 2) {
            assertTrue(s[i] >= half.xAt(40) - 1e-6, "no segment in the NaN half, x = " + s[i]);
        }
        assertEquals(0, Contours.trace(BOWL, Double.NaN).length);
    }

    @Test
    void aLevelOutsideTheFieldGivesNothing() {
        assertEquals(0, Contours.trace(BOWL, 100).length);
        assertEquals(0, Contours.trace(BOWL, -1).length);
    }
}
