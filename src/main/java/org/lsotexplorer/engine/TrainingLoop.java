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
 * was requested), then publish into latest-wins slots:
 * <ul>
 *   <li>after every step, the run's cheap {@link RunState} ({@link TransportRun#liveState()}: a copy of heights or
 *       parameters, never a picture; the frame worker turns it into frames on the other core);</li>
 *   <li>once training stops (pause, single step, done), the exact state, so the still picture is exact;</li>
 *   <li>when the run ends, its final evaluation ({@link TransportRun#evaluate()}, the numbers of
 *       {@code metrics.json});</li>
 *   <li>the status line.</li>
 * </ul>
 * <p>Only the owning thread calls {@link #tick()}; any thread may enqueue commands and read the slots. On
 * NaN/infinity the loop pauses in state {@link WorkerState#DIVERGED} and the last good state stays published.
 */
public final class TrainingLoop {
    private final LongSupplier nanoClock;
    private final Queue<Consumer<TrainingLoop>> commands = new ConcurrentLinkedQueue<>();
    private final AtomicReference<RunState> runState = new AtomicReference<>();
    private final AtomicReference<LiveMetrics> finalMetrics = new AtomicReference<>();
    private final AtomicReference<WorkerStatus> status = new AtomicReference<>();
    private final ThroughputMeter meter = new ThroughputMeter();
    private TransportRun run;
    private volatile WorkerState state = WorkerState.PAUSED;
    private int pendingSteps;
    private boolean exactShown;
    private long trainingNanos;
    private String message = "";

    public TrainingLoop(Supplier<TransportRun> firstRun, LongSupplier nanoClock) {
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

    /** One step that records what it did, phase by phase ("Explain" mode), then pause. */
    public void explainStep() {
        submit(l -> {
            if (l.state != WorkerState.STOPPED && !l.run.isDone()) {
                l.run.solver().explainNextStep();
                l.setState(WorkerState.PAUSED);
                l.pendingSteps++;
            }
        });
    }

    /** Replaces the run (built on the owning thread) and pauses. */
    public void reset(Supplier<TransportRun> next) {
        submit(l -> l.install(next.get()));
    }

    public void stop() {
        submit(l -> {
            l.setState(WorkerState.STOPPED);
            l.run.release();
        });
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
            publish(stepped);
        } catch (RuntimeException e) {
            // a failed state copy or evaluation keeps the previous frame on screen
            message = "could not show step " + run.solver().completedSteps() + ": " + e;
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
        }
        return true;
    }

    private void publish(boolean stepped) {
        if (state == WorkerState.STOPPED) {
            return;   // the run is released: nothing of it may be evaluated any more
        }
        boolean still = state != WorkerState.RUNNING && pendingSteps == 0;
        if (stepped) {
            exactShown = false;
            if (!still) {
                runState.set(run.liveState());
            }
        }
        if (still && !exactShown && state != WorkerState.DIVERGED) {
            runState.set(run.exactState());
            exactShown = true;
        }
        if (run.isDone() && finalMetrics.get() == null) {
            RunMetrics m = run.evaluate();
            finalMetrics.set(new LiveMetrics(m, run.solver().completedSteps(), true,
                    run.settings().mapMetricSamples()));
        }
        if (stepped || still) {
            publishStatus();
        }
    }

    private void install(TransportRun next) {
        if (run != null) {
            run.release();
        }
        run = next;
        pendingSteps = 0;
        trainingNanos = 0;
        meter.clear();
        message = "";
        finalMetrics.set(null);
        runState.set(run.exactState());
        exactShown = true;
        setState(WorkerState.PAUSED);
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

    /** The newest run state (never null after construction). */
    public RunState latestState() {
        return runState.get();
    }

    /** The final evaluation once the run is done, else null. */
    public LiveMetrics finalMetrics() {
        return finalMetrics.get();
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
