package org.lsotexplorer.engine.images;

import org.lsotexplorer.model.NativeMemory;

/**
 * Bounds the off-heap garbage of an image run. SameDiff and libnd4j allocate many large native buffers per step whose
 * Java handles are tiny, so the collector, which only sees the heap, runs too rarely to free them: a one-epoch MNIST
 * run with the oneDNN build reached 10.6 GB. Every {@value #CHECK_EVERY} steps this reads the resident set
 * ({@link NativeMemory#residentBytes()}, about 20 microseconds) and, above the limit, asks for a collection, at most
 * once every {@value #MIN_GAP_MILLIS} ms, so that ND4J's deallocator frees what the dropped handles held. Not
 * thread-safe: the run's worker thread owns it.
 */
final class ResidentSetGuard {
    /** The default limit: {@code -Dlsot.rssGuardMb=N} changes it, 0 turns the guard off. */
    static final long DEFAULT_LIMIT_MB = 2500;
    static final int CHECK_EVERY = 8;
    static final long MIN_GAP_MILLIS = 2000;

    private final long limitBytes;
    private int steps;
    private long lastCollection;
    private int collections;

    ResidentSetGuard(long limitMb) {
        this.limitBytes = limitMb * 1_000_000L;
    }

    static ResidentSetGuard fromSystemProperty() {
        return new ResidentSetGuard(Long.getLong("lsot.rssGuardMb", DEFAULT_LIMIT_MB));
    }

    /** Call after every step. */
    void afterStep() {
        if (limitBytes <= 0 || ++steps % CHECK_EVERY != 0) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastCollection >= MIN_GAP_MILLIS && NativeMemory.residentBytes() > limitBytes) {
            System.gc();
            lastCollection = now;
            collections++;
        }
    }

    /** How many collections it asked for. */
    int collections() {
        return collections;
    }
}
