package org.lsotexplorer.engine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p>After every step the loop also feeds the run's {@link Timeline} (a checkpoint every 10 steps by default, within
 * 256 MB), which {@link #showStep} (scrub) and {@link #branch} (continue from a past step) use.
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
    private volatile Timeline timeline;
    private int timelineEverySteps = Timeline.DEFAULT_EVERY_STEPS;
    private long timelineBudgetBytes = Timeline.DEFAULT_BUDGET_BYTES;
    private final AtomicInteger previewStep = new AtomicInteger(-1);
    private volatile String runFolder;
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

    /**
     * Shows the run as it was at the timeline checkpoint at or before {@code step} (pausing training): the plane
     * slot gets that step's exact state. Requests collapse, so a dragged slider builds only the newest step. The
     * current run is untouched: Play continues it from its latest step, {@link #branch} from the shown one.
     */
    public void showStep(int step) {
        previewStep.set(step);
        submit(l -> l.preview());
    }

    /** Ends a {@link #showStep} preview: the plane slot shows the run's newest step again (still paused). */
    public void showLatest() {
        previewStep.set(-1);
        submit(l -> {
            if (l.state != WorkerState.RUNNING) {
                l.runState.set(l.run.exactState());
                l.exactShown = true;
            }
            l.message = "";
            l.publishStatus();
        });
    }

    /**
     * Continues from the timeline checkpoint at or before {@code step} with {@code changed} settings (same target,
     * solver, seed, code count and source): a new run, paused, whose parent is this run at that step (and its run
     * folder, when one was set with {@link #setRunFolder}). A failure (other problem settings) leaves the run as it
     * was and is reported in the status message.
     */
    public void branch(int step, RunSettings changed) {
        submit(l -> {
            TransportRun b = l.timeline.branch(step, changed, l.runFolder);
            l.install(b);
            l.message = "branched from step " + b.parent().step();
            l.publishStatus();
        });
    }

    /** Names the run folder the current run was saved to or opened from (branches record it as their parent). */
    public void setRunFolder(String folder) {
        runFolder = folder;
    }

    /**
     * Changes the timeline's spacing and memory budget; the timeline starts again at the current step.
     *
     * @throws IllegalArgumentException (on the owner thread, reported in the status) for a spacing below 1 or a
     *                                  budget below 1 MB
     */
    public void configureTimeline(int everySteps, long budgetBytes) {
        submit(l -> {
            l.timeline = new Timeline(l.run, everySteps, budgetBytes);
            l.timelineEverySteps = everySteps;
            l.timelineBudgetBytes = budgetBytes;
        });
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
        timeline.record(run);
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

    private void preview() {
        int step = previewStep.getAndSet(-1);
        if (step < 0) {
            return;                      // a newer request already showed its step
        }
        if (state == WorkerState.RUNNING) {
            setState(WorkerState.PAUSED);
        }
        pendingSteps = 0;
        RunCheckpoint c = timeline.checkpointAt(step);
        TransportRun shown = c.restore(c.settings(), run.problem().target());
        runState.set(shown.exactState());
        shown.release();
        exactShown = true;               // keep the shown step until the run steps again (Play, Step)
        message = "showing step " + c.step() + " of the timeline; Train continues from step "
                + run.solver().completedSteps() + ", Branch here from step " + c.step();
        publishStatus();
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
        timeline = new Timeline(run, timelineEverySteps, timelineBudgetBytes);
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

    /** The checkpoints of the current run (thread-safe reads: steps, history, checkpoints). */
    public Timeline timeline() {
        return timeline;
    }

    /** The current run; only the owning thread may step or read its solver. */
    public TransportRun run() {
        return run;
    }
}
