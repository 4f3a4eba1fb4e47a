package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * Monotone priority queue of column indices keyed by an external array of non-negative distances: the Dijkstra
 * queue of {@link ShortestAugmentingPath}.
 * <p>
 * A radix heap on the IEEE-754 bit patterns of the keys (for non-negative doubles, bit order is numeric order).
 * Bucket b holds entries whose bit pattern first differs from the last popped key at bit b-1; bucket 0 holds
 * entries equal to it. Push is O(1) and pop amortised O(64), whatever the spread of the keys, which matters
 * here: Dijkstra on near-tied reduced costs pushes mostly keys close to the current minimum, the worst case for
 * a binary heap.
 * <p>
 * Contract: keys are finite and {@code >= 0}; a pushed key is never below the last popped key (Dijkstra's
 * monotonicity); a column's key only decreases while queued, and it is pushed again after each decrease. Entries
 * whose key no longer matches the array are stale and skipped, so a column is popped at most once per key value.
 */
final class RadixHeap {
    private static final int BUCKETS = 65;

    private final double[] key;
    private final int[][] columns = new int[BUCKETS][];
    private final long[][] bits = new long[BUCKETS][];
    private final int[] size = new int[BUCKETS];
    private long last;
    private int count;

    RadixHeap(double[] key) {
        this.key = key;
        for (int b = 0; b < BUCKETS; b++) {
            columns[b] = new int[8];
            bits[b] = new long[8];
        }
    }

    /** Empties the queue and resets the monotone floor to 0. */
    void clear() {
        Arrays.fill(size, 0);
        count = 0;
        last = 0;
    }

    /** Queues column j with its current key. */
    void push(int j) {
        long b = bitsOf(key[j]);
        append(bucket(b), j, b);
        count++;
    }

    /** Removes and returns a column of least current key, or -1 when no live entry is left. */
    int pop() {
        while (count > 0) {
            if (size[0] == 0) {
                redistribute();
            }
            int t = --size[0];
            count--;
            int j = columns[0][t];
            if (bits[0][t] == bitsOf(key[j])) {
                return j;
            }
        }
        return -1;
    }

    /** Moves the first non-empty bucket into lower ones, around its minimum (the new floor). */
    private void redistribute() {
        int b = 1;
        while (size[b] == 0) {
            b++;
        }
        long min = Long.MAX_VALUE;
        for (int t = 0; t < size[b]; t++) {
            min = Math.min(min, bits[b][t]);
        }
        last = min;
        int n = size[b];
        size[b] = 0;
        int[] cols = columns[b];
        long[] keys = bits[b];
        for (int t = 0; t < n; t++) {
            append(bucket(keys[t]), cols[t], keys[t]);
        }
    }

    private int bucket(long b) {
        return b == last ? 0 : 64 - Long.numberOfLeadingZeros(b ^ last);
    }

    private void append(int b, int j, long k) {
        int s = size[b];
        if (s == columns[b].length) {
            columns[b] = Arrays.copyOf(columns[b], 2 * s);
            bits[b] = Arrays.copyOf(bits[b], 2 * s);
        }
        columns[b][s] = j;
        bits[b][s] = k;
        size[b] = s + 1;
    }

    private static long bitsOf(double x) {
        return Double.doubleToRawLongBits(x + 0.0);
    }
}
