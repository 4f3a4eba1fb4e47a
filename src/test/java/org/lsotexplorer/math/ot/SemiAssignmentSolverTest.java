package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.Cost;

/**
 * Successive shortest paths on few targets against the network simplex and against brute force: the same optimal
 * cost, a feasible plan, and duals that certify it.
 */
class SemiAssignmentSolverTest {
    private static double[][] clustered(Random r, int n, int clusters) {
        double[][] p = new double[n][2];
        for (double[] row : p) {
            double angle = 2 * Math.PI * r.nextInt(clusters) / clusters;
            row[0] = 2 * Math.cos(angle) + 0.02 * r.nextGaussian();
            row[1] = 2 * Math.sin(angle) + 0.02 * r.nextGaussian();
        }
        return p;
    }

    private static double[][] gaussian(Random r, int n) {
        double[][] p = new double[n][2];
        for (double[] row : p) {
            row[0] = r.nextGaussian();
            row[1] = r.nextGaussian();
        }
        return p;
    }

    /** Checks marginals, dual feasibility, complementary slackness and the cost against the simplex. */
    private static void assertOptimal(double[][] x, double[][] y) {
        int m = x.length;
        int n = y.length;
        assertTrue(SemiAssignmentSolver.suits(m, n), m + " x " + n);
        double[] c = OtInputs.flatCost(x, y, Cost.SQUARED_DISTANCE);
        TransportPlan plan = TransportationSolver.solveChecked(OtInputs.uniform(m), OtInputs.uniform(n), c);
        TransportPlan simplex = TransportationSolver.solveBySimplex(OtInputs.uniform(m), OtInputs.uniform(n), c);
        assertEquals(simplex.totalCost(), plan.totalCost(), 1e-12 * Math.max(1, simplex.totalCost()),
                m + " x " + n);
        double[] rows = new double[m];
        double[] cols = new double[n];
        double[] u = plan.sourcePotential();
        double[] v = plan.targetPotential();
        double scale = 0;
        for (double e : c) {
            scale = Math.max(scale, Math.abs(e));
        }
        double total = 0;
        for (TransportPlan.Entry e : plan.support()) {
            assertTrue(e.mass() > 0);
            rows[e.source()] += e.mass();
            cols[e.target()] += e.mass();
            total += e.mass() * c[e.source() * n + e.target()];
            assertEquals(c[e.source() * n + e.target()], u[e.source()] + v[e.target()], 1e-9 * scale,
                    "complementary slackness at " + e);
        }
        assertEquals(plan.totalCost(), total, 1e-12);
        for (int i = 0; i < m; i++) {
            assertEquals(1.0 / m, rows[i], 1e-12, "row " + i);
            for (int j = 0; j < n; j++) {
                assertTrue(u[i] + v[j] <= c[i * n + j] + 1e-9 * scale, "dual feasible at " + i + ", " + j);
            }
        }
        for (int j = 0; j < n; j++) {
            assertEquals(1.0 / n, cols[j], 1e-12, "column " + j);
        }
    }

    @Test
    void matchesTheSimplexWhenTheTargetsDivideTheSources() {
        Random r = new Random(1);
        assertOptimal(gaussian(r, 2000), clustered(r, 40, 8));
    }

    @Test
    void splitsSourcesWhenTheyDoNot() {
        Random r = new Random(2);
        assertOptimal(gaussian(r, 900), clustered(r, 17, 5));
        assertOptimal(gaussian(r, 1250), gaussian(r, 24));
    }

    @Test
    void solvesTheTransposedShape() {
        Random r = new Random(3);
        assertOptimal(clustered(r, 15, 3), gaussian(r, 800));
    }

    @Test
    void handlesDuplicatedPointsAndTies() {
        Random r = new Random(4);
        double[][] x = new double[600][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i % 10, (i / 10) % 3};   // a grid, each point twenty times
        }
        double[][] y = new double[12][];
        for (int j = 0; j < y.length; j++) {
            y[j] = new double[] {j % 4 * 3, 0};            // each target three times
        }
        assertOptimal(x, y);
        assertOptimal(gaussian(r, 300), new double[][] {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 1}, {1, 1}});
    }

    @Test
    void equalsBruteForceOnSixteenSourcesAndTwoTargets() {
        Random r = new Random(5);
        double[][] x = gaussian(r, 16);
        double[][] y = {{0.3, -0.2}, {-0.5, 0.4}};
        double[] c = OtInputs.flatCost(x, y, Cost.SQUARED_DISTANCE);
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 1 << 16; mask++) {
            if (Integer.bitCount(mask) != 8) {
                continue;
            }
            double s = 0;
            for (int i = 0; i < 16; i++) {
                s += c[i * 2 + ((mask >> i) & 1)];
            }
            best = Math.min(best, s / 16);
        }
        TransportPlan plan = SemiAssignmentSolver.solve(c, 16, 2);
        assertEquals(best, plan.totalCost(), 1e-14);
    }

    @Test
    void choosesItsShapesOnly() {
        assertTrue(SemiAssignmentSolver.suits(100_000, 50));
        assertTrue(SemiAssignmentSolver.suits(50, 100_000));
        assertFalse(SemiAssignmentSolver.suits(2_000, 1_500));
        assertFalse(SemiAssignmentSolver.suits(10_000, 100));
        assertFalse(SemiAssignmentSolver.suits(100, 700));
        assertFalse(SemiAssignmentSolver.suits(2_000, 64));
        assertTrue(SemiAssignmentSolver.suits(3_200, 64));
    }
}
