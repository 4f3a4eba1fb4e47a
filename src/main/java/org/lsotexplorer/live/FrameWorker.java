package org.lsotexplorer.live;

import java.util.function.Supplier;
import org.lsotexplorer.engine.LiveMetrics;
import org.lsotexplorer.engine.RunState;

/**
 * Runs a {@link FramePipeline} on one daemon thread ("lsot-frames"), the second core's job: it turns the newest
 * training state into finished frames while the training thread trains. It naps for a millisecond or two when there
 * is nothing new, and after work long enough to use at most {@value #DUTY} of a core, so that on a busy machine
 * (the FX thread, other programs) the training thread keeps its share. {@link #close()} stops it.
 */
public final class FrameWorker implements AutoCloseable {
    /** Share of one core the frame worker may use (a points frame costs about 9 ms, a grid frame about 25 ms). */
    static final double DUTY = 0.8;
    private final FramePipeline pipeline;
    private final Thread thread;
    private volatile boolean closing;

    public FrameWorker(Supplier<RunState> states, FrameSchedule schedule) {
        this.pipeline = new FramePipeline(states, schedule, System::nanoTime);
        this.thread = new Thread(this::runLoop, "lsot-frames");
        thread.setDaemon(true);
        thread.start();
    }

    private void runLoop() {
        while (!closing) {
            long t0 = System.nanoTime();
            boolean worked = pipeline.tick();
            long busy = System.nanoTime() - t0;
            // at most DUTY of one core: on a busy machine the training thread keeps its share
            long restNanos = worked ? Math.max(500_000L, (long) (busy * (1 / DUTY - 1))) : 2_000_000L;
            try {
                Thread.sleep(restNanos / 1_000_000L, (int) (restNanos % 1_000_000L));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Posts what the screen wants; the newest request wins. */
    public void request(FrameRequest r) {
        pipeline.request(r);
    }

    public Frame latestFrame() {
        return pipeline.latestFrame();
    }

    public LiveMetrics latestMetrics() {
        return pipeline.latestMetrics();
    }

    public String lastError() {
        return pipeline.lastError();
    }

    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
