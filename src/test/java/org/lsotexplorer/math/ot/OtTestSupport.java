package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

/** Shared fixtures and independent checks for the OT tests: random clouds, brute force, dual certificates. */
final class OtTestSupport {
    private OtTestSupport() {
    }

    static double[][] uniformPoints(Random r, int n, int d) {
        double[][] p = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                p[i][k] = r.nextDouble();
            }
        }
        return p;
    }

    /** Points on the integer grid {0,1,2}^d: many exact ties and duplicates. */
    static double[][] gridPoints(Random r, int n, int d) {
        double[][] p = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                p[i][k] = r.nextInt(3);
            }
        }
        return p;
    }

    /** Random positive weights summing to 1. */
    static double[] randomWeights(Random r, int n) {
        double[] w = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.1 + r.nextDouble();
            s += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= s;
        }
        return w;
    }

    /** The minimum of {@code sum_i C[i][sigma(i)]} over all permutations (Heap's algorithm; n <= 9). */
    static double bruteForceAssignment(double[][] c) {
        int n = c.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        double best = value(c, perm);
        int[] counter = new int[n];
        int i = 1;
        while (i < n) {
            if (counter[i] < i) {
                int k = (i % 2 == 0) ? 0 : counter[i];
                int t = perm[k];
                perm[k] = perm[i];
                perm[i] = t;
                best = Math.min(best, value(c, perm));
                counter[i]++;
                i = 1;
            } else {
                counter[i] = 0;
                i++;
            }
        }
        return best;
    }

    private static double value(double[][] c, int[] perm) {
        double s = 0;
        for (int i = 0; i < perm.length; i++) {
            s += c[i][perm[i]];
        }
        return s;
    }

    static void assertPermutation(int[] sigma, int n) {
        assertEquals(n, sigma.length);
        boolean[] seen = new boolean[n];
        for (int j : sigma) {
            assertTrue(j >= 0 && j < n, "index out of range: " + j);
            assertTrue(!seen[j], "column used twice: " + j);
            seen[j] = true;
        }
    }

    /** u_i + v_j <= C_ij + tol everywhere, equality on sigma, sum u + sum v == total == sum C[i][sigma(i)]. */
    static void assertAssignmentCertificate(double[][] c, Assignment as, double tol) {
        int n = c.length;
        assertPermutation(as.targetOf(), n);
        double[] u = as.sourcePotential();
        double[] v = as.targetPotential();
        double primal = 0;
        double dual = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertTrue(u[i] + v[j] <= c[i][j] + tol, "dual infeasible at (" + i + "," + j + "): "
                        + (u[i] + v[j] - c[i][j]));
            }
            int j = as.targetOf()[i];
            assertEquals(c[i][j], u[i] + v[j], tol, "complementary slackness at row " + i);
            primal += c[i][j];
            dual += u[i] + v[j];
        }
        assertEquals(primal, as.totalCost(), tol * n);
        assertEquals(primal, dual, tol * n, "duality gap");
    }

    /**
     * Full certificate of a transport plan: non-negative support, marginals a and b, dual feasibility, slackness
     * on the support, and zero duality gap. Together these prove optimality (LP duality).
     */
    static void assertPlanCertificate(double[][] c, double[] a, double[] b, TransportPlan plan, double tol) {
        int m = a.length;
        int n = b.length;
        assertEquals(m, plan.sourceCount());
        assertEquals(n, plan.targetCount());
        double primal = 0;
        double[] u = plan.sourcePotential();
        double[] v = plan.targetPotential();
        for (TransportPlan.Entry e : plan.support()) {
            assertTrue(e.mass() > 0, "non-positive mass " + e);
            assertEquals(c[e.source()][e.target()], u[e.source()] + v[e.target()], tol,
                    "complementary slackness at " + e);
            primal += e.mass() * c[e.source()][e.target()];
        }
        double[] rows = plan.sourceMarginal();
        double[] cols = plan.targetMarginal();
        for (int i = 0; i < m; i++) {
            assertEquals(a[i], rows[i], 1e-12, "source marginal " + i);
        }
        for (int j = 0; j < n; j++) {
            assertEquals(b[j], cols[j], 1e-12, "target marginal " + j);
        }
        double dual = 0;
        for (int i = 0; i < m; i++) {
            dual += a[i] * u[i];
            for (int j = 0; j < n; j++) {
                assertTrue(u[i] + v[j] <= c[i][j] + tol, "dual infeasible at (" + i + "," + j + "): "
                        + (u[i] + v[j] - c[i][j]));
            }
        }
        for (int j = 0; j < n; j++) {
            dual += b[j] * v[j];
        }
        assertEquals(primal, plan.totalCost(), tol);
        assertEquals(plan.totalCost(), dual, tol, "duality gap");
        assertEquals(dual, plan.dualObjective(), tol);
    }
}
