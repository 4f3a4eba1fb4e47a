package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.model.Nd4jRuntime;

/**
 * Capture a run after k steps, restore it into a fresh run, continue to the end: every metric and every history
 * row equal those of the uninterrupted run, bit for bit, for each toy solver kind and in each phase.
 */
class RunCheckpointTest {
    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static void resumeMatches(RunSettings s, int... captureAt) {
        TransportRun whole = ResumeTestSupport.run(s);
        ResumeTestSupport.finish(whole);
        Map<String, Object> expected = ResumeTestSupport.metrics(whole);
        for (int k : captureAt) {
            TransportRun first = ResumeTestSupport.run(s);
            ResumeTestSupport.steps(first, k);
            RunCheckpoint c = RunCheckpoint.capture(first);
            assertEquals(k, c.step());
            ResumeTestSupport.steps(first, 3);     // the original runs on: the capture must not change
            TransportRun resumed = c.restore();
            assertEquals(k, resumed.solver().completedSteps(), "restored step");
            ResumeTestSupport.finish(resumed);
            assertEquals(expected, ResumeTestSupport.metrics(resumed), s.solver().id() + " resumed at step " + k);
            if (whole.solver().stepCountKnown()) {
                // the exact solver's steps are time slices of one solve, so their number follows the machine's
                // load; its plan, and so every metric, does not
                assertEquals(whole.solver().completedSteps(), resumed.solver().completedSteps());
                assertEquals(whole.history().rows(), resumed.history().rows(), "history resumed at " + k);
            }
        }
    }

    @Test
    void lsotWithNewtonResumesBitForBit() {
        resumeMatches(ResumeTestSupport.lsotNewton(), 17, 40, 43);
    }

    @Test
    void lsotWithAdamRefinementResumesBitForBit() {
        resumeMatches(ResumeTestSupport.lsotAdam(), 11, 33);
    }

    @Test
    void criticRaysResumesBitForBitInEveryPhase() {
        resumeMatches(ResumeTestSupport.criticRays(), 9, 21, 27);
    }

    @Test
    void sinkhornResumesBitForBit() {
        resumeMatches(ResumeTestSupport.sinkhorn(), 7);
    }

    @Test
    void exactResumesToTheSameSolution() {
        resumeMatches(ResumeTestSupport.exact(), 1);
    }

    @Test
    void aLiveLearningRateChangeIsPartOfTheCheckpoint() {
        RunSettings s = ResumeTestSupport.lsotNewton();
        TransportRun a = ResumeTestSupport.run(s);
        ResumeTestSupport.steps(a, 5);
        assertTrue(a.solver().adjust("learning_rate", 3e-3));
        ResumeTestSupport.steps(a, 5);
        RunCheckpoint c = RunCheckpoint.capture(a);
        assertEquals(3e-3, c.settings().lsot().learningRate());
        TransportRun b = c.restore();
        ResumeTestSupport.assertSameEnd(a, b);
    }

    @Test
    void aCheckpointRefusesAnotherProblem() {
        RunSettings s = ResumeTestSupport.lsotNewton();
        TransportRun a = ResumeTestSupport.run(s);
        ResumeTestSupport.steps(a, 3);
        RunCheckpoint c = RunCheckpoint.capture(a);
        RunSettings otherSeed = new RunSettings(s.target(), s.solver(), 99, s.codeCount(), s.source(), s.lsot(),
                s.criticRays(), s.exactSampleSize(), s.sinkhorn(), s.metricSamples(), s.mapMetricSamples());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.restore(otherSeed, ToyPreset.EIGHT_GAUSSIANS));
        assertTrue(e.getMessage().contains("seed"), e.getMessage());
        IllegalArgumentException data = assertThrows(IllegalArgumentException.class,
                () -> c.restore(ToyPreset.TWO_MOONS));
        assertTrue(data.getMessage().contains("codes"), data.getMessage());
    }
}
