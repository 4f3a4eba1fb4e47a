package org.lsotexplorer.data;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Checks, before a dataset is loaded, that it fits in the heap.
 *
 * <p><b>Estimate.</b> A dataset of {@code count x height x width x channels} unsigned bytes needs
 * {@code rawBytes = count * height * width * channels} for its pixels, and training may hold a float32 copy
 * of the whole set (4 bytes per pixel). The estimate is therefore {@code rawBytes * overheadFactor} with the
 * stated {@link #DEFAULT_OVERHEAD_FACTOR} of 5 (1 for the bytes + 4 for one float copy); a caller that streams
 * batches may lower it with {@link #withOverheadFactor}.
 *
 * <p><b>Free heap.</b> For the live budget, {@code free = Runtime.maxMemory() - (totalMemory() - freeMemory())}.
 * Because garbage counts as used, a failing check runs one {@code System.gc()} and measures again before
 * refusing. A JVM without a heap limit ({@code maxMemory() == Long.MAX_VALUE}) always fits. Tests use
 * {@link #fixed} with made-up numbers.
 *
 * <p><b>Failure behaviour.</b> {@link #require} throws {@link DatasetTooLargeException} with a message such as
 * "MNIST train at 60,000 x 28 x 28 needs about 224 MB ...; the heap has 100 MB free of 512 MB; start the app with
 * -Xmx1g or more, or load fewer images". Nothing has been allocated at that point.
 */
public final class MemoryBudget {
    /** Bytes plus one float32 copy: 1 + 4. */
    public static final double DEFAULT_OVERHEAD_FACTOR = 5.0;
    private static final long MB = 1024L * 1024L;

    private final LongSupplier maxHeap;
    private final LongSupplier used;
    private final boolean live;
    private final double overheadFactor;

    private MemoryBudget(LongSupplier maxHeap, LongSupplier used, boolean live, double overheadFactor) {
        if (!(overheadFactor >= 1.0) || Double.isInfinite(overheadFactor)) {
            throw new IllegalArgumentException("overhead factor must be finite and >= 1, got " + overheadFactor);
        }
        this.maxHeap = maxHeap;
        this.used = used;
        this.live = live;
        this.overheadFactor = overheadFactor;
    }

    /** The budget of this JVM's heap, measured at each check. */
    public static MemoryBudget ofRuntime() {
        Runtime rt = Runtime.getRuntime();
        return new MemoryBudget(rt::maxMemory, () -> rt.totalMemory() - rt.freeMemory(), true,
                DEFAULT_OVERHEAD_FACTOR);
    }

    /** A fake budget with a fixed heap size and fixed use, for tests and for "what if" messages. */
    public static MemoryBudget fixed(long maxHeapBytes, long usedBytes) {
        if (maxHeapBytes < 0 || usedBytes < 0) {
            throw new IllegalArgumentException("heap sizes must be >= 0");
        }
        return new MemoryBudget(() -> maxHeapBytes, () -> usedBytes, false, DEFAULT_OVERHEAD_FACTOR);
    }

    /** The same budget with another overhead factor ({@code >= 1}). */
    public MemoryBudget withOverheadFactor(double factor) {
        return new MemoryBudget(maxHeap, used, live, factor);
    }

    public double overheadFactor() {
        return overheadFactor;
    }

    /** Heap bytes free now: maximum heap minus used; {@code Long.MAX_VALUE} when the heap is unbounded. */
    public long freeBytes() {
        long max = maxHeap.getAsLong();
        return max == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, max - used.getAsLong());
    }

    /** Estimated bytes for the dataset: {@code count * height * width * channels * overheadFactor}. */
    public long estimateBytes(long count, int height, int width, int channels) {
        return (long) Math.ceil(rawBytes(count, height, width, channels) * overheadFactor);
    }

    /** Whether the dataset fits now (no GC is triggered). */
    public boolean fits(long count, int height, int width, int channels) {
        return estimateBytes(count, height, width, channels) <= freeBytes();
    }

    /**
     * Refuses a dataset that does not fit.
     *
     * @param what a name for the message, e.g. {@code MNIST train}
     * @throws DatasetTooLargeException when the estimate exceeds the free heap (after one GC for the live budget)
     */
    public void require(String what, long count, int height, int width, int channels)
            throws DatasetTooLargeException {
        long needed = estimateBytes(count, height, width, channels);
        long free = freeBytes();
        if (needed <= free) {
            return;
        }
        if (live) {
            System.gc();
            free = freeBytes();
            if (needed <= free) {
                return;
            }
        }
        long raw = rawBytes(count, height, width, channels);
        String dims = String.format(Locale.ROOT, "%,d x %d x %d", count, height, width)
                + (channels == 1 ? "" : " x " + channels);
        String msg = what + " at " + dims + " needs about " + megabytes(needed) + " (" + megabytes(raw)
                + " of pixels x " + trim(overheadFactor) + " for float copies during training); the heap has "
                + megabytes(free) + " free of " + megabytes(maxHeap.getAsLong()) + "; start the app with "
                + suggestXmx(used.getAsLong() + needed) + " or more, or load fewer images";
        throw new DatasetTooLargeException(msg, needed, free);
    }

    private static long rawBytes(long count, int height, int width, int channels) {
        if (count < 0 || height <= 0 || width <= 0 || channels <= 0) {
            throw new IllegalArgumentException("bad dataset size " + count + " x " + height + " x " + width
                    + " x " + channels);
        }
        return count * height * width * channels;
    }

    /** A heap flag with 25% head room, rounded up to 256 MB steps, e.g. {@code -Xmx768m} or {@code -Xmx2g}. */
    static String suggestXmx(long bytes) {
        long step = 256 * MB;
        long rounded = ((long) Math.ceil(bytes * 1.25 / step)) * step;
        rounded = Math.max(rounded, step);
        long mb = rounded / MB;
        return mb % 1024 == 0 ? "-Xmx" + (mb / 1024) + "g" : "-Xmx" + mb + "m";
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + MB / 2) / MB);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
