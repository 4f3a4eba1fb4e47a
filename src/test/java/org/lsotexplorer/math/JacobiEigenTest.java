package org.lsotexplorer.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JacobiEigenTest {
    @Test
    void twoByTwoMatchesTheClosedForm() {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3 with eigenvectors (1, -1)/sqrt2 and (1, 1)/sqrt2.
        JacobiEigen.Result e = JacobiEigen.decompose(new double[][] {{2, 1}, {1, 2}});
        double[] values = e.values().clone();
        Arrays.sort(values);
        assertArrayEquals(new double[] {1, 3}, values, 1e-14);
        int big = e.values()[0] > e.values()[1] ? 0 : 1;
        double s = Math.sqrt(0.5);
        assertEquals(s, Math.abs(e.vectors()[0][big]), 1e-14);
        assertEquals(e.vectors()[0][big], e.vectors()[1][big], 1e-14);
    }

    @Test
    void reconstructsARandomSymmetricMatrix() {
        SplittableRandom rng = new SplittableRandom(3);
        int d = 7;
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = rng.nextDouble() * 2 - 1;
                a[j][i] = a[i][j];
            }
        }
        JacobiEigen.Result e = JacobiEigen.decompose(a);
        double[][] v = e.vectors();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double rebuilt = 0;
                double gram = 0;
                for (int k = 0; k < d; k++) {
                    rebuilt += v[i][k] * e.values()[k] * v[j][k];
                    gram += v[k][i] * v[k][j];
                }
                assertEquals(a[i][j], rebuilt, 1e-12);
                assertEquals(i == j ? 1 : 0, gram, 1e-12);
            }
        }
    }

    @Test
    void rejectsNonSquareAndNonFinite() {
        assertThrows(IllegalArgumentException.class, () -> JacobiEigen.decompose(new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class,
                () -> JacobiEigen.decompose(new double[][] {{1, Double.NaN}, {0, 1}}));
    }
}
