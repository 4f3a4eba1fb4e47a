package org.lsotexplorer.engine;

/** Steps per second over the last (up to) 64 steps, from their end times in nanoseconds. */
final class ThroughputMeter {
    private final long[] ends = new long[64];
    private int count;
    private int head;

    void record(long endNanos) {
        ends[head] = endNanos;
        head = (head + 1) % ends.length;
        count = Math.min(count + 1, ends.length);
    }

    double stepsPerSecond() {
        if (count < 2) {
            return 0;
        }
        long newest = ends[(head - 1 + ends.length) % ends.length];
        long oldest = ends[(head - count + ends.length) % ends.length];
        return newest == oldest ? 0 : (count - 1) / ((newest - oldest) / 1e9);
    }

    void clear() {
        count = 0;
        head = 0;
    }
}
