package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsotexplorer.math.ot.OtTestSupport.assertPlanCertificate;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lsotexplorer.math.Cost;

class ExactTransportSolverTest {

    @Test
    void equalSizesGiveAPermutationPlanWithMeanCostAndAssignmentDuals() {
        Random r = new Random(41);
        double[][] source = OtTestSupport.uniformPoints(r, 50, 2);
        double[][] target = OtTestSupport.uniformPoints(r, 50, 2);
        TransportPlan plan = ExactTransportSolver.solve(source, target, Cost.HALF_SQUARED_EUCLIDEAN);
        int[] sigma = plan.assignment();
        assertNotNull(sigma);
        OtTestSupport.assertPermutation(sigma, 50);
        double[][] c = Cost.HALF_SQUARED_EUCLIDEAN.matrix(source, target);
        double mean = 0;
        for (int i = 0; i < 50; i++) {
            mean += c[i][sigma[i]] / 50;
        }
        assertEquals(mean, plan.totalCost(), 1e-14);
        assertEquals(AssignmentSolver.solve(c).totalCost() / 50, plan.totalCost(), 1e-14);
        assertPlanCertificate(c, OtInputs.uniform(50), OtInputs.uniform(50), plan, 1e-12);
        double[][] map = plan.barycentricMap(target);
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(target[sigma[i]], map[i], 1e-15);
        }
    }

    /** m = 30, n = 45: replicating sources 3 times and targets 2 times gives an equivalent 90 x 90 assignment. */
    @ParameterizedTest
    @EnumSource(Cost.class)
    void unequalSizesMatchReplicatedAssignment(Cost cost) {
        Random r = new Random(42);
        double[][] source = OtTestSupport.uniformPoints(r, 30, 2);
        double[][] target = OtTestSupport.uniformPoints(r, 45, 2);
        TransportPlan plan = ExactTransportSolver.solve(source, target, cost);
        assertNull(plan.assignment());
        double[][] bigSource = new double[90][];
        double[][] bigTarget = new double[90][];
        for (int k = 0; k < 90; k++) {
            bigSource[k] = source[k / 3];
            bigTarget[k] = target[k / 2];
        }
        double reference = AssignmentSolver.solve(cost.matrix(bigSource, bigTarget)).totalCost() / 90;
        assertEquals(reference, plan.totalCost(), 1e-12);
        assertPlanCertificate(cost.matrix(source, target), OtInputs.uniform(30), OtInputs.uniform(45), plan, 1e-12);
    }

    @Test
    void weightedEntryPointRoutesUniformAndGeneralWeightsConsistently() {
        Random r = new Random(43);
        double[][] c = Cost.EUCLIDEAN.matrix(OtTestSupport.uniformPoints(r, 40, 2),
                OtTestSupport.uniformPoints(r, 40, 2));
        double[] uniform = OtInputs.uniform(40);
        TransportPlan viaAssignment = ExactTransportSolver.solve(uniform, uniform, c);
        assertNotNull(viaAssignment.assignment());
        double[] almost = uniform.clone();
        almost[0] += 1e-12;
        almost[1] -= 1e-12;
        TransportPlan viaTransportation = ExactTransportSolver.solve(almost, uniform, c);
        assertEquals(viaAssignment.totalCost(), viaTransportation.totalCost(), 1e-10);
        assertPlanCertificate(c, almost, uniform, viaTransportation, 1e-12);
        double[] a = OtTestSupport.randomWeights(r, 40);
        assertPlanCertificate(c, a, uniform, ExactTransportSolver.solve(a, uniform, c), 1e-12);
    }

    /**
     * In 1-D a convex cost of x - y is minimised by the monotone (sorted) matching. Both are stress cases for the
     * sparse search: for |x - y| every column on one side of a point ties (massive degeneracy), and in 1-D every
     * augmenting path runs along the line.
     */
    @ParameterizedTest
    @EnumSource(Cost.class)
    void oneDimensionalOptimumIsTheSortedMatching(Cost cost) {
        Random r = new Random(44);
        int n = 1000;
        double[][] source = new double[n][1];
        double[][] target = new double[n][1];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = source[i][0] = r.nextGaussian();
            ys[i] = target[i][0] = 0.5 + 2 * r.nextDouble();
        }
        Arrays.sort(xs);
        Arrays.sort(ys);
        double sorted = 0;
        for (int i = 0; i < n; i++) {
            sorted += cost.between(new double[] {xs[i]}, new double[] {ys[i]}) / n;
        }
        assertEquals(sorted, ExactTransportSolver.solve(source, target, cost).totalCost(), 1e-12 * sorted);
    }

    /**
     * N(0, I) against N(m, diag(s1^2, s2^2)) in 2-D, m = (1, -0.5), s = (0.5, 1.5): the optimal map is
     * T(x) = m + diag(s) x and W2^2/2 = (|m|^2 + (1 - s1)^2 + (1 - s2)^2)/2 = 0.875.
     * <p>
     * Tolerance. The empirical cost between two samples of n = 2,000 fluctuates around the population value with
     * standard deviation about sqrt((Var phi(X) + Var psi(Y))/n) = 0.036 (two-sample CLT of del Barrio and
     * Loubes, with the known potentials), measured at 0.046 over 20 seeds, with a measured mean bias of +0.008
     * (positive: the empirical problem is harder than the continuous one). The mean over four independent seeds
     * thus has standard deviation about 0.023; the tolerance 0.1 is over four of those plus the bias. The map is
     * checked too: regressing each coordinate of T_exact(z_i) = y_sigma(i) on z_i gives slopes within 0.06 of
     * (s1, s2) (measured spread below 0.035), and the mean squared distance to the true map stays below 0.06
     * (measured 0.016 to 0.039; a wrong coupling is off by several units).
     */
    @Test
    void gaussianSamplesApproachTheClosedFormW2() {
        double[] m = {1.0, -0.5};
        double[] s = {0.5, 1.5};
        double closedForm = (m[0] * m[0] + m[1] * m[1] + (1 - s[0]) * (1 - s[0]) + (1 - s[1]) * (1 - s[1])) / 2;
        assertEquals(0.875, closedForm, 1e-15);
        int n = 2000;
        double meanCost = 0;
        for (int seed = 0; seed < 4; seed++) {
            Random r = new Random(1000 + seed);
            double[][] z = new double[n][2];
            double[][] y = new double[n][2];
            for (int i = 0; i < n; i++) {
                z[i][0] = r.nextGaussian();
                z[i][1] = r.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                y[i][0] = m[0] + s[0] * r.nextGaussian();
                y[i][1] = m[1] + s[1] * r.nextGaussian();
            }
            TransportPlan plan = ExactTransportSolver.solve(z, y, Cost.HALF_SQUARED_EUCLIDEAN);
            meanCost += plan.totalCost() / 4;
            double[][] t = plan.barycentricMap(y);
            double deviation = 0;
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 2; k++) {
                    double d = t[i][k] - (m[k] + s[k] * z[i][k]);
                    deviation += d * d / n;
                }
            }
            assertTrue(deviation < 0.06, "mean squared distance to the Gaussian map: " + deviation);
            for (int k = 0; k < 2; k++) {
                assertEquals(s[k], slope(z, t, k), 0.06, "slope of coordinate " + k);
            }
        }
        assertEquals(closedForm, meanCost, 0.1);
    }

    private static double slope(double[][] x, double[][] t, int k) {
        double mx = 0;
        double mt = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i][k] / x.length;
            mt += t[i][k] / x.length;
        }
        double sxx = 0;
        double sxt = 0;
        for (int i = 0; i < x.length; i++) {
            sxx += (x[i][k] - mx) * (x[i][k] - mx);
            sxt += (x[i][k] - mx) * (t[i][k] - mt);
        }
        return sxt / sxx;
    }

    @Test
    void fourThousandPointsGiveACertifiedPermutation() {
        assertLargeProblemIsCertified(4000, 45);
    }

    /** method.md 3.3 sizes: up to 10,000 points (800 MB of costs). */
    @Test
    @Tag("slow")
    void tenThousandPointsGiveACertifiedPermutation() {
        assertLargeProblemIsCertified(10_000, 46);
    }

    private static void assertLargeProblemIsCertified(int n, long seed) {
        Random r = new Random(seed);
        double[][] source = OtTestSupport.uniformPoints(r, n, 2);
        double[][] target = OtTestSupport.uniformPoints(r, n, 2);
        TransportPlan plan = ExactTransportSolver.solve(source, target, Cost.HALF_SQUARED_EUCLIDEAN);
        int[] sigma = plan.assignment();
        assertNotNull(sigma);
        OtTestSupport.assertPermutation(sigma, n);
        double[] u = plan.sourcePotential();
        double[] v = plan.targetPotential();
        double worstViolation = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                worstViolation = Math.max(worstViolation, u[i] + v[j] - Cost.HALF_SQUARED_EUCLIDEAN.between(source[i],
                        target[j]));
            }
            assertEquals(Cost.HALF_SQUARED_EUCLIDEAN.between(source[i], target[sigma[i]]), u[i] + v[sigma[i]], 1e-12);
        }
        assertTrue(worstViolation <= 1e-12, "dual infeasibility " + worstViolation);
        assertEquals(plan.totalCost(), plan.dualObjective(), 1e-12, "duality gap");
    }

    @Test
    void rejectsBadPointSetsWithClearMessages() {
        double[][] ok = {{0, 0}, {1, 1}};
        assertMessage("source point set is empty",
                () -> ExactTransportSolver.solve(new double[0][], ok, Cost.EUCLIDEAN));
        assertMessage("target point set is empty", () -> ExactTransportSolver.solve(ok, null, Cost.EUCLIDEAN));
        assertMessage("source row 1 has length 1, expected 2",
                () -> ExactTransportSolver.solve(new double[][] {{0, 0}, {1}}, ok, Cost.EUCLIDEAN));
        assertMessage("dimension mismatch",
                () -> ExactTransportSolver.solve(ok, new double[][] {{0, 0, 0}}, Cost.EUCLIDEAN));
        assertMessage("target[1][0] is NaN",
                () -> ExactTransportSolver.solve(ok, new double[][] {{0, 0}, {Double.NaN, 0}}, Cost.EUCLIDEAN));
        assertMessage("cost is null", () -> ExactTransportSolver.solve(ok, ok, null));
    }

    @Test
    void rejectsBadWeightsAndCostMatrices() {
        double[][] c = {{0, 1}, {1, 0}};
        double[] half = {0.5, 0.5};
        assertMessage("weights a sum to", () -> ExactTransportSolver.solve(new double[] {0.5, 0.6}, half, c));
        assertMessage("b[1] = 0.0", () -> ExactTransportSolver.solve(half, new double[] {1.0, 0.0}, c));
        assertMessage("weights a are empty", () -> ExactTransportSolver.solve(new double[0], half, c));
        assertMessage("cost matrix has 1 rows, expected 2",
                () -> ExactTransportSolver.solve(half, half, new double[][] {{0, 1}}));
        assertMessage("cost[0][1] is Infinity",
                () -> ExactTransportSolver.solve(half, half, new double[][] {{0, Double.POSITIVE_INFINITY}, {1, 0}}));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message '" + e.getMessage() + "' lacks '" + expected + "'");
    }
}
