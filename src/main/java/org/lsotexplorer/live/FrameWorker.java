package org.lsotexplorer.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.lsotexplorer.engine.LiveMetrics;
import org.lsotexplorer.engine.RunState;

/**
 * Runs a {@link FramePipeline} on one daemon thread ("lsot-frames"), the second core's job: it turns the newest
 * training state into finished frames while the training thread trains. It naps for a millisecond or two when there
 * is nothing new, and after work long enough to use at most {@value #DUTY} of a core, so that on a busy machine
 * (the FX thread, other programs) the training thread keeps its share. {@link #close()} stops it.
 * <p>One worker may also serve several panes ({@link #FrameWorker(List, FrameSchedule)}): one pipeline per pane,
 * ticked in turn on the same thread, so side-by-side panes share one core instead of each taking one.
 */
public final class FrameWorker implements AutoCloseable, FrameSource {
    /** Share of one core the frame worker may use (a points frame costs about 9 ms, a grid frame about 25 ms). */
    static final double DUTY = 0.8;
    private final FramePipeline pipeline;
    private final List<FramePipeline> pipelines = new ArrayList<>();
    private final Thread thread;
    private volatile boolean closing;

    public FrameWorker(Supplier<RunState> states, FrameSchedule schedule) {
        this(List.of(states), schedule);
    }

    /** One pipeline per state slot (a pane each), all on one thread; {@link #pane(int)} gives pane i's frames. */
    public FrameWorker(List<Supplier<RunState>> states, FrameSchedule schedule) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("a frame worker needs at least one state slot");
        }
        for (Supplier<RunState> s : states) {
            pipelines.add(new FramePipeline(s, schedule, System::nanoTime));
        }
        this.pipeline = pipelines.get(0);
        this.thread = new Thread(this::runLoop, "lsot-frames");
        thread.setDaemon(true);
        thread.start();
    }

    private void runLoop() {
        while (!closing) {
            long t0 = System.nanoTime();
            boolean worked = false;
            for (FramePipeline p : pipelines) {
                worked |= p.tick();
            }
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

    /** The pipeline of pane {@code i} (0-based): its frames and metric estimates. */
    public FramePipeline pane(int i) {
        return pipelines.get(i);
    }

    /** Posts what the screen wants (to the first pipeline); the newest request wins. */
    @Override
    public void request(FrameRequest r) {
        pipeline.request(r);
    }

    @Override
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
