package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.model.Nd4jRuntime;

/** The timeline: checkpoints every K steps, thinning within the budget, scrubbing and branching through the loop. */
class TimelineTest {
    private final AtomicLong now = new AtomicLong();

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static void ticks(TrainingLoop l, int n) {
        for (int i = 0; i < n; i++) {
            l.tick();
        }
    }

    @Test
    void keepsACheckpointEveryKStepsAndScrubsToThem() {
        TrainingLoop l = new TrainingLoop(() -> ResumeTestSupport.run(ResumeTestSupport.lsotNewton()), now::get);
        l.play();
        ticks(l, 36);
        l.pause();
        l.tick();
        assertArrayEquals(new int[] {0, 10, 20, 30}, l.timeline().steps());
        assertEquals(20, l.timeline().checkpointAt(27).step());
        l.showStep(27);
        l.tick();
        assertEquals(20, l.latestState().step(), "the plane shows the checkpoint's step");
        assertEquals(36, l.run().solver().completedSteps(), "the run itself is untouched");
        assertTrue(l.timeline().historyUpTo(20).stream().allMatch(r -> r.step() <= 20));
    }

    @Test
    void branchContinuesFromTheStepWithNewSettingsAndNamesItsParent() {
        RunSettings s = ResumeTestSupport.lsotNewton();
        TrainingLoop l = new TrainingLoop(() -> ResumeTestSupport.run(s), now::get);
        l.setRunFolder("/runs/parent");
        l.play();
        ticks(l, 25);
        RunSettings faster = s.with(s.lsot().withLive(5e-3, s.lsot().angleThreshold(), s.lsot().blendWidth()),
                s.criticRays(), s.exactSampleSize(), s.sinkhorn());
        l.branch(20, faster);
        l.tick();
        TransportRun b = l.run();
        assertEquals(20, b.solver().completedSteps());
        assertEquals(new RunParent("/runs/parent", 20), b.parent());
        assertEquals(5e-3, b.currentSettings().lsot().learningRate());
        assertEquals(WorkerState.PAUSED, l.state());
        assertTrue(b.history().rows().stream().allMatch(r -> r.step() <= 20));
        assertArrayEquals(new int[] {20}, l.timeline().steps(), "the branch's timeline starts at its first step");

        // the same settings branch continues exactly as the parent would have
        TransportRun parent = ResumeTestSupport.run(s);
        ResumeTestSupport.steps(parent, 20);
        TransportRun same = new Timeline(parent, 10, Timeline.DEFAULT_BUDGET_BYTES).branch(20, s, null);
        ResumeTestSupport.assertSameEnd(parent, same);
    }

    @Test
    void aBranchWithNewSettingsFromASharedCheckpointStartsFromTheExactState() {
        RunSettings s = ResumeTestSupport.lsotNewton();
        RunSettings faster = s.with(s.lsot().withLive(5e-3, s.lsot().angleThreshold(), s.lsot().blendWidth()),
                s.criticRays(), s.exactSampleSize(), s.sinkhorn());
        TransportRun parent = ResumeTestSupport.run(s);
        Timeline t = new Timeline(parent, 10, Timeline.DEFAULT_BUDGET_BYTES);
        for (int i = 0; i < 20; i++) {
            parent.step();
            t.record(parent);
        }
        assertEquals(20, t.checkpointAt(20).solver().replaySteps(), "step 20 shares step 0's capture");
        TransportRun expected = RunCheckpoint.capture(parent).restore(faster, parent.problem().target());
        TransportRun branched = t.branch(20, faster, null);
        ResumeTestSupport.assertSameEnd(expected, branched);
    }

    @Test
    void thinsTheOldestCheckpointsFirstWithinTheBudget() {
        RunSettings small = ResumeTestSupport.lsotNewton();
        LsotOptions wide = new LsotOptions(new int[] {128, 128}, 1e-3, 0.5, 0.9, 32, 60, small.lsot().refinement(),
                0.4, 0.02);
        RunSettings s = new RunSettings("eight-gaussians", SolverKind.LSOT, 3, 256, SourceDistribution.GAUSSIAN, wide,
                small.criticRays(), 256, small.sinkhorn(), 300, 200);
        TransportRun run = ResumeTestSupport.run(s);
        Timeline t = new Timeline(run, 1, 1L << 20);
        long one = t.bytes();
        assertTrue(one > 60_000 && one < 90_000, "before the first step: the parameters only, 4 bytes each: " + one);
        for (int i = 1; i < Timeline.FULL_EVERY; i++) {
            run.step();
            t.record(run);
            assertEquals(one, t.bytes(), "step " + i + " shares the first capture's arrays (replayed when restored)");
        }
        run.step();
        t.record(run);
        long two = t.bytes() - one;
        assertTrue(two > 3 * 60_000 && two < 3 * 90_000, "then parameters and Adam's two moments: " + two);
        for (int i = Timeline.FULL_EVERY; i < 40; i++) {
            run.step();
            t.record(run);
            assertTrue(t.accountingHolds(), "after step " + i + ": " + java.util.Arrays.toString(t.steps()));
        }
        int[] steps = t.steps();
        assertTrue(t.bytes() <= t.budgetBytes(), t.bytes() + " bytes");
        assertEquals(0, steps[0], "the first checkpoint stays");
        assertEquals(40, steps[steps.length - 1], "the newest stays");
        int oldGap = steps[1] - steps[0];
        int newGap = steps[steps.length - 1] - steps[steps.length - 2];
        assertTrue(oldGap > newGap, "older checkpoints are sparser: " + java.util.Arrays.toString(steps));
        assertEquals(steps[steps.length - 2], t.checkpointAt(steps[steps.length - 1] - 1).step());
    }
}
