package org.lsotexplorer.engine;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one {@link TrainingLoop} on one daemon thread ("lsot-training"), which owns every ND4J array of the run: a
 * {@link SharedTrainingWorker} of a single loop. Between ticks it sleeps briefly when idle (paused, done) and for the
 * slow-motion delay when asked. {@link #close()} stops the thread and waits for it. If the first run cannot be
 * built, the constructor throws {@link IllegalStateException} with the cause.
 */
public final class TrainingWorker implements AutoCloseable {
    private final SharedTrainingWorker worker;

    /**
     * @param firstRun built on the worker thread before the first tick
     */
    public TrainingWorker(Supplier<TransportRun> firstRun) {
        this.worker = new SharedTrainingWorker(List.of(firstRun), "lsot-training");
    }

    public TrainingLoop loop() {
        return worker.loop(0);
    }

    /** Pause between steps, 0..5000 ms (0 = full speed). */
    public void setSlowMotionMillis(long millis) {
        worker.setSlowMotionMillis(millis);
    }

    @Override
    public void close() {
        worker.close();
    }
}
