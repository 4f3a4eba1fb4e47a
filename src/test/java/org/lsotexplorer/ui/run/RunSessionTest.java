package org.lsotexplorer.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.engine.WorkerState;
import org.lsotexplorer.live.FrameSchedule;

/** The session builds only the newest of many queued resets, then acts on the next command at once. */
class RunSessionTest {
    @Test
    void rapidResetsCollapseIntoOne() throws Exception {
        RunSettings s = RunSettings.defaults("eight-gaussians", SolverKind.LSOT, 1).withCodeCount(512);
        AtomicInteger built = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(1);
        try (RunSession session = new RunSession(FrameSchedule.defaults(), Runnable::run, m -> { })) {
            session.start(() -> TransportRun.create(s, ToyPreset.EIGHT_GAUSSIANS), ready::countDown, e -> { });
            assertTrue(ready.await(60, TimeUnit.SECONDS));
            session.pause();
            for (int i = 0; i < 200; i++) {
                session.reset(() -> {
                    built.incrementAndGet();
                    return TransportRun.create(s, ToyPreset.EIGHT_GAUSSIANS);
                });
                session.play();
                session.pause();
            }
            session.play();
            long until = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < until && (session.status().state() != WorkerState.RUNNING
                    || session.status().step() < 3)) {
                Thread.sleep(5);
            }
            assertEquals(WorkerState.RUNNING, session.status().state());
            assertTrue(built.get() <= 3, "only the newest queued reset is built, not 200: " + built.get());
            assertTrue(built.get() >= 1);
        }
    }
}
