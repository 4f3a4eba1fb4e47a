package org.lsotexplorer.math.ot;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * Progress reports and cooperative cancellation for long exact solves. The solvers of this package call
 * {@link #checkpoint} between units of work (a block of cost rows, one augmenting path, one pricing block); a
 * listener installed for the calling thread with {@link #run} sees each report and may pause the solve there (by
 * blocking) or stop it (by throwing {@link CancellationException}). With no listener a checkpoint costs one
 * thread-local read. Checkpoints are at most a few milliseconds of work apart at n = 10,000.
 */
public final class SolveProgress {
    /** Receives checkpoints on the solving thread (or, one call at a time, on the helper threads of its parallel passes). */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param stage what the solver is doing ("cost matrix", "warm start", "augmenting paths", ...)
         * @param done units of the stage done
         * @param total units of the stage in all
         * @param matching the top-level assignment so far ({@code matching[i]} = column of row i, -1 when
         *                 unmatched), or null when the stage has none; the listener must copy what it keeps
         * @throws CancellationException to stop the solve
         */
        void checkpoint(String stage, long done, long total, int[] matching);
    }

    private static final ThreadLocal<Listener> CURRENT = new ThreadLocal<>();

    private SolveProgress() {
    }

    /** Runs {@code work} on this thread with {@code listener} receiving its checkpoints. */
    public static <T> T run(Listener listener, Supplier<T> work) {
        Listener previous = CURRENT.get();
        CURRENT.set(listener);
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** This thread's listener, or null (for {@link RowBlocks}, which hands it to its helper threads). */
    static Listener current() {
        return CURRENT.get();
    }

    /** Whether this thread has a listener (so that a solver builds an optional matching only when it is seen). */
    static boolean observed() {
        return CURRENT.get() != null;
    }

    /** A checkpoint without a matching. */
    static void checkpoint(String stage, long done, long total) {
        checkpoint(stage, done, total, null);
    }

    /** Reports progress to this thread's listener, if any (which may block or throw). */
    static void checkpoint(String stage, long done, long total, int[] matching) {
        Listener l = CURRENT.get();
        if (l != null) {
            l.checkpoint(stage, done, total, matching);
        }
    }
}
