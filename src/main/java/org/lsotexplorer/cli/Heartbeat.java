package org.lsotexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress lines on stderr for a long call that reports nothing itself: after one second, then every five, one
 * line {@code <what>: 6 s so far (about 90 s expected)}. Nothing is printed for work that ends within a second.
 * Close it when the work ends (a daemon thread, so it never keeps the JVM alive).
 */
final class Heartbeat implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final long start = System.nanoTime();

    /**
     * @param expectedSeconds the predicted duration, or NaN when unknown
     */
    Heartbeat(PrintWriter err, String what, double expectedSeconds) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ot-progress");
            t.setDaemon(true);
            return t;
        });
        String expected = Double.isNaN(expectedSeconds) ? ""
                : " (about " + OtLimits.duration(Math.max(1, expectedSeconds)) + " expected)";
        timer.scheduleAtFixedRate(() -> {
            err.println(String.format(Locale.ROOT, "%s: %.0f s so far%s", what, (System.nanoTime() - start) / 1e9,
                    expected));
            err.flush();
        }, 1, 5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
