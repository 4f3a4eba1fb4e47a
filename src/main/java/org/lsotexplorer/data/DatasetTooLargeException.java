package org.lsotexplorer.data;

import java.io.IOException;

/**
 * A dataset that would not fit in the free heap. Thrown by {@link MemoryBudget#require} before anything large is
 * allocated, so nothing is lost and the app keeps running; the message says how much is needed, how much is free
 * and which {@code -Xmx} would do.
 */
public final class DatasetTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long neededBytes;
    private final long freeBytes;

    public DatasetTooLargeException(String message, long neededBytes, long freeBytes) {
        super(message);
        this.neededBytes = neededBytes;
        this.freeBytes = freeBytes;
    }

    /** Estimated bytes the dataset needs, overhead included. */
    public long neededBytes() {
        return neededBytes;
    }

    /** Bytes the heap had free when the check was made. */
    public long freeBytes() {
        return freeBytes;
    }
}
