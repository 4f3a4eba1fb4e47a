package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.model.Nd4jRuntime;

/** Drives the worker body synchronously with a fake clock. */
class TrainingLoopTest {
    private final AtomicLong now = new AtomicLong();

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private TrainingLoop loop(int discSteps) {
        return new TrainingLoop(() -> SmallRuns.run(SmallRuns.lsot(1, discSteps, 0)), now::get);
    }

    @Test
    void startsPausedWithAFirstState() {
        TrainingLoop l = loop(50);
        assertEquals(WorkerState.PAUSED, l.state());
        assertNotNull(l.latestState());
        assertEquals(0, l.latestState().step());
        assertNotNull(l.latestState().state().potential());
        assertFalse(l.tick(), "paused: no step");
        assertEquals(0, l.status().step());
    }

    @Test
    void stopWhileRunningReleasesTheRunWithoutEvaluatingItAgain() {
        TrainingLoop l = loop(50);
        l.play();
        l.tick();
        l.tick();
        assertEquals(WorkerState.RUNNING, l.state());
        l.stop();
        assertFalse(l.tick());
        assertEquals(WorkerState.STOPPED, l.state());
        assertEquals("", l.status().message(), "no attempt to show the released run");
        assertEquals(2, l.latestState().step(), "the last state before the stop stays published");
    }

    @Test
    void pauseActsWithinOneStep() {
        TrainingLoop l = loop(50);
        l.play();
        for (int i = 0; i < 5; i++) {
            assertTrue(l.tick());
        }
        l.pause();
        assertFalse(l.tick(), "the pause is seen before the next step");
        assertEquals(5, l.status().step());
        assertEquals(WorkerState.PAUSED, l.state());
    }

    @Test
    void stepTakesExactlyOneStepAndShowsIt() {
        TrainingLoop l = loop(50);
        RunState before = l.latestState();
        l.stepOnce();
        assertTrue(l.tick());
        assertFalse(l.tick());
        assertEquals(1, l.status().step());
        assertEquals(1, l.latestState().step());
        assertNotSame(before, l.latestState());
    }

    @Test
    void everyStepPublishesACheapStateAndAPauseTheExactOne() {
        TrainingLoop l = loop(100);
        l.play();
        RunState[] seen = new RunState[4];
        for (int i = 0; i < 4; i++) {
            assertTrue(l.tick());
            seen[i] = l.latestState();
            assertEquals(i + 1, seen[i].step(), "the state follows every step, not the clock");
        }
        assertNotSame(seen[2], seen[3]);
        LsotSolver solver = (LsotSolver) l.run().solver();
        double[] live = seen[3].state().brenier().orElseThrow().dualValues();
        double[] exact = solver.brenierPotential().dualValues();
        assertTrue(maxDifference(live, exact) > 0, "while running, the heights come from recent batches");
        l.pause();
        assertFalse(l.tick());
        double[] still = l.latestState().state().brenier().orElseThrow().dualValues();
        assertEquals(0, maxDifference(still, exact), 0.0, "paused: the exact state is shown");
        assertEquals(4, l.latestState().step());
    }

    @Test
    void aPublishedStateNeverChangesWhileTrainingGoesOn() {
        TrainingLoop l = loop(100);
        l.play();
        l.tick();
        RunState s = l.latestState();
        double[][] z = {{0.3, -0.2}, {1.5, 0.7}};
        double[][] before = s.state().map(z);
        double[] potBefore = s.state().potential().evaluate(z);
        for (int i = 0; i < 20; i++) {
            l.tick();
        }
        assertEquals(21, l.status().step());
        double[][] after = s.state().map(z);
        for (int i = 0; i < z.length; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(before[i], after[i], 0.0);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(potBefore, s.state().potential().evaluate(z), 0.0);
    }

    private static double maxDifference(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    @Test
    void finishesAndReportsDone() {
        TrainingLoop l = loop(3);
        l.play();
        for (int i = 0; i < 10; i++) {
            l.tick();
        }
        assertEquals(WorkerState.DONE, l.state());
        assertEquals(3, l.latestState().step());
        assertNotNull(l.finalMetrics());
        assertTrue(l.finalMetrics().isFinal());
        RunMetrics again = l.run().evaluate();
        assertEquals(again.w2ToTarget(), l.finalMetrics().metrics().w2ToTarget(), 0.0,
                "the final metrics are the run's evaluation, as in metrics.json");
    }

    @Test
    void aFailingCommandDoesNotKillTheLoop() {
        TrainingLoop l = loop(50);
        l.submit(x -> {
            throw new IllegalStateException("boom");
        });
        l.play();
        assertTrue(l.tick(), "the play queued after the failed command still runs a step");
        assertTrue(l.status().message().contains("boom"), l.status().message());
        assertTrue(l.tick(), "the loop keeps training");
        assertEquals(2, l.status().step());
    }

    @Test
    void resetBuildsAFreshRun() {
        TrainingLoop l = loop(50);
        l.play();
        l.tick();
        l.tick();
        l.reset(() -> SmallRuns.run(SmallRuns.lsot(9, 10, 0)));
        l.tick();
        assertEquals(0, l.status().step());
        assertEquals(10, l.status().totalSteps());
        assertEquals(WorkerState.PAUSED, l.state());
    }
}
