package org.lsotexplorer.live;

import java.util.function.Supplier;
import org.lsotexplorer.engine.LiveMetrics;
import org.lsotexplorer.engine.RunState;

/**
 * Runs a {@link FramePipeline} on one daemon thread ("lsot-frames"), the second core's job: it turns the newest
 * training state into finished frames while the training thread trains. It naps for a millisecond or two when there
 * is nothing new. {@link #close()} stops it.
 */
public final class FrameWorker implements AutoCloseable {
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
            if (!pipeline.tick()) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
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
