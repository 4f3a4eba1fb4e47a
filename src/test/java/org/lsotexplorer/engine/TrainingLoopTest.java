package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
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
        return new TrainingLoop(() -> SmallRuns.run(SmallRuns.lsot(1, discSteps, 0)),
                new FrameSchedule(100, 250, 1000, 0.1, 16), now::get);
    }

    @Test
    void startsPausedWithAFirstFrame() {
        TrainingLoop l = loop(50);
        assertEquals(WorkerState.PAUSED, l.state());
        assertNotNull(l.latestSnapshot());
        assertNotNull(l.latestSnapshot().potential());
        assertFalse(l.tick(), "paused: no step");
        assertEquals(0, l.status().step());
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
        PlaneSnapshot before = l.latestSnapshot();
        l.stepOnce();
        assertTrue(l.tick());
        assertFalse(l.tick());
        assertEquals(1, l.status().step());
        assertEquals(1, l.latestSnapshot().step());
        assertNotSame(before, l.latestSnapshot());
    }

    @Test
    void snapshotsFollowTheClockNotTheSteps() {
        TrainingLoop l = loop(100);
        l.play();
        l.tick();
        PlaneSnapshot first = l.latestSnapshot();
        for (int i = 0; i < 5; i++) {
            l.tick();          // the fake clock does not move: nothing is due
        }
        assertSame(first, l.latestSnapshot());
        now.addAndGet(150_000_000L);   // 150 ms: points are due, the grid (250 ms) is not
        l.tick();
        PlaneSnapshot second = l.latestSnapshot();
        assertNotSame(first, second);
        assertSame(first.potential(), second.potential(), "grid reused between grid frames");
        now.addAndGet(200_000_000L);
        l.tick();
        assertNotSame(second.potential(), l.latestSnapshot().potential(), "grid refreshed at 250 ms");
        assertEquals(8, l.latestSnapshot().step());
    }

    @Test
    void finishesAndReportsDone() {
        TrainingLoop l = loop(3);
        l.play();
        for (int i = 0; i < 10; i++) {
            l.tick();
        }
        assertEquals(WorkerState.DONE, l.state());
        assertEquals(3, l.latestSnapshot().step());
        assertNotNull(l.latestMetrics());
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
