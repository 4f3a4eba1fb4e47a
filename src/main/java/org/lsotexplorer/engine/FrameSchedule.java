package org.lsotexplorer.engine;

/**
 * When snapshots are due (the threading rule): points and arrows about every {@code pointsIntervalMillis}, the
 * potential grid about every {@code gridIntervalMillis}, and live metrics about every {@code metricsIntervalMillis}.
 * Copying costs training time, so an interval also stretches to at least {@code 1/budget - 1} times the last cost
 * of that copy: with budget 0.1 the screen never takes more than about 10% of the worker's time.
 *
 * @param pointsIntervalMillis &gt;= 1 (default 100, i.e. 10 per second)
 * @param gridIntervalMillis &gt;= 1 (default 250, i.e. 4 per second)
 * @param metricsIntervalMillis &gt;= 1 (default 1000)
 * @param budget share of worker time the copies may take, in (0, 1] (default 0.1)
 * @param gridResolution cells per side of live potential grids
 */
public record FrameSchedule(long pointsIntervalMillis, long gridIntervalMillis, long metricsIntervalMillis,
                            double budget, int gridResolution) {
    public FrameSchedule {
        if (pointsIntervalMillis < 1 || gridIntervalMillis < 1 || metricsIntervalMillis < 1) {
            throw new IllegalArgumentException("snapshot intervals must be >= 1 ms");
        }
        Checks.range("snapshot budget", budget, 1e-3, 1);
        Checks.range("grid resolution", gridResolution, 8, 1024);
    }

    public static FrameSchedule defaults() {
        return new FrameSchedule(100, 250, 1000, 0.1, 128);
    }

    /** The wait after a copy that took {@code costNanos}, never shorter than the interval. */
    long nextDelayNanos(long intervalMillis, long costNanos) {
        double stretched = costNanos * (1 / budget - 1);
        return Math.max(intervalMillis * 1_000_000L, (long) stretched);
    }
}
