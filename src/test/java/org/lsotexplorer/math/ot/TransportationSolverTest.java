package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsotexplorer.math.ot.OtTestSupport.assertPlanCertificate;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lsotexplorer.math.Cost;

class TransportationSolverTest {

    /** A random composition of total into parts positive integers. */
    private static int[] composition(Random r, int total, int parts) {
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < parts - 1) {
            cuts.add(1 + r.nextInt(total - 1));
        }
        int[] k = new int[parts];
        int previous = 0;
        int t = 0;
        for (int cut : cuts) {
            k[t++] = cut - previous;
            previous = cut;
        }
        k[t] = total - previous;
        return k;
    }

    private static double[][] replicate(double[][] points, int[] multiplicity) {
        int total = 0;
        for (int k : multiplicity) {
            total += k;
        }
        double[][] out = new double[total][];
        int t = 0;
        for (int i = 0; i < points.length; i++) {
            for (int k = 0; k < multiplicity[i]; k++) {
                out[t++] = points[i];
            }
        }
        return out;
    }

    private static double[] weights(int[] multiplicity, int total) {
        double[] w = new double[multiplicity.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = multiplicity[i] / (double) total;
        }
        return w;
    }

    /**
     * Weights that are multiples of 1/L make the transportation problem an L x L assignment between replicated
     * points, solved by the independent {@link AssignmentSolver}; the optimal values must agree.
     */
    @ParameterizedTest
    @EnumSource(Cost.class)
    void matchesAssignmentOnReplicatedPoints(Cost cost) {
        Random r = new Random(31);
        int[][] shapes = {{1, 5}, {5, 1}, {3, 7}, {7, 3}, {12, 9}, {20, 20}, {2, 2}};
        for (int[] shape : shapes) {
            for (int trial = 0; trial < 3; trial++) {
                int total = 40;
                double[][] source = OtTestSupport.uniformPoints(r, shape[0], 2);
                double[][] target = trial == 2 ? OtTestSupport.gridPoints(r, shape[1], 2)
                        : OtTestSupport.uniformPoints(r, shape[1], 2);
                int[] ka = composition(r, total, shape[0]);
                int[] kb = composition(r, total, shape[1]);
                double[] a = weights(ka, total);
                double[] b = weights(kb, total);
                double[][] c = cost.matrix(source, target);
                TransportPlan plan = TransportationSolver.solve(a, b, c);
                double[][] big = cost.matrix(replicate(source, ka), replicate(target, kb));
                double reference = AssignmentSolver.solve(big).totalCost() / total;
                assertEquals(reference, plan.totalCost(), 1e-12, "shape " + shape[0] + "x" + shape[1]);
                assertPlanCertificate(c, a, b, plan, 1e-12);
            }
        }
    }

    @Test
    void certificateWithRandomWeightsAndUnequalSizes() {
        Random r = new Random(32);
        int[][] shapes = {{40, 70}, {70, 40}, {1, 30}, {30, 1}, {150, 150}};
        for (int[] shape : shapes) {
            double[] a = OtTestSupport.randomWeights(r, shape[0]);
            double[] b = OtTestSupport.randomWeights(r, shape[1]);
            double[][] c = Cost.HALF_SQUARED_EUCLIDEAN.matrix(OtTestSupport.uniformPoints(r, shape[0], 3),
                    OtTestSupport.uniformPoints(r, shape[1], 3));
            TransportPlan plan = TransportationSolver.solve(a, b, c);
            assertPlanCertificate(c, a, b, plan, 1e-12);
            assertTrue(plan.supportSize() <= shape[0] + shape[1] - 1,
                    "generic data has a unique vertex optimum: support " + plan.supportSize());
        }
    }

    /**
     * 500 x 450 between shifted and stretched Gaussian clouds with random weights: big enough for the warm start,
     * and the candidate lists chosen under early prices are wrong for many sources, so the dense pricing pass
     * must repair them for the certificate to hold.
     */
    @Test
    void certificateOnShiftedCloudsNeedingPricing() {
        Random r = new Random(35);
        double[][] source = new double[500][2];
        double[][] target = new double[450][2];
        for (double[] p : source) {
            p[0] = r.nextGaussian();
            p[1] = r.nextGaussian();
        }
        for (double[] p : target) {
            p[0] = 1.5 + 0.5 * r.nextGaussian();
            p[1] = -1 + 2 * r.nextGaussian();
        }
        double[] a = OtTestSupport.randomWeights(r, 500);
        double[] b = OtTestSupport.randomWeights(r, 450);
        double[][] c = Cost.HALF_SQUARED_EUCLIDEAN.matrix(source, target);
        assertPlanCertificate(c, a, b, TransportationSolver.solve(a, b, c), 1e-12);
    }

    /**
     * 1,800 x 420 and 420 x 1,800 with random weights: one side four times the other, so the warm start samples
     * every fourth point of the large side and all of the small one; the certificate must hold both ways round and
     * the optimal values agree.
     */
    @Test
    void certificateWhenOneSideIsFourTimesTheOther() {
        Random r = new Random(36);
        double[][] many = OtTestSupport.uniformPoints(r, 1800, 2);
        double[][] few = new double[420][2];
        for (double[] p : few) {
            p[0] = 0.5 + 0.1 * r.nextGaussian();
            p[1] = 0.3 * r.nextGaussian();
        }
        double[] a = OtTestSupport.randomWeights(r, 1800);
        double[] b = OtTestSupport.randomWeights(r, 420);
        double[][] c = Cost.SQUARED_DISTANCE.matrix(many, few);
        TransportPlan plan = TransportationSolver.solve(a, b, c);
        assertPlanCertificate(c, a, b, plan, 1e-12);
        double[][] ct = Cost.SQUARED_DISTANCE.matrix(few, many);
        TransportPlan transposed = TransportationSolver.solve(b, a, ct);
        assertPlanCertificate(ct, b, a, transposed, 1e-12);
        assertEquals(plan.totalCost(), transposed.totalCost(), 1e-12);
    }

    @Test
    void uniformSquareCaseAgreesWithAssignment() {
        Random r = new Random(33);
        double[][] c = Cost.EUCLIDEAN.matrix(OtTestSupport.uniformPoints(r, 60, 2),
                OtTestSupport.uniformPoints(r, 60, 2));
        TransportPlan plan = TransportationSolver.solve(OtInputs.uniform(60), OtInputs.uniform(60), c);
        assertEquals(AssignmentSolver.solve(c).totalCost() / 60, plan.totalCost(), 1e-12);
        OtTestSupport.assertPermutation(plan.assignment(), 60);
    }

    @Test
    void oneDimensionalQuadraticCostIsTheMonotoneCoupling() {
        // two sources (mass 1/2 each) at 0 and 10; targets at 1, 2, 11 with masses 1/4, 1/4, 1/2
        double[][] source = {{0}, {10}};
        double[][] target = {{1}, {2}, {11}};
        double[][] c = Cost.HALF_SQUARED_EUCLIDEAN.matrix(source, target);
        TransportPlan plan = TransportationSolver.solve(new double[] {0.5, 0.5}, new double[] {0.25, 0.25, 0.5}, c);
        double[][] p = plan.toDense();
        assertEquals(0.25, p[0][0], 1e-15);
        assertEquals(0.25, p[0][1], 1e-15);
        assertEquals(0.5, p[1][2], 1e-15);
        assertEquals(0.25 * 0.5 + 0.25 * 2 + 0.5 * 0.5, plan.totalCost(), 1e-15);
    }

    @Test
    void weightSumsOffByRoundingAreAccepted() {
        double[] a = {0.1, 0.2, 0.7000000001};
        double[] b = {0.3, 0.3, 0.4};
        double[][] c = {{1, 2, 3}, {3, 1, 2}, {2, 3, 1}};
        TransportPlan plan = TransportationSolver.solve(a, b, c);
        double[] cols = plan.targetMarginal();
        for (int j = 0; j < 3; j++) {
            assertEquals(b[j], cols[j], 2e-10);
        }
        assertTrue(plan.totalCost() > 0);
    }

    @Test
    void rejectsInvalidWeightsAndCosts() {
        double[][] c = {{1, 2}, {3, 4}};
        double[] half = {0.5, 0.5};
        assertThrows(IllegalArgumentException.class, () -> TransportationSolver.solve(new double[] {0.6, 0.6}, half, c));
        assertThrows(IllegalArgumentException.class, () -> TransportationSolver.solve(new double[] {1.5, -0.5}, half, c));
        assertThrows(IllegalArgumentException.class, () -> TransportationSolver.solve(new double[] {1.0, 0.0}, half, c));
        assertThrows(IllegalArgumentException.class, () -> TransportationSolver.solve(new double[0], half, c));
        assertThrows(IllegalArgumentException.class, () -> TransportationSolver.solve(half, new double[] {1.0}, c));
        double[][] nan = {{1, 2}, {Double.NaN, 4}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransportationSolver.solve(half, half, nan));
        assertTrue(e.getMessage().contains("[1][0]"), e.getMessage());
    }

    /** m = n = 1,000 with random weights: the size the class documents (a few seconds at most). */
    @Test
    @Tag("slow")
    void thousandByThousandWithRandomWeights() {
        Random r = new Random(34);
        double[] a = OtTestSupport.randomWeights(r, 1000);
        double[] b = OtTestSupport.randomWeights(r, 1000);
        double[][] c = Cost.HALF_SQUARED_EUCLIDEAN.matrix(OtTestSupport.uniformPoints(r, 1000, 2),
                OtTestSupport.uniformPoints(r, 1000, 2));
        assertPlanCertificate(c, a, b, TransportationSolver.solve(a, b, c), 1e-12);
    }
}
