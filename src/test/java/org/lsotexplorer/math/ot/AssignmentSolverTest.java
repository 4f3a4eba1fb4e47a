package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsotexplorer.math.ot.OtTestSupport.assertAssignmentCertificate;
import static org.lsotexplorer.math.ot.OtTestSupport.bruteForceAssignment;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lsotexplorer.math.Cost;

class AssignmentSolverTest {

    @ParameterizedTest
    @EnumSource(Cost.class)
    void equalsBruteForceOnRandomPointsForAllSmallSizes(Cost cost) {
        for (int seed = 1; seed <= 4; seed++) {
            Random r = new Random(seed);
            for (int n = 1; n <= 8; n++) {
                double[][] c = cost.matrix(OtTestSupport.uniformPoints(r, n, 2), OtTestSupport.uniformPoints(r, n, 2));
                Assignment as = AssignmentSolver.solve(c);
                assertEquals(bruteForceAssignment(c), as.totalCost(), 1e-12, "n=" + n + " seed=" + seed);
                assertAssignmentCertificate(c, as, 1e-12);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Cost.class)
    void equalsBruteForceWithTiesAndDuplicatePoints(Cost cost) {
        for (int seed = 11; seed <= 14; seed++) {
            Random r = new Random(seed);
            for (int n = 1; n <= 8; n++) {
                double[][] source = OtTestSupport.gridPoints(r, n, 2);
                double[][] target = OtTestSupport.gridPoints(r, n, 2);
                target[n - 1] = source[0].clone();
                double[][] c = cost.matrix(source, target);
                Assignment as = AssignmentSolver.solve(c);
                assertEquals(bruteForceAssignment(c), as.totalCost(), 1e-12, "n=" + n + " seed=" + seed);
                assertAssignmentCertificate(c, as, 1e-12);
            }
        }
    }

    @Test
    void equalsBruteForceOnRandomMatricesWithNegativeEntries() {
        Random r = new Random(5);
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + trial % 8;
            double[][] c = new double[n][n];
            for (double[] row : c) {
                for (int j = 0; j < n; j++) {
                    row[j] = r.nextInt(7) - 3 + (trial % 2 == 0 ? 0 : r.nextGaussian());
                }
            }
            Assignment as = AssignmentSolver.solve(c);
            assertEquals(bruteForceAssignment(c), as.totalCost(), 1e-12, "trial " + trial);
            assertAssignmentCertificate(c, as, 1e-12);
        }
    }

    @Test
    void knownThreeByThree() {
        double[][] c = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        Assignment as = AssignmentSolver.solve(c);
        assertArrayEquals(new int[] {1, 0, 2}, as.targetOf());
        assertEquals(5.0, as.totalCost(), 0.0);
    }

    @Test
    void certificateOnLargerGeometricAndRandomMatrices() {
        Random r = new Random(21);
        double[][] geometric = Cost.HALF_SQUARED_EUCLIDEAN.matrix(OtTestSupport.uniformPoints(r, 400, 3),
                OtTestSupport.uniformPoints(r, 400, 3));
        assertAssignmentCertificate(geometric, AssignmentSolver.solve(geometric), 1e-12);
        double[][] random = new double[300][300];
        for (double[] row : random) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextDouble() * 100;
            }
        }
        assertAssignmentCertificate(random, AssignmentSolver.solve(random), 1e-10);
    }

    @Test
    void manyDuplicatedSourcesExceedTheCandidateLists() {
        Random r = new Random(8);
        double[][] distinct = OtTestSupport.uniformPoints(r, 3, 2);
        double[][] source = new double[150][];
        for (int i = 0; i < source.length; i++) {
            source[i] = distinct[i % 3].clone();
        }
        double[][] c = Cost.EUCLIDEAN.matrix(source, OtTestSupport.uniformPoints(r, 150, 2));
        assertAssignmentCertificate(c, AssignmentSolver.solve(c), 1e-12);
    }

    @Test
    void constantAndZeroCostsGiveAValidPermutation() {
        for (double value : new double[] {0.0, 7.5}) {
            double[][] c = new double[60][60];
            for (double[] row : c) {
                Arrays.fill(row, value);
            }
            Assignment as = AssignmentSolver.solve(c);
            assertEquals(60 * value, as.totalCost(), 1e-12);
            assertAssignmentCertificate(c, as, 1e-12);
        }
    }

    @Test
    void hugeCostsAreScaledWithoutOverflow() {
        Random r = new Random(3);
        int n = 50;
        int[] hidden = new int[n];
        for (int i = 0; i < n; i++) {
            hidden[i] = (i * 7 + 3) % n;
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = j == hidden[i] ? 0.0 : 1e307 * (1 + r.nextDouble());
            }
        }
        Assignment as = AssignmentSolver.solve(c);
        assertArrayEquals(hidden, as.targetOf());
        assertEquals(0.0, as.totalCost(), 0.0);
        for (int i = 0; i < n; i++) {
            assertTrue(Double.isFinite(as.sourcePotential()[i]) && Double.isFinite(as.targetPotential()[i]));
            for (int j = 0; j < n; j++) {
                assertTrue(as.sourcePotential()[i] + as.targetPotential()[j] <= c[i][j] * (1 + 1e-12) + 1e-300);
            }
        }
    }

    @Test
    void hugeRandomCostsMatchBruteForce() {
        Random r = new Random(4);
        double[][] c = new double[7][7];
        for (double[] row : c) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 1e300 * r.nextDouble();
            }
        }
        assertEquals(bruteForceAssignment(c), AssignmentSolver.solve(c).totalCost(), 1e288);
    }

    @Test
    void flatAndNestedInputsAgree() {
        double[][] c = Cost.EUCLIDEAN.matrix(OtTestSupport.uniformPoints(new Random(9), 30, 2),
                OtTestSupport.uniformPoints(new Random(10), 30, 2));
        double[] flat = new double[900];
        for (int i = 0; i < 30; i++) {
            System.arraycopy(c[i], 0, flat, 30 * i, 30);
        }
        double[] copy = flat.clone();
        assertArrayEquals(AssignmentSolver.solve(c).targetOf(), AssignmentSolver.solve(flat, 30).targetOf());
        assertArrayEquals(copy, flat, "input must not be modified");
    }

    @Test
    void rejectsNonFiniteCostsNamingTheIndex() {
        double[][] c = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        c[2][1] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AssignmentSolver.solve(c));
        assertTrue(e.getMessage().contains("[2][1]"), e.getMessage());
        c[2][1] = 0;
        c[0][2] = Double.POSITIVE_INFINITY;
        e = assertThrows(IllegalArgumentException.class, () -> AssignmentSolver.solve(c));
        assertTrue(e.getMessage().contains("[0][2]"), e.getMessage());
        double[] flat = {0, 1, Double.NEGATIVE_INFINITY, 3};
        e = assertThrows(IllegalArgumentException.class, () -> AssignmentSolver.solve(flat, 2));
        assertTrue(e.getMessage().contains("[1][0]"), e.getMessage());
    }

    @Test
    void rejectsEmptyNonSquareAndRaggedMatrices() {
        assertThrows(IllegalArgumentException.class, () -> AssignmentSolver.solve(new double[0][0]));
        assertThrows(IllegalArgumentException.class, () -> AssignmentSolver.solve(new double[2][3]));
        assertThrows(IllegalArgumentException.class, () -> AssignmentSolver.solve(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> AssignmentSolver.solve(new double[5], 2));
        assertThrows(IllegalArgumentException.class, () -> AssignmentSolver.solve(new double[0], 0));
    }
}
