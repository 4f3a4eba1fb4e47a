package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.model.Nd4jRuntime;

class TransportRunTest {
    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @Test
    void sameSeedGivesTheSameNumbers() {
        RunMetrics a = trainAndEvaluate(3);
        RunMetrics b = trainAndEvaluate(3);
        assertEquals(a.asJsonMap(), b.asJsonMap());
        RunMetrics c = trainAndEvaluate(4);
        assertTrue(a.w2ToTarget() != c.w2ToTarget(), "another seed gives other numbers");
    }

    private static RunMetrics trainAndEvaluate(long seed) {
        TransportRun run = SmallRuns.run(SmallRuns.lsot(seed, 20, 5));
        while (!run.isDone()) {
            run.step();
        }
        return run.evaluate();
    }

    @Test
    void snapshotsAreIsolatedFromLaterSteps() {
        TransportRun run = SmallRuns.run(SmallRuns.lsot(1, 30, 0));
        for (int i = 0; i < 5; i++) {
            run.step();
        }
        PlaneSnapshot s = run.snapshot(SnapshotOptions.full(16));
        float[] mapped = s.mapped().clone();
        double[] pot = s.potential().values().clone();
        for (int i = 0; i < 20; i++) {
            run.step();
        }
        PlaneSnapshot later = run.snapshot(SnapshotOptions.full(16));
        assertArrayEquals(mapped, s.mapped(), "the old snapshot kept its points");
        assertArrayEquals(pot, s.potential().values(), "the old snapshot kept its grid");
        assertTrue(later.step() == 25 && s.step() == 5);
        boolean changed = false;
        for (int i = 0; i < pot.length; i++) {
            changed |= pot[i] != later.potential().values()[i];
        }
        assertTrue(changed, "training changed the potential");
    }

    @Test
    void snapshotContentsMatchTheRequest() {
        TransportRun run = SmallRuns.run(SmallRuns.lsot(1, 2, 0));
        run.step();
        PlaneSnapshot pts = run.snapshot(SnapshotOptions.pointsOnly());
        assertNull(pts.potential());
        assertNull(pts.singularMask());
        assertEquals(2 * TransportRun.DISPLAY_POINTS, pts.source().length);
        assertEquals(2 * 256, pts.target().length);
        PlaneSnapshot full = run.snapshot(SnapshotOptions.full(20));
        assertNotNull(full.potential());
        assertNotNull(full.rawDiscriminator());
        assertEquals(400, full.singularMask().length);
        assertEquals(400, full.potential().values().length);
    }

    @Test
    void historyLogsEveryStepAndTheEvaluation() {
        TransportRun run = SmallRuns.run(SmallRuns.lsot(2, 4, 3));
        while (!run.isDone()) {
            run.step();
        }
        run.evaluate();
        assertEquals(8, run.history().rows().size());
        assertEquals("discriminator", run.history().rows().get(0).phase());
        assertEquals("refinement", run.history().rows().get(5).phase());
        assertTrue(run.history().columns().contains("semi_dual_loss"));
        assertTrue(run.history().columns().contains("w2_to_target"));
    }
}
