package org.lsotexplorer.engine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The body of the training worker, one {@link #tick()} at a time, so tests can drive it synchronously with a fake
 * clock. Each tick: run the queued commands, take at most one training step (when running, or when a single step
 * was requested), then publish the snapshots that are due by the clock into latest-wins slots.
 * <p>Only the owning thread calls {@link #tick()}; any thread may enqueue commands and read the slots. On
 * NaN/infinity the loop pauses in state {@link WorkerState#DIVERGED} and the last good snapshot stays published.
 */
public final class TrainingLoop {
    private final LongSupplier nanoClock;
    private final FrameSchedule schedule;
    private final Queue<Consumer<TrainingLoop>> commands = new ConcurrentLinkedQueue<>();
    private final AtomicReference<PlaneSnapshot> snapshot = new AtomicReference<>();
    private final AtomicReference<RunMetrics> metrics = new AtomicReference<>();
    private final AtomicReference<WorkerStatus> status = new AtomicReference<>();
    private final SnapshotCache cache = new SnapshotCache();
    private TransportRun run;
    private volatile WorkerState state = WorkerState.PAUSED;
    private int pendingSteps;
    private long nextPoints;
    private long nextGrid;
    private long nextMetrics;
    private long trainingNanos;
    private final ThroughputMeter meter = new ThroughputMeter();
    private String message = "";

    public TrainingLoop(Supplier<TransportRun> firstRun, FrameSchedule schedule, LongSupplier nanoClock) {
        this.schedule = schedule;
        this.nanoClock = nanoClock;
        install(firstRun.get());
    }

    // ---- commands (any thread) -------------------------------------------------------------------------------

    /** Queues a command to run on the owning thread before the next step. */
    public void submit(Consumer<TrainingLoop> command) {
        commands.add(command);
    }

    public void play() {
        submit(l -> l.setState(l.run.isDone() ? WorkerState.DONE : WorkerState.RUNNING));
    }

    public void pause() {
        submit(l -> {
            if (l.state == WorkerState.RUNNING) {
                l.setState(WorkerState.PAUSED);
            }
        });
    }

    /** One training step, then pause. */
    public void stepOnce() {
        submit(l -> {
            if (l.state != WorkerState.STOPPED && !l.run.isDone()) {
                l.setState(WorkerState.PAUSED);
                l.pendingSteps++;
            }
        });
    }

    /** Replaces the run (built on the owning thread) and pauses. */
    public void reset(Supplier<TransportRun> next) {
        submit(l -> l.install(next.get()));
    }

    /** Freezes the map on screen while the potential keeps training ("train the potential only"). */
    public void freezeMap(boolean frozen) {
        submit(l -> l.cache.freezeMap(frozen));
    }

    public void stop() {
        submit(l -> l.setState(WorkerState.STOPPED));
    }

    // ---- the owning thread ------------------------------------------------------------------------------------

    /**
     * One iteration of the worker.
     *
     * @return true when a training step was taken
     */
    public boolean tick() {
        Consumer<TrainingLoop> c;
        while ((c = commands.poll()) != null) {
            try {
                c.accept(this);
            } catch (RuntimeException e) {
                message = "command failed: " + e.getMessage();
                publishStatus();
            }
        }
        boolean stepped = false;
        if (state == WorkerState.RUNNING || pendingSteps > 0 && state != WorkerState.STOPPED) {
            stepped = trainOneStep();
        }
        try {
            publishDue(stepped);
        } catch (RuntimeException e) {
            // a failed snapshot or live evaluation keeps the previous frame on screen
            message = "could not draw step " + run.solver().completedSteps() + ": " + e;
            setState(state == WorkerState.RUNNING ? WorkerState.DIVERGED : state);
        }
        return stepped;
    }

    private boolean trainOneStep() {
        if (run.isDone()) {
            setState(WorkerState.DONE);
            pendingSteps = 0;
            return false;
        }
        long t0 = nanoClock.getAsLong();
        try {
            run.step();
        } catch (TrainingDivergedException e) {
            message = e.getMessage();
            pendingSteps = 0;
            setState(WorkerState.DIVERGED);
            return false;
        } catch (RuntimeException e) {
            // any other failure of a step must not kill the worker: pause on the last good state and say what happened
            message = "training stopped at step " + (run.solver().completedSteps() + 1) + ": " + e
                    + "; reset the run or change its settings";
            pendingSteps = 0;
            setState(WorkerState.DIVERGED);
            return false;
        }
        long dt = nanoClock.getAsLong() - t0;
        trainingNanos += dt;
        meter.record(t0 + dt);
        if (pendingSteps > 0) {
            pendingSteps--;
        }
        if (run.isDone()) {
            setState(WorkerState.DONE);
            nextPoints = 0;
            nextGrid = 0;
            nextMetrics = 0;
        }
        return true;
    }

    private void publishDue(boolean stepped) {
        long now = nanoClock.getAsLong();
        boolean single = stepped && state != WorkerState.RUNNING;   // a Step always shows its result
        boolean gridDue = now >= nextGrid || single;
        boolean pointsDue = now >= nextPoints || single;
        if (snapshot.get() != null && !stepped && !gridDue && !pointsDue) {
            return;
        }
        if (gridDue || pointsDue || snapshot.get() == null) {
            long t0 = nanoClock.getAsLong();
            boolean withGrid = gridDue || snapshot.get() == null;
            snapshot.set(cache.take(run, withGrid, schedule.gridResolution()));
            long cost = nanoClock.getAsLong() - t0;
            nextPoints = t0 + schedule.nextDelayNanos(schedule.pointsIntervalMillis(), cost);
            if (withGrid) {
                nextGrid = t0 + schedule.nextDelayNanos(schedule.gridIntervalMillis(), cost);
            }
        }
        if (now >= nextMetrics || single) {
            long t0 = nanoClock.getAsLong();
            metrics.set(run.evaluateLive());
            nextMetrics = t0 + schedule.nextDelayNanos(schedule.metricsIntervalMillis(), nanoClock.getAsLong() - t0);
        }
        publishStatus();
    }

    private void install(TransportRun next) {
        run = next;
        cache.clear();
        pendingSteps = 0;
        trainingNanos = 0;
        meter.clear();
        message = "";
        snapshot.set(null);
        metrics.set(null);
        nextPoints = 0;
        nextGrid = 0;
        nextMetrics = 0;
        setState(WorkerState.PAUSED);
        publishDue(false);
    }

    private void setState(WorkerState s) {
        state = s;
        publishStatus();
    }

    private void publishStatus() {
        TransportSolver s = run.solver();
        status.set(new WorkerStatus(state, s.completedSteps(), s.totalSteps(), s.phase(),
                meter.stepsPerSecond(), trainingNanos / 1e9, message));
    }

    // ---- slots (any thread) -----------------------------------------------------------------------------------

    /** The newest snapshot (never null after construction). */
    public PlaneSnapshot latestSnapshot() {
        return snapshot.get();
    }

    /** The newest live metrics. */
    public RunMetrics latestMetrics() {
        return metrics.get();
    }

    public WorkerStatus status() {
        return status.get();
    }

    public WorkerState state() {
        return state;
    }

    /** The current run; only the owning thread may step or read its solver. */
    public TransportRun run() {
        return run;
    }
}
