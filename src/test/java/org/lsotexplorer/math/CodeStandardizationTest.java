package org.lsotexplorer.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CodeStandardizationTest {
    private static double[][] randomCodes(int n, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] y = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                y[i][j] = 3 * j - 4 + (j + 1) * (rng.nextDouble() * 2 - 1);
            }
        }
        return y;
    }

    @Test
    void handComputedThreeByTwo() {
        // Columns (1, 2, 3) and (2, 4, 6): means 2 and 4; squared deviations 1+0+1 + 4+0+4 = 10 over 6 entries.
        double[][] y = {{1, 2}, {2, 4}, {3, 6}};
        CodeStandardization s = CodeStandardization.fit(y);
        double std = Math.sqrt(10.0 / 6);
        assertArrayEquals(new double[] {2, 4}, s.mean(), 1e-15);
        assertEquals(std, s.std(), 1e-15);
        assertEquals(2, s.dimension());
        double[][] z = s.apply(y);
        assertArrayEquals(new double[] {-1 / std, -2 / std}, z[0], 1e-15);
        assertArrayEquals(new double[] {0, 0}, z[1], 1e-15);
        assertArrayEquals(new double[] {1 / std, 2 / std}, z[2], 1e-15);
        assertArrayEquals(new double[] {2 + 0.5 * std, 4 - std}, s.undo(new double[] {0.5, -1}), 1e-15);
    }

    @Test
    void standardizedCodesHaveZeroMeanAndUnitMeanSquare() {
        double[][] y = randomCodes(500, 6, 11);
        double[][] z = CodeStandardization.fit(y).apply(y);
        double meanSquare = 0;
        for (int j = 0; j < 6; j++) {
            double m = 0;
            for (double[] row : z) {
                m += row[j];
                meanSquare += row[j] * row[j];
            }
            assertEquals(0, m / z.length, 1e-12);
        }
        assertEquals(1, meanSquare / (z.length * 6.0), 1e-12);
    }

    @Test
    void oneGlobalStdKeepsTheRatioOfCoordinateSpreads() {
        double[][] y = randomCodes(400, 3, 5);
        double[][] z = CodeStandardization.fit(y).apply(y);
        double[] spreadY = new double[3];
        double[] spreadZ = new double[3];
        double[] mean = PointClouds.mean(y);
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < 3; j++) {
                spreadY[j] += (y[i][j] - mean[j]) * (y[i][j] - mean[j]);
                spreadZ[j] += z[i][j] * z[i][j];
            }
        }
        assertEquals(spreadY[2] / spreadY[0], spreadZ[2] / spreadZ[0], 1e-9);
        assertTrue(spreadZ[2] > 4 * spreadZ[0], "coordinates keep their different spreads");
    }

    @Test
    void undoInvertsApply() {
        double[][] y = randomCodes(50, 4, 2);
        CodeStandardization s = CodeStandardization.fit(y);
        double[][] back = s.undo(s.apply(y));
        for (int i = 0; i < y.length; i++) {
            assertArrayEquals(y[i], back[i], 1e-12);
        }
        double[] p = {10, -3, 0.25, 7};
        assertArrayEquals(p, s.apply(s.undo(p)), 1e-12);
    }

    @Test
    void isImmutable() {
        double[][] y = {{1, 2}, {3, 5}};
        CodeStandardization s = CodeStandardization.fit(y);
        y[0][0] = 100;
        s.mean()[0] = 100;
        assertArrayEquals(new double[] {2, 3.5}, s.mean(), 0);
        double[] p = {1, 1};
        assertNotSame(p, s.apply(p));
        assertArrayEquals(new double[] {1, 1}, p, 0);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> CodeStandardization.fit(new double[0][]));
        assertThrows(IllegalArgumentException.class,
                () -> CodeStandardization.fit(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class,
                () -> CodeStandardization.fit(new double[][] {{1, 2}, {3, Double.POSITIVE_INFINITY}}));
        IllegalArgumentException identical = assertThrows(IllegalArgumentException.class,
                () -> CodeStandardization.fit(new double[][] {{1, 2}, {1, 2}, {1, 2}}));
        assertTrue(identical.getMessage().contains("identical"), identical.getMessage());
        CodeStandardization s = CodeStandardization.fit(new double[][] {{0, 0}, {1, 1}});
        assertThrows(IllegalArgumentException.class, () -> s.apply(new double[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> s.undo(new double[][] {{1}}));
    }
}
