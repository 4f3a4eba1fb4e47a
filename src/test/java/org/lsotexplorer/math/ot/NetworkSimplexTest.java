package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsotexplorer.math.ot.OtTestSupport.assertPlanCertificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.Cost;

/**
 * The network simplex behind {@link ExactTransportSolver} and {@link TransportationSolver}: brute force on tiny
 * problems, the dual certificate (feasibility on the whole matrix and complementary slackness) on medium,
 * clustered, unequal, weighted and degenerate ones, and the same plan whether or not a listener slices the solve.
 */
class NetworkSimplexTest {
    /** |x-y|^2 written out, independent of {@link Cost}. */
    private static double[][] squaredDistances(double[][] x, double[][] y) {
        double[][] c = new double[x.length][y.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                double dx = x[i][0] - y[j][0];
                double dy = x[i][1] - y[j][1];
                c[i][j] = dx * dx + dy * dy;
            }
        }
        return c;
    }

    @Test
    void sqeuclideanIsTheFullSquaredDistanceAndHalfIsHalf() {
        double[] x = {1, 2};
        double[] y = {4, 6};
        assertEquals(25.0, Cost.SQUARED_DISTANCE.between(x, y), 0.0);
        assertEquals(12.5, Cost.HALF_SQUARED_EUCLIDEAN.between(x, y), 0.0);
        assertEquals(Cost.SQUARED_DISTANCE, Cost.parse("sqeuclidean"));
        assertEquals(Cost.HALF_SQUARED_EUCLIDEAN, Cost.parse("half-sqeuclidean"));
        Random r = new Random(5);
        double[][] a = OtTestSupport.uniformPoints(r, 30, 2);
        double[][] b = OtTestSupport.uniformPoints(r, 30, 2);
        double full = ExactTransportSolver.solve(a, b, Cost.SQUARED_DISTANCE).totalCost();
        double half = ExactTransportSolver.solve(a, b, Cost.HALF_SQUARED_EUCLIDEAN).totalCost();
        assertEquals(full, 2 * half, 1e-15);
        double[][] x7 = OtTestSupport.uniformPoints(r, 7, 2);
        double[][] y7 = OtTestSupport.uniformPoints(r, 7, 2);
        assertEquals(OtTestSupport.bruteForceAssignment(squaredDistances(x7, y7)) / 7,
                ExactTransportSolver.solve(x7, y7, Cost.SQUARED_DISTANCE).totalCost(), 1e-14);
    }

    /**
     * A seeded basis (some sources already on real arcs) reaches the same optimum as the artificial start, on a
     * 6 x 4 problem with supplies 2 and demands 3 whose every arc is present; a seed that overfills a sink is
     * refused.
     */
    @Test
    void aSeededBasisReachesTheSameOptimum() {
        Random r = new Random(12);
        double[][] c = squaredDistances(OtTestSupport.uniformPoints(r, 6, 2), OtTestSupport.uniformPoints(r, 4, 2));
        double[] supply = {2, 2, 2, 2, 2, 2};
        double[] demand = {3, 3, 3, 3};
        double[] optimum = new double[2];
        for (int variant = 0; variant < 2; variant++) {
            NetworkSimplex s = new NetworkSimplex(supply, demand, 100, 24);
            int[] arcOf = new int[6];
            for (int i = 0; i < 6; i++) {
                arcOf[i] = -1;
                for (int j = 0; j < 4; j++) {
                    if (variant == 1 && j == i && i < 4) {
                        arcOf[i] = s.arcCount();   // sources 0-3 seeded on sinks 0-3, 2 units of 3 each
                    }
                    s.addArc(i, j, c[i][j]);
                }
            }
            if (variant == 1) {
                s.seedBasis(arcOf);
            }
            s.solve(1e-12);
            int[] src = new int[s.positiveFlows()];
            int[] dst = new int[src.length];
            double[] amount = new double[src.length];
            s.exportFlows(src, dst, amount);
            double[] rows = new double[6];
            double[] cols = new double[4];
            for (int k = 0; k < src.length; k++) {
                optimum[variant] += amount[k] * c[src[k]][dst[k]];
                rows[src[k]] += amount[k];
                cols[dst[k]] += amount[k];
            }
            assertArrayEquals(supply, rows, 0.0);
            assertArrayEquals(demand, cols, 0.0);
        }
        assertEquals(optimum[0], optimum[1], 1e-12);
        NetworkSimplex over = new NetworkSimplex(supply, demand, 100, 24);
        int[] bad = {-1, -1, -1, -1, -1, -1};
        for (int i = 0; i < 6; i++) {
            if (i < 2) {
                bad[i] = over.arcCount();
            }
            over.addArc(i, 0, c[i][0]);
        }
        // 2 + 2 units would overfill sink 0's demand of 3: the second seed is refused
        assertThrows(IllegalArgumentException.class, () -> over.seedBasis(bad));
    }

    @Test
    void tinyProblemsMatchAllPermutations() {
        Random r = new Random(11);
        for (int n = 1; n <= 7; n++) {
            for (int trial = 0; trial < 5; trial++) {
                double[][] x = OtTestSupport.uniformPoints(r, n, 2);
                double[][] y = trial == 4 ? x.clone() : OtTestSupport.uniformPoints(r, n, 2);
                double[][] c = squaredDistances(x, y);
                TransportPlan plan = ExactTransportSolver.solve(x, y, Cost.SQUARED_DISTANCE);
                assertEquals(OtTestSupport.bruteForceAssignment(c) / n, plan.totalCost(), 1e-14, "n " + n);
                OtTestSupport.assertPermutation(plan.assignment(), n);
            }
        }
    }

    @Test
    void clusteredUnequalAndWeightedProblemsCarryACertificate() {
        Random r = new Random(12);
        int[][] shapes = {{450, 450}, {450, 320}, {320, 450}, {700, 41}};
        for (int[] s : shapes) {
            double[][] x = new double[s[0]][2];
            for (double[] p : x) {
                p[0] = r.nextGaussian();
                p[1] = r.nextGaussian();
            }
            double[][] y = new double[s[1]][2];
            for (double[] p : y) {
                double angle = 2 * Math.PI * r.nextInt(8) / 8;
                p[0] = 2 * Math.cos(angle) + 0.02 * r.nextGaussian();
                p[1] = 2 * Math.sin(angle) + 0.02 * r.nextGaussian();
            }
            double[][] c = squaredDistances(x, y);
            TransportPlan uniform = ExactTransportSolver.solve(x, y, Cost.SQUARED_DISTANCE);
            assertPlanCertificate(c, OtInputs.uniform(s[0]), OtInputs.uniform(s[1]), uniform, 1e-12);
            assertTrue(uniform.supportSize() <= s[0] + s[1] - 1, "a basic solution");
            double[] a = OtTestSupport.randomWeights(r, s[0]);
            double[] b = OtTestSupport.randomWeights(r, s[1]);
            assertPlanCertificate(c, a, b, ExactTransportSolver.solve(a, b, c), 1e-12);
        }
    }

    /** Duplicated points and integer coordinates: many equal costs and a degenerate basis at every step. */
    @Test
    void tiesAndDuplicatePointsStayOptimal() {
        Random r = new Random(13);
        for (int[] s : new int[][] {{120, 90}, {90, 120}, {100, 100}}) {
            double[][] x = new double[s[0]][];
            double[][] y = new double[s[1]][];
            for (int i = 0; i < x.length; i++) {
                x[i] = new double[] {r.nextInt(3), r.nextInt(2)};
            }
            for (int j = 0; j < y.length; j++) {
                y[j] = new double[] {r.nextInt(4), r.nextInt(3)};
            }
            double[][] c = squaredDistances(x, y);
            TransportPlan plan = ExactTransportSolver.solve(x, y, Cost.SQUARED_DISTANCE);
            assertPlanCertificate(c, OtInputs.uniform(s[0]), OtInputs.uniform(s[1]), plan, 1e-12);
        }
    }

    @Test
    void aListenerSeesProgressAndMatchingsButNotADifferentPlan() {
        Random r = new Random(14);
        double[][] x = OtTestSupport.uniformPoints(r, 900, 2);
        double[][] y = new double[900][2];
        for (double[] p : y) {
            p[0] = 3 + 0.1 * r.nextGaussian();
            p[1] = r.nextGaussian();
        }
        TransportPlan direct = ExactTransportSolver.solve(x, y, Cost.SQUARED_DISTANCE);
        List<String> stages = new ArrayList<>();
        int[] matched = {0};
        TransportPlan observed = SolveProgress.run((stage, done, total, matching) -> {
            stages.add(stage);
            if (matching != null) {
                assertEquals(900, matching.length);
                for (int j : matching) {
                    matched[0] += j >= 0 ? 1 : 0;
                }
            }
        }, () -> ExactTransportSolver.solve(x, y, Cost.SQUARED_DISTANCE));
        assertArrayEquals(direct.assignment(), observed.assignment());
        assertArrayEquals(direct.targetPotential(), observed.targetPotential(), 0.0);
        assertEquals(direct.totalCost(), observed.totalCost(), 0.0);
        assertTrue(stages.contains("network simplex") && stages.contains("pricing"), stages.toString());
        assertTrue(matched[0] > 0, "partial matchings are reported");
    }
}
