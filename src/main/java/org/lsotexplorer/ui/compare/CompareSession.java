package org.lsotexplorer.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.engine.LiveMetrics;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.RunState;
import org.lsotexplorer.engine.SharedTrainingWorker;
import org.lsotexplorer.engine.TrainingLoop;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.engine.WorkerStatus;
import org.lsotexplorer.live.FrameSchedule;
import org.lsotexplorer.live.FrameSource;
import org.lsotexplorer.live.FrameWorker;

/**
 * The compare view's handle on its workers: one {@link SharedTrainingWorker} trains every pane's run round robin on
 * one thread (the machine may have two cores: one trains, one draws), and one {@link FrameWorker} draws every pane's
 * frames on another. {@link #start} builds the runs off the FX thread; until then the slots read null and commands
 * are refused (the buttons are disabled). Slots may be read from any thread.
 */
final class CompareSession implements AutoCloseable {
    private final TargetDistribution target;
    private final List<RunSettings> first;
    private final FrameWorker frames;
    private volatile SharedTrainingWorker worker;
    private volatile boolean closed;

    CompareSession(TargetDistribution target, List<RunSettings> panes, FrameSchedule schedule) {
        this.target = target;
        this.first = List.copyOf(panes);
        List<Supplier<RunState>> slots = new ArrayList<>();
        for (int i = 0; i < panes.size(); i++) {
            int pane = i;
            slots.add(() -> latestState(pane));
        }
        this.frames = new FrameWorker(slots, schedule);
        for (int i = 0; i < panes.size(); i++) {
            frames.pane(i).showLegend(false);   // the window's layer switches carry the colours
        }
    }

    /** Builds the runs on a background thread; then {@code onReady} (or {@code onFailure}) runs on {@code ui}. */
    void start(Executor ui, Runnable onReady, Consumer<Throwable> onFailure) {
        Thread t = new Thread(() -> {
            try {
                List<Supplier<TransportRun>> runs = new ArrayList<>();
                for (RunSettings s : first) {
                    runs.add(() -> TransportRun.create(s, target));
                }
                SharedTrainingWorker w = new SharedTrainingWorker(runs);
                synchronized (this) {
                    if (closed) {
                        w.close();
                        return;
                    }
                    worker = w;
                }
                ui.execute(onReady);
            } catch (RuntimeException | Error e) {
                ui.execute(() -> onFailure.accept(e));
            }
        }, "lsot-compare-startup");
        t.setDaemon(true);
        t.start();
    }

    boolean isReady() {
        return worker != null;
    }

    int size() {
        return first.size();
    }

    private TrainingLoop loop(int pane) {
        SharedTrainingWorker w = worker;
        return w == null ? null : w.loop(pane);
    }

    void playAll() {
        forEach(TrainingLoop::play);
    }

    void pauseAll() {
        forEach(TrainingLoop::pause);
    }

    void stepAll() {
        forEach(TrainingLoop::stepOnce);
    }

    private void forEach(Consumer<TrainingLoop> c) {
        for (int i = 0; i < size(); i++) {
            TrainingLoop l = loop(i);
            if (l != null) {
                c.accept(l);
            }
        }
    }

    /** Replaces pane {@code i}'s run with a fresh one of {@code s}, built on the worker; the pane pauses. */
    void reset(int pane, RunSettings s) {
        TrainingLoop l = loop(pane);
        if (l != null) {
            l.reset(() -> TransportRun.create(s, target));
        }
    }

    /** Runs {@code job} on the training thread between steps, reading pane {@code i}'s run (tests). */
    void submit(int pane, Consumer<TransportRun> job) {
        TrainingLoop l = loop(pane);
        if (l != null) {
            l.submit(x -> job.accept(x.run()));
        }
    }

    /** Pane {@code i}'s newest run state, null before the worker is ready. */
    RunState latestState(int pane) {
        TrainingLoop l = loop(pane);
        return l == null ? null : l.latestState();
    }

    /** The final evaluation once pane {@code i}'s run is done (as in metrics.json), else the newest estimate. */
    LiveMetrics latestMetrics(int pane) {
        TrainingLoop l = loop(pane);
        LiveMetrics done = l == null ? null : l.finalMetrics();
        return done != null ? done : frames.pane(pane).latestMetrics();
    }

    WorkerStatus status(int pane) {
        TrainingLoop l = loop(pane);
        return l == null ? null : l.status();
    }

    /** Where pane {@code i}'s plane gets its frames. */
    FrameSource frames(int pane) {
        return frames.pane(pane);
    }

    @Override
    public void close() {
        SharedTrainingWorker w;
        synchronized (this) {
            closed = true;
            w = worker;
        }
        if (w != null) {
            w.close();
        }
        frames.close();
    }
}
