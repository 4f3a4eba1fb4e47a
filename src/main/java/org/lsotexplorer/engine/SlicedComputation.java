package org.lsotexplorer.engine;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.lsotexplorer.math.ot.SolveProgress;

/**
 * A long computation (an exact OT solve) cut into time slices, so that the worker can step it and Pause or Reset act
 * between slices. The computation runs on a helper thread of its own but never at the same time as the stepping
 * thread: {@link #advance} lets it run for one slice and waits until it stops at its next
 * {@link SolveProgress} checkpoint after the slice ends (or finishes). The result therefore does not depend on the
 * slicing. {@link #cancel} stops it at its next checkpoint; nothing waits for that.
 *
 * @param <T> the result
 */
final class SlicedComputation<T> {
    /** Where the computation stands after a slice. */
    record Progress(String stage, long done, long total, int[] matching, boolean finished) {
    }

    private final Object lock = new Object();
    private final Supplier<T> work;
    private final String threadName;
    private Thread thread;
    private volatile long deadline;
    private boolean granted;
    private volatile boolean cancelled;
    private boolean finished;
    private T result;
    private RuntimeException failure;
    private Progress progress = new Progress("starting", 0, 1, null, false);

    SlicedComputation(String threadName, Supplier<T> work) {
        this.threadName = threadName;
        this.work = work;
    }

    /**
     * Runs the computation for about {@code sliceNanos} and returns where it stands.
     *
     * @throws RuntimeException the computation's own failure, once it has failed
     */
    Progress advance(long sliceNanos) {
        synchronized (lock) {
            if (finished) {
                return finish();
            }
            deadline = System.nanoTime() + sliceNanos;
            granted = true;
            if (thread == null) {
                thread = new Thread(this::body, threadName);
                thread.setDaemon(true);
                thread.start();
            }
            lock.notifyAll();
            while (granted && !finished) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return finished ? finish() : progress;
        }
    }

    private Progress finish() {
        if (failure != null) {
            throw failure;
        }
        return new Progress(progress.stage(), progress.total(), progress.total(), null, true);
    }

    /** The result once {@link #advance} has reported {@code finished}. */
    T result() {
        synchronized (lock) {
            return result;
        }
    }

    /** Stops the computation at its next checkpoint; a finished one is unaffected. */
    void cancel() {
        synchronized (lock) {
            cancelled = true;
            lock.notifyAll();
        }
    }

    private void body() {
        T r = null;
        RuntimeException f = null;
        try {
            r = SolveProgress.run(this::checkpoint, work);
        } catch (CancellationException e) {
            return;
        } catch (RuntimeException e) {
            f = e;
        } catch (OutOfMemoryError e) {
            f = new IllegalStateException("the exact solve ran out of memory: use a smaller sample size", e);
        }
        synchronized (lock) {
            result = r;
            failure = f;
            finished = true;
            granted = false;
            lock.notifyAll();
        }
    }

    private void checkpoint(String stage, long done, long total, int[] matching) {
        if (System.nanoTime() < deadline && !cancelled) {
            return;
        }
        synchronized (lock) {
            progress = new Progress(stage, done, total, matching == null ? null : matching.clone(), false);
            granted = false;
            lock.notifyAll();
            while (!granted && !cancelled) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    throw new CancellationException("interrupted");
                }
            }
            if (cancelled) {
                throw new CancellationException("cancelled");
            }
        }
    }
}
