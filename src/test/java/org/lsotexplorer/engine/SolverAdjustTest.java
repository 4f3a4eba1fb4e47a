package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.model.Nd4jRuntime;

/** Live settings change between steps without a reset; bad values keep the old setting. */
class SolverAdjustTest {
    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @Test
    void lsotTakesLearningRateAngleAndBlendWidth() {
        TransportRun run = SmallRuns.run(SmallRuns.lsot(1, 10, 0));
        LsotSolver s = (LsotSolver) run.solver();
        run.step();
        assertTrue(s.adjust("learning_rate", 5e-3));
        assertTrue(s.adjust("angle_threshold", 1.2));
        assertTrue(s.adjust("blend_width", 0.5));
        assertEquals(5e-3, s.options().learningRate());
        assertEquals(1.2, s.options().angleThreshold());
        assertEquals(0.5, s.options().blendWidth());
        run.step();
        assertEquals(2, s.completedSteps(), "training goes on after an adjustment");
    }

    @Test
    void badValuesAreRejectedAndTheOldValueKept() {
        LsotSolver s = (LsotSolver) SmallRuns.run(SmallRuns.lsot(1, 10, 0)).solver();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.adjust("angle_threshold", 4.0));
        assertTrue(e.getMessage().contains("angle threshold"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.adjust("learning_rate", -1));
        assertEquals(0.4, s.options().angleThreshold());
        assertEquals(1e-3, s.options().learningRate());
    }

    @Test
    void unknownSettingsAreNotTaken() {
        TransportRun run = SmallRuns.run(SmallRuns.lsot(1, 10, 0));
        assertFalse(run.solver().adjust("batch", 3));
        RunSettings sk = RunSettings.defaults("eight-gaussians", SolverKind.SINKHORN, 1).withCodeCount(64);
        assertFalse(TransportRun.create(sk, org.lsotexplorer.data.ToyPreset.EIGHT_GAUSSIANS).solver()
                .adjust("learning_rate", 1e-3));
    }

    @Test
    void criticRaysTakesTheLearningRate() {
        RunSettings s = RunSettings.defaults("eight-gaussians", SolverKind.CRITIC_RAYS, 1).withCodeCount(64);
        s = s.with(s.lsot(), new CriticRaysOptions(new int[] {16}, 1e-4, 0.5, 0.9, 32, 5, 10, 1, 32,
                new int[] {8}, 5, 1e-3), s.exactSampleSize(), s.sinkhorn());
        CriticRaysSolver c = (CriticRaysSolver) TransportRun.create(s,
                org.lsotexplorer.data.ToyPreset.EIGHT_GAUSSIANS).solver();
        assertTrue(c.adjust("learning_rate", 2e-3));
        assertEquals(2e-3, c.options().learningRate());
        assertFalse(c.adjust("angle_threshold", 0.3));
    }
}
