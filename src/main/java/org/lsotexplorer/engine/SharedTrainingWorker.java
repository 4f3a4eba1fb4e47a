package org.lsotexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Several {@link TrainingLoop}s on one daemon thread ("lsot-compare"), ticked round robin in time slices: each pass
 * gives every loop one turn of up to {@value #SLICE_NANOS} ns of ticks (at least one), so running loops share one
 * core about equally in time, whatever their steps cost, while the other core draws their frames. The thread owns every ND4J array of every run. It sleeps briefly when no loop
 * stepped (all paused or done) and for the slow-motion delay after a pass that stepped. Commands reach each loop
 * through its own queue ({@link TrainingLoop#submit}).
 * <p>Failure behaviour: if a first run cannot be built, the constructor throws {@link IllegalStateException} with
 * the cause; a failure of a later step or reset is handled by the loop itself (state {@code DIVERGED} or a
 * message in its status).
 */
public final class SharedTrainingWorker implements AutoCloseable {
    /** Longest turn of one loop before the next one's (a single slower step runs to its end). */
    static final long SLICE_NANOS = 30_000_000L;
    private final List<TrainingLoop> loops;
    private final Thread thread;
    private volatile long slowMotionMillis;
    private volatile boolean closing;

    /**
     * Builds the loops' first runs on the worker thread, in order, and returns once they are built.
     *
     * @param firstRuns one per loop, 1 or more
     */
    public SharedTrainingWorker(List<Supplier<TransportRun>> firstRuns) {
        this(firstRuns, "lsot-compare");
    }

    /** As {@link #SharedTrainingWorker(List)}, on a thread named {@code threadName}. */
    public SharedTrainingWorker(List<Supplier<TransportRun>> firstRuns, String threadName) {
        if (firstRuns.isEmpty()) {
            throw new IllegalArgumentException("a shared training worker needs at least one run");
        }
        List<TrainingLoop> built = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        boolean[] done = new boolean[1];
        Object ready = new Object();
        this.thread = new Thread(() -> {
            try {
                org.lsotexplorer.model.Nd4jRuntime.init();
                for (Supplier<TransportRun> r : firstRuns) {
                    built.add(new TrainingLoop(r, System::nanoTime));
                }
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
            synchronized (ready) {
                done[0] = true;
                ready.notifyAll();
            }
            if (failure[0] == null) {
                runLoop(List.copyOf(built));
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        synchronized (ready) {
            while (!done[0]) {
                try {
                    ready.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while starting the compare worker", e);
                }
            }
        }
        if (failure[0] != null) {
            throw new IllegalStateException("could not build the runs to compare: " + failure[0].getMessage(),
                    failure[0]);
        }
        this.loops = List.copyOf(built);
    }

    private void runLoop(List<TrainingLoop> all) {
        try {
            passes(all);
        } finally {
            all.forEach(l -> l.run().release());   // a running exact solve must not outlive the view
        }
    }

    private void passes(List<TrainingLoop> all) {
        while (!closing) {
            boolean stepped = false;
            boolean alive = false;
            for (TrainingLoop l : all) {
                if (l.state() != WorkerState.STOPPED) {
                    alive = true;
                    stepped |= slice(l);
                }
            }
            if (!alive) {
                return;
            }
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

    /**
     * One turn of a loop: ticks until it stops stepping or its time slice is used (at least one tick), so a solver
     * with cheap steps takes many in its turn and one with a costly step takes one; every running loop gets about
     * the same share of the thread, whatever its step costs. At slow motion a turn is one tick.
     */
    private boolean slice(TrainingLoop l) {
        long end = System.nanoTime() + SLICE_NANOS;
        boolean stepped = false;
        boolean more;
        do {
            more = l.tick();
            stepped |= more;
        } while (more && slowMotionMillis == 0 && !closing && System.nanoTime() < end);
        return stepped;
    }

    /** The number of loops. */
    public int size() {
        return loops.size();
    }

    /** Loop {@code i} (0-based): send it commands, read its slots. */
    public TrainingLoop loop(int i) {
        return loops.get(i);
    }

    /** Pause after each pass that stepped, 0..5000 ms (0 = full speed). */
    public void setSlowMotionMillis(long millis) {
        Checks.range("slow motion", (int) Math.min(millis, Integer.MAX_VALUE), 0, 5000);
        slowMotionMillis = millis;
    }

    /** Stops every loop and the thread, waiting up to 10 s for it. */
    @Override
    public void close() {
        closing = true;
        loops.forEach(TrainingLoop::stop);
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
