package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrechetDistanceTest {
    private static double[][] gaussian(int n, double[] mean, double[] std, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][mean.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < mean.length; j++) {
                double u = 1 - r.nextDouble();
                double g = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
                x[i][j] = mean[j] + std[j] * g;
            }
        }
        return x;
    }

    @Test
    void identicalSetsHaveDistanceZero() {
        double[][] x = gaussian(200, new double[] {1, -2, 3, 0, 5}, new double[] {1, 2, 0.5, 3, 1}, 1);
        assertEquals(0.0, FrechetDistance.between(x, x), 1e-9);
    }

    @Test
    void diagonalGaussiansMatchTheClosedForm() {
        // For commuting covariances FD = |mu1-mu2|^2 + sum (sqrt(s1_i) - sqrt(s2_i))^2.
        double[] mu1 = {0, 1, 2};
        double[] mu2 = {1, 1, 0};
        double[][] s1 = {{4, 0, 0}, {0, 1, 0}, {0, 0, 9}};
        double[][] s2 = {{1, 0, 0}, {0, 1, 0}, {0, 0, 4}};
        double expected = 5 + 1 + 0 + 1;
        assertEquals(expected, FrechetDistance.fromMoments(mu1, s1, mu2, s2), 1e-12);
    }

    @Test
    void nonCommutingCovariancesMatchTheTwoByTwoFormula() {
        // tr((A B)^{1/2}) for 2x2 PSD matrices: sqrt(tr(AB) + 2 sqrt(det(AB))).
        double[][] a = {{2, 1}, {1, 2}};
        double[][] b = {{3, 0}, {0, 1}};
        double trAb = 2 * 3 + 2 * 1;
        double detAb = 3 * 3;
        double cross = Math.sqrt(trAb + 2 * Math.sqrt(detAb));
        double expected = 4 + 4 - 2 * cross;
        double[] zero = {0, 0};
        assertEquals(expected, FrechetDistance.fromMoments(zero, a, zero, b), 1e-12);
    }

    @Test
    void samplesApproachTheirPopulationValue() {
        double[] std1 = {1, 1, 1, 1};
        double[] std2 = {2, 1, 1, 0.5};
        double[][] x = gaussian(40000, new double[] {0, 0, 0, 0}, std1, 2);
        double[][] y = gaussian(40000, new double[] {1, 0, 0, 0}, std2, 3);
        double expected = 1 + 1 + 0 + 0 + 0.25;
        assertEquals(expected, FrechetDistance.between(x, y), 0.08);
    }

    @Test
    void singularCovariancesAreHandled() {
        double[][] x = gaussian(5, new double[20], filled(20, 1), 4); // n < d: rank-deficient covariance
        double fd = FrechetDistance.between(x, x);
        assertEquals(0.0, fd, 1e-8);
        double[][] s = new double[3][3];
        assertEquals(3.0, FrechetDistance.fromMoments(new double[] {1, 1, 1}, s, new double[3], s), 1e-12);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> FrechetDistance.between(new double[1][2], new double[3][2]));
        assertThrows(IllegalArgumentException.class, () -> FrechetDistance.between(new double[3][2], new double[3][3]));
    }

    private static double[] filled(int n, double v) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, v);
        return x;
    }
}
