package org.lsotexplorer.math.ot;

import java.util.stream.IntStream;

/**
 * Runs independent per-row work over blocks of rows on the common fork-join pool (the calling thread takes part),
 * for the dense passes of the exact solver: the cost matrix, the candidate columns, pricing, the warm start's
 * c-transform. Each row's result must depend on that row alone, so the outcome is the same on any number of
 * threads. Before each block, on whichever thread runs it, the calling thread's {@link SolveProgress} listener gets
 * a checkpoint, one at a time (under a lock), so a listener that pauses holds every thread of the pass at its next
 * block, and one that cancels stops them all.
 */
final class RowBlocks {
    /** Rows per block: a few milliseconds of work at n = 10,000. */
    static final int BLOCK = 64;
    /** Below this many rows the work runs on the calling thread alone. */
    private static final int PARALLEL_MIN_ROWS = 4 * BLOCK;

    /** Work on the rows {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    interface Work {
        void rows(int from, int to);
    }

    private RowBlocks() {
    }

    /** Runs {@code work} over {@code 0..rows-1} in blocks, reporting {@code stage} to {@link SolveProgress}. */
    static void run(int rows, String stage, Work work) {
        int blocks = (rows + BLOCK - 1) / BLOCK;
        IntStream ids = IntStream.range(0, blocks);
        if (rows >= PARALLEL_MIN_ROWS && Runtime.getRuntime().availableProcessors() > 1) {
            ids = ids.parallel();
        }
        SolveProgress.Listener listener = SolveProgress.current();
        Object lock = new Object();
        ids.forEach(b -> {
            int from = b * BLOCK;
            if (listener != null) {
                synchronized (lock) {
                    listener.checkpoint(stage, from, rows, null);
                }
            }
            work.rows(from, Math.min(rows, from + BLOCK));
        });
    }
}
