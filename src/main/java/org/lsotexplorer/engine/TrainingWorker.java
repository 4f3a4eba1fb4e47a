package org.lsotexplorer.engine;

import java.util.function.Supplier;

/**
 * Runs a {@link TrainingLoop} on one daemon thread, which owns every ND4J array of the run. Between ticks it
 * sleeps briefly when idle (paused, done) and for the slow-motion delay when asked. {@link #close()} stops the
 * thread and waits for it.
 */
public final class TrainingWorker implements AutoCloseable {
    private final TrainingLoop loop;
    private final Thread thread;
    private volatile long slowMotionMillis;
    private volatile boolean closing;

    /**
     * @param firstRun built on the worker thread before the first tick
     */
    public TrainingWorker(Supplier<TransportRun> firstRun) {
        TrainingLoop[] holder = new TrainingLoop[1];
        Object ready = new Object();
        this.thread = new Thread(() -> {
            org.lsotexplorer.model.Nd4jRuntime.init();
            synchronized (ready) {
                holder[0] = new TrainingLoop(firstRun, System::nanoTime);
                ready.notifyAll();
            }
            runLoop(holder[0]);
        }, "lsot-training");
        thread.setDaemon(true);
        thread.start();
        synchronized (ready) {
            while (holder[0] == null) {
                try {
                    ready.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while starting the training worker", e);
                }
            }
        }
        this.loop = holder[0];
    }

    private void runLoop(TrainingLoop l) {
        while (!closing && l.state() != WorkerState.STOPPED) {
            boolean stepped = l.tick();
            try {
                if (!stepped) {
                    Thread.sleep(5);
                } else if (slowMotionMillis > 0) {
                    Thread.sleep(slowMotionMillis);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public TrainingLoop loop() {
        return loop;
    }

    /** Pause between steps, 0..5000 ms (0 = full speed). */
    public void setSlowMotionMillis(long millis) {
        Checks.range("slow motion", (int) Math.min(millis, Integer.MAX_VALUE), 0, 5000);
        slowMotionMillis = millis;
    }

    @Override
    public void close() {
        closing = true;
        loop.stop();
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
