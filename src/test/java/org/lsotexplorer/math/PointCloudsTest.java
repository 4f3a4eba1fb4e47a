package org.lsotexplorer.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PointCloudsTest {
    @Test
    void sampleCovarianceByHand() {
        // Points (0, 0), (2, 1), (4, 5): mean (2, 2); centred (-2, -2), (0, -1), (2, 3).
        // Sums: xx 8, xy 4 + 0 + 6 = 10, yy 4 + 1 + 9 = 14; divided by n - 1 = 2.
        double[][] x = {{0, 0}, {2, 1}, {4, 5}};
        double[][] cov = PointClouds.sampleCovariance(x, PointClouds.mean(x));
        assertArrayEquals(new double[] {4, 5}, cov[0], 1e-15);
        assertArrayEquals(new double[] {5, 7}, cov[1], 1e-15);
        assertThrows(IllegalArgumentException.class,
                () -> PointClouds.sampleCovariance(new double[][] {{1, 2}}, new double[] {1, 2}));
    }
}
