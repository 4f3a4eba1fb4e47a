package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.ProgressListener;
import org.lsotexplorer.model.Nd4jRuntime;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one {@link ImageRun} ({@link ImageExperiment} or {@link CodeExperiment}) on its own daemon thread, which owns every ND4J array of it: it loads the data,
 * steps the run, answers queued jobs between steps and publishes {@link ImageSnapshot}s (latest wins; progress about
 * 5 times a second, grid and plane about every {@value #FRAME_MILLIS} ms). Pause keeps everything; cancel stops the
 * thread after the current step (the last snapshot stays) and frees the run's models on it ({@link ImageRun#release}).
 * A failing step pauses the run with the error as its
 * message; the models trained so far are kept.
 */
public final class ImageWorker implements AutoCloseable {
    static final long FRAME_MILLIS = 1500;
    private static final long PROGRESS_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(ImageWorker.class.getName());

    /** Builds the run on the worker thread (loading its data), reporting progress and honouring cancellation. */
    @FunctionalInterface
    public interface Builder {
        ImageRun build(ProgressListener progress) throws Exception;
    }

    /** A query or command run on the worker between steps. */
    @FunctionalInterface
    public interface Job<T> {
        T run(ImageRun experiment) throws Exception;
    }

    private final AtomicReference<ImageSnapshot> latest = new AtomicReference<>();
    private final AtomicInteger releasedRuns = new AtomicInteger();
    private final ConcurrentLinkedQueue<Runnable> jobs = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean playing;
    private volatile boolean cancelled;
    private volatile double loaded;
    private ImageRun experiment;
    private long version;
    private ImageTiles grid;
    private String gridTitle = "";
    private LatentPlane plane;
    private String message = "";
    private ImageSnapshot.State state = ImageSnapshot.State.LOADING;

    /** Starts the thread; the run starts training at once when {@code play} is true. */
    public ImageWorker(Builder builder, boolean play) {
        this.playing = play;
        publish(null);
        thread = new Thread(() -> run(builder), "lsot-images");
        thread.setDaemon(true);
        thread.start();
    }

    public void play() {
        playing = true;
    }

    public void pause() {
        playing = false;
    }

    /** Stops loading or training after the current step; the worker thread ends. */
    public void cancel() {
        cancelled = true;
    }

    public ImageSnapshot latest() {
        return latest.get();
    }

    /**
     * Runs {@code job} on the worker between steps; {@code done} or {@code failed} is called on the worker thread
     * (hand the result to the UI thread yourself). Jobs submitted before the run is built wait for it.
     */
    public <T> void submit(Job<T> job, Consumer<T> done, Consumer<Exception> failed) {
        jobs.add(() -> {
            try {
                done.accept(job.run(experiment));
            } catch (Exception e) {
                failed.accept(e);
            }
        });
    }

    private void run(Builder builder) {
        try {
            Nd4jRuntime.init();
            experiment = builder.build(ProgressListener.of((d, t) -> loaded = t <= 0 ? 0 : d / (double) t,
                    () -> cancelled));
            loaded = 1;
            message = experiment.loadedMessage();
            refreshFrame();
        } catch (CancellationException e) {
            finish(ImageSnapshot.State.CANCELLED, "loading cancelled");
            return;
        } catch (Exception e) {
            LOG.info("image run could not start: " + describe(e));
            LOG.log(Level.FINE, "image run could not start", e);
            finish(ImageSnapshot.State.FAILED, describe(e));
            return;
        }
        loop();
    }

    private void loop() {
        long lastProgress = 0;
        long lastFrame = System.nanoTime();
        while (!cancelled) {
            runJobs();
            boolean stepped = false;
            ImagePhase before = experiment.phase();
            if (playing && !experiment.isDone()) {
                stepped = safeStep();
            }
            long now = System.nanoTime();
            boolean phaseEnded = stepped && experiment.phase() != before;
            if (phaseEnded || (stepped && now - lastFrame > FRAME_MILLIS * 1_000_000)) {
                refreshFrame();
                lastFrame = System.nanoTime();
            }
            if (now - lastProgress > PROGRESS_MILLIS * 1_000_000 || phaseEnded) {
                state = experiment.isDone() ? ImageSnapshot.State.DONE
                        : playing ? ImageSnapshot.State.RUNNING : ImageSnapshot.State.PAUSED;
                publish(experiment.progress());
                lastProgress = now;
            }
            if (!stepped) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    break;
                }
            }
        }
        runJobs();
        finish(ImageSnapshot.State.CANCELLED, "cancelled; the last frame is kept");
        release();
    }

    /**
     * Frees the run's models on this thread, which owns them ({@link ImageRun#release}): a cancelled run (a new run
     * in the image window, or the window closing) would otherwise keep its networks, optimizer moments and image
     * copies, off-heap, until some later garbage collection. The last snapshot, grid and plane are plain copies and
     * stay.
     */
    private void release() {
        ImageRun run = experiment;
        experiment = null;
        try {
            run.release();
            releasedRuns.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not release the image run", e);
        }
    }

    /** How many runs this worker has released (0 until it is cancelled; then 1). */
    public int releasedRuns() {
        return releasedRuns.get();
    }

    private boolean safeStep() {
        try {
            experiment.step();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "image run step failed", e);
            playing = false;
            message = "paused: " + describe(e);
            return false;
        }
    }

    private void runJobs() {
        Runnable job;
        while ((job = jobs.poll()) != null) {
            job.run();
        }
    }

    private void refreshFrame() {
        try {
            grid = experiment.liveGrid();
            gridTitle = experiment.liveGridTitle();
            plane = experiment.hasCodes() ? experiment.plane(5000) : null;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not draw the live grid", e);
            message = "could not draw the live grid: " + describe(e);
        }
    }

    private void finish(ImageSnapshot.State s, String msg) {
        state = s;
        message = msg;
        publish(experiment == null ? null : experiment.progress());
    }

    private synchronized void publish(ImageProgress progress) {
        List<String> log = experiment == null ? List.of() : List.copyOf(experiment.log());
        latest.set(new ImageSnapshot(++version, state, message, progress, loaded, grid, gridTitle, plane, log));
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Cancels and waits up to 10 s for the thread. */
    @Override
    public void close() {
        cancel();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
