package org.lsotexplorer.data;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Receives progress from a long load or download and may ask it to stop.
 *
 * <p>{@link #progress} is called on the loading thread with {@code 0 <= done <= total} (units are stated by the
 * caller: images, or bytes); a GUI must hand the numbers over to its own thread itself. {@link #isCancelled} is
 * polled between units of work, at least every few hundred milliseconds; once it answers {@code true} the
 * operation stops with a {@link java.util.concurrent.CancellationException}, keeping whatever it documents as
 * kept (a download keeps its {@code .part} file for a later resume).
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress and never cancels. */
    ProgressListener NONE = (done, total) -> { };

    /** Called after each unit of work. */
    void progress(long done, long total);

    /** Whether the operation should stop; must be cheap and thread-safe. Default: never. */
    default boolean isCancelled() {
        return false;
    }

    /** A listener that reports to {@code onProgress} and cancels when {@code cancelled} answers true. */
    static ProgressListener of(ProgressListener onProgress, BooleanSupplier cancelled) {
        Objects.requireNonNull(onProgress, "onProgress");
        Objects.requireNonNull(cancelled, "cancelled");
        return new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                onProgress.progress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }
}
