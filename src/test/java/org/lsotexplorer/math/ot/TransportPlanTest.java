package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.Cost;

class TransportPlanTest {
    /** Sources 0 and 10 (mass 1/2 each) on the line; targets 1, 2 (mass 1/4 each) and 11 (mass 1/2). */
    private static TransportPlan splitPlan() {
        double[][] c = Cost.HALF_SQUARED_EUCLIDEAN.matrix(new double[][] {{0}, {10}}, new double[][] {{1}, {2}, {11}});
        return ExactTransportSolver.solve(new double[] {0.5, 0.5}, new double[] {0.25, 0.25, 0.5}, c);
    }

    @Test
    void supportIsSortedAndMarginalsMatch() {
        TransportPlan plan = splitPlan();
        assertEquals(List.of(new TransportPlan.Entry(0, 0, 0.25), new TransportPlan.Entry(0, 1, 0.25),
                new TransportPlan.Entry(1, 2, 0.5)), plan.support());
        assertArrayEquals(new double[] {0.5, 0.5}, plan.sourceMarginal(), 1e-15);
        assertArrayEquals(new double[] {0.25, 0.25, 0.5}, plan.targetMarginal(), 1e-15);
        assertEquals(0.875, plan.totalCost(), 1e-15);
        assertEquals(plan.totalCost(), plan.dualObjective(), 1e-14);
    }

    @Test
    void barycentricMapAveragesTheTargetsOfEachSource() {
        double[][] map = splitPlan().barycentricMap(new double[][] {{1, 5}, {2, 7}, {11, -1}});
        assertArrayEquals(new double[] {1.5, 6}, map[0], 1e-15);
        assertArrayEquals(new double[] {11, -1}, map[1], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> splitPlan().barycentricMap(new double[][] {{1}, {2}}));
    }

    @Test
    void assignmentOnlyForPermutationPlans() {
        assertNull(splitPlan().assignment());
        double[][] c = {{5, 0, 5}, {0, 5, 5}, {5, 5, 0}};
        TransportPlan plan = ExactTransportSolver.solve(OtInputs.uniform(3), OtInputs.uniform(3), c);
        assertArrayEquals(new int[] {1, 0, 2}, plan.assignment());
        assertEquals(0.0, plan.totalCost());
        double[][] dense = plan.toDense();
        assertEquals(1.0 / 3, dense[0][1], 0.0);
        assertEquals(0.0, dense[0][0], 0.0);
    }

    @Test
    void accessorsReturnCopies() {
        TransportPlan plan = splitPlan();
        double[] u = plan.sourcePotential();
        u[0] = 1e9;
        plan.targetPotential()[0] = 1e9;
        plan.sourceWeights()[0] = 7;
        assertEquals(plan.totalCost(), plan.dualObjective(), 1e-14);
        assertEquals(0.5, plan.sourceWeights()[0]);
    }
}
