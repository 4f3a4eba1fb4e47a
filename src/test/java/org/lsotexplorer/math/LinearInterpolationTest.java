package org.lsotexplorer.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LinearInterpolationTest {
    @Test
    void equallySpacedWithEndpoints() {
        double[][] p = LinearInterpolation.path(new double[] {0, 10}, new double[] {4, 2}, 5);
        assertEquals(5, p.length);
        assertArrayEquals(new double[] {0, 10}, p[0], 0);
        assertArrayEquals(new double[] {1, 8}, p[1], 1e-15);
        assertArrayEquals(new double[] {2, 6}, p[2], 1e-15);
        assertArrayEquals(new double[] {3, 4}, p[3], 1e-15);
        assertArrayEquals(new double[] {4, 2}, p[4], 0);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> LinearInterpolation.path(new double[] {0}, new double[] {1}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> LinearInterpolation.path(new double[] {0}, new double[] {1, 2}, 3));
        assertThrows(IllegalArgumentException.class,
                () -> LinearInterpolation.path(new double[] {Double.NaN}, new double[] {1}, 3));
    }
}
