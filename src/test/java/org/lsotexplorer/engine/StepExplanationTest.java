package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.model.Nd4jRuntime;

/** The explained phases of a discriminator step name the right codes and noise points. */
class StepExplanationTest {
    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @Test
    void underFullCodesAndReassignedPointsAreTheRightOnes() {
        double[][] y = {{-1, 0}, {1, 0}};
        double[][] z = {{-2, 0}, {-0.5, 0}, {-0.1, 0}, {0.1, 0}};
        // D = 0: z goes to the nearer code, 3 to y0 and 1 to y1 (y1 under-full, y0 over-full)
        // after: D(y1) = 0.5 moves the boundary to x = -0.25, so z = -0.1 changes cell
        StepExplanation e = StepExplanation.discriminatorStep(7, z, y, new double[] {0, 0}, new double[] {0, 0.5},
                true);
        assertEquals(7, e.step());
        assertEquals(4, e.phases().size());
        ExplainedPhase raised = e.phases().get(1);
        assertArrayEquals(new float[] {1, 0}, raised.primary(), "D is raised on y1, the code with too little mass");
        assertArrayEquals(new float[] {-1, 0}, raised.secondary(), "and lowered on y0");
        ExplainedPhase moved = e.phases().get(2);
        assertArrayEquals(new float[] {-0.1f, 0}, moved.primary(), "exactly one noise point changed cell");
        assertTrue(moved.caption().contains("1 of the 4"), moved.caption());
        assertTrue(e.phases().get(3).singularSet());
    }

    @Test
    void anLsotStepExplainsItselfOnlyWhenAsked() {
        TransportRun run = SmallRuns.run(SmallRuns.lsot(3, 20, 0));
        run.step();
        assertTrue(run.solver().lastExplanation().isEmpty());
        run.solver().explainNextStep();
        run.step();
        StepExplanation e = run.solver().lastExplanation().orElseThrow();
        assertEquals(2, e.step());
        assertEquals(64 * 2, e.phases().get(0).primary().length, "the whole noise batch");
        assertTrue(run.exactState().explanation() == e, "the state carries it to the window");
        run.step();
        assertTrue(run.solver().lastExplanation().isEmpty(), "the next plain step explains nothing");
    }
}
