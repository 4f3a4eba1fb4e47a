package org.lsotexplorer.live;

import org.lsotexplorer.engine.Checks;

/**
 * How often the frame worker makes each kind of frame (the threading rule): new points and arrows about every
 * {@code pointsIntervalMillis} when the state changed, the potential grid (with contours and the singular set) about
 * every {@code gridIntervalMillis}, and metric estimates about every {@code metricsIntervalMillis}. The grid interval
 * also stretches to at least {@code 1/budget - 1} times the last grid's cost, so grids never take more than about
 * {@code budget} of the frame worker's core and points keep their rate.
 *
 * @param pointsIntervalMillis &gt;= 1 (default 16, i.e. up to 60 frames per second, so that a 60 Hz screen shows
 *                             well over 30 new pictures a second)
 * @param gridIntervalMillis &gt;= 1 (default 150)
 * @param metricsIntervalMillis &gt;= 1 (default 1000)
 * @param budget share of the frame worker's time that grids may take, in (0, 1] (default 0.4)
 * @param gridResolution cells per side of the fine potential grid (a coarse grid of half as many comes first while
 *                       training runs)
 */
public record FrameSchedule(long pointsIntervalMillis, long gridIntervalMillis, long metricsIntervalMillis,
                            double budget, int gridResolution) {
    public FrameSchedule {
        if (pointsIntervalMillis < 1 || gridIntervalMillis < 1 || metricsIntervalMillis < 1) {
            throw new IllegalArgumentException("frame intervals must be >= 1 ms");
        }
        Checks.range("grid budget", budget, 1e-3, 1);
        Checks.range("grid resolution", gridResolution, 16, 1024);
    }

    public static FrameSchedule defaults() {
        return new FrameSchedule(16, 150, 1000, 0.4, 128);
    }

    /** The wait after work that took {@code costNanos}, never shorter than the interval. */
    long nextDelayNanos(long intervalMillis, long costNanos) {
        double stretched = costNanos * (1 / budget - 1);
        return Math.max(intervalMillis * 1_000_000L, (long) stretched);
    }
}
