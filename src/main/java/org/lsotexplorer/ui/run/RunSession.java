package org.lsotexplorer.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicLong;
import org.lsotexplorer.engine.LiveMetrics;
import org.lsotexplorer.engine.RunHistory;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.RunState;
import org.lsotexplorer.engine.TrainingLoop;
import org.lsotexplorer.engine.TrainingWorker;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.engine.WorkerStatus;
import org.lsotexplorer.live.FrameSchedule;
import org.lsotexplorer.live.FrameWorker;

/**
 * The window's handle on one {@link TrainingWorker}. {@link #start} builds the worker on its own thread (ND4J start-up
 * takes seconds), so the window shows at once; commands given before it is ready are queued and sent when it is.
 * Every command runs on the worker between steps, wrapped so that an exception in it is reported through the
 * {@code errors} sink on the UI executor instead of killing the worker; a reset whose run cannot be built keeps the
 * current run. Slots ({@link #latestState()}, ...) may be read from any thread and are null until ready.
 * <p>It also owns the {@link FrameWorker} that turns the worker's newest state into frames on the other core.
 * Resets collapse: when several are queued (a key held down), only the newest is built.
 */
public final class RunSession implements AutoCloseable {
    /** Work that reads the run on the worker thread, e.g. writing a run folder. */
    @FunctionalInterface
    public interface Job<T> {
        T run(TransportRun run) throws Exception;
    }

    private final FrameWorker frames;
    private final AtomicLong resetTicket = new AtomicLong();
    private final Executor ui;
    private final Consumer<String> errors;
    private final AtomicReference<RunHistory> history = new AtomicReference<>();
    private final List<Consumer<TrainingLoop>> pending = new ArrayList<>();
    private volatile TrainingWorker worker;
    private volatile long slowMotionMillis;
    private volatile boolean closed;
    private volatile int generation;
    private volatile RunSettings runSettings;

    /**
     * @param ui runs callbacks on the UI thread ({@code Platform::runLater} in the app, {@code Runnable::run} in tests)
     * @param errors receives the message of a failed command, on the UI executor
     */
    public RunSession(FrameSchedule schedule, Executor ui, Consumer<String> errors) {
        this.frames = new FrameWorker(this::latestState, schedule);
        this.ui = ui;
        this.errors = errors;
    }

    /**
     * Starts the worker on a background thread with {@code first}; {@code onReady} then runs on the UI executor,
     * or {@code onFailure} with the cause when the worker cannot start.
     */
    public void start(Supplier<TransportRun> first, Runnable onReady, Consumer<Throwable> onFailure) {
        Thread t = new Thread(() -> {
            try {
                TrainingWorker w = new TrainingWorker(() -> remember(first.get()));
                synchronized (this) {
                    if (closed) {
                        w.close();
                        return;
                    }
                    worker = w;
                    w.setSlowMotionMillis(slowMotionMillis);
                    pending.forEach(w.loop()::submit);
                    pending.clear();
                }
                ui.execute(onReady);
            } catch (RuntimeException | Error e) {
                ui.execute(() -> onFailure.accept(e));
            }
        }, "lsot-startup");
        t.setDaemon(true);
        t.start();
    }

    private TransportRun remember(TransportRun r) {
        history.set(r.history());
        runSettings = r.settings();
        return r;
    }

    /** The settings of the installed run (null before the first), readable from any thread. */
    public RunSettings runSettings() {
        return runSettings;
    }

    /** True once the worker runs. */
    public boolean isReady() {
        return worker != null;
    }

    private void command(Consumer<TrainingLoop> c) {
        Consumer<TrainingLoop> safe = l -> {
            try {
                c.accept(l);
            } catch (RuntimeException e) {
                String m = e.getMessage() == null ? e.toString() : e.getMessage();
                ui.execute(() -> errors.accept(m));
            }
        };
        synchronized (this) {
            if (worker == null) {
                pending.add(safe);
            } else {
                worker.loop().submit(safe);
            }
        }
    }

    public void play() {
        command(TrainingLoop::play);
    }

    public void pause() {
        command(TrainingLoop::pause);
    }

    public void stepOnce() {
        command(TrainingLoop::stepOnce);
    }

    /** One step that explains itself phase by phase ({@link TrainingLoop#explainStep()}). */
    public void explainStep() {
        command(TrainingLoop::explainStep);
    }

    /** Replaces the run with one built on the worker; if building fails, the current run stays. */
    public void reset(Supplier<TransportRun> next) {
        long ticket = resetTicket.incrementAndGet();
        command(l -> {
            if (ticket != resetTicket.get()) {
                return;   // a newer reset is queued behind this one: build only that
            }
            TransportRun r = remember(next.get());
            l.setRunFolder(null);     // a new run has no folder until it is saved (open() names its own)
            l.reset(() -> r);
            l.submit(x -> generation++);
        });
    }

    /**
     * Installs a run restored from a run folder ({@code OpenedRun::restore}, built on the worker), paused at its saved
     * step, and names {@code folder} as the run's folder (branches record it as their parent).
     */
    public void open(Supplier<TransportRun> restored, String folder) {
        reset(restored);
        command(l -> l.setRunFolder(folder));
    }

    /** Names the folder the current run was saved to (branches record it as their parent). */
    public void setRunFolder(String folder) {
        command(l -> l.setRunFolder(folder));
    }

    /** Shows the timeline checkpoint at or before {@code step} on the plane (pauses; the run itself is kept). */
    public void showStep(int step) {
        command(l -> l.showStep(step));
    }

    /** Ends a {@link #showStep} preview: the plane shows the run's newest step again. */
    public void showLatest() {
        command(TrainingLoop::showLatest);
    }

    /** The logged rows up to {@code step} of the current run's timeline (the charts while a step is shown). */
    public RunHistory historyUpTo(int step) {
        TrainingWorker w = worker;
        RunHistory h = new RunHistory();
        if (w != null && w.loop().timeline() != null) {
            for (RunHistory.Row r : w.loop().timeline().historyUpTo(step)) {
                h.add(r.step(), r.phase(), r.values());
            }
        }
        return h;
    }

    /**
     * Continues from the timeline checkpoint at or before {@code step} with {@code changed} settings: a new run,
     * paused, whose parent is the current run at that step. Counts as an installed run ({@link #generation()}).
     */
    public void branch(int step, RunSettings changed) {
        command(l -> {
            l.branch(step, changed);
            l.submit(x -> {
                x.setRunFolder(null);   // the branch is a new run: unsaved until File > Save run folder
                remember(x.run());
                generation++;
            });
        });
    }

    /** The steps the current run's timeline holds a checkpoint for, oldest first (empty before the worker runs). */
    public int[] timelineSteps() {
        TrainingWorker w = worker;
        if (w == null || w.loop().timeline() == null) {
            return new int[0];
        }
        return w.loop().timeline().steps();
    }

    /**
     * Counts installed runs: 0 for the first, +1 after each reset has installed its run (and published the new
     * run's first snapshot and metrics), so a reader that sees a new generation reads only the new run's slots.
     */
    public int generation() {
        return generation;
    }

    /** Sends a live setting to the running solver ({@code TransportSolver.adjust}). */
    public void adjust(String setting, double value) {
        command(l -> l.run().solver().adjust(setting, value));
    }

    /**
     * Runs {@code job} on the worker between steps (it may read the solver) and hands its result to {@code done} on
     * the UI executor; a failure goes to {@code failed} instead.
     */
    public <T> void submit(Job<T> job, Consumer<T> done, Consumer<Exception> failed) {
        command(l -> {
            T result;
            try {
                result = job.run(l.run());
            } catch (Exception e) {
                ui.execute(() -> failed.accept(e));
                return;
            }
            ui.execute(() -> done.accept(result));
        });
    }

    /** Pause between steps in ms, 0 (full speed) .. 5000. */
    public synchronized void setSlowMotionMillis(long millis) {
        slowMotionMillis = millis;
        if (worker != null) {
            worker.setSlowMotionMillis(millis);
        }
    }

    /** The worker's newest run state, or null before it is ready. */
    public RunState latestState() {
        TrainingWorker w = worker;
        return w == null ? null : w.loop().latestState();
    }

    /** The final evaluation once the run is done, else the newest estimate (null before the first). */
    public LiveMetrics latestMetrics() {
        TrainingWorker w = worker;
        LiveMetrics done = w == null ? null : w.loop().finalMetrics();
        return done != null ? done : frames.latestMetrics();
    }

    /** The frame worker (the plane view posts requests and takes frames). */
    public FrameWorker frames() {
        return frames;
    }

    public WorkerStatus status() {
        TrainingWorker w = worker;
        return w == null ? null : w.loop().status();
    }

    /** The current run's history (thread-safe copy on read), null before the first run. */
    public RunHistory history() {
        return history.get();
    }

    @Override
    public void close() {
        TrainingWorker w;
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
