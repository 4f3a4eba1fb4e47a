package org.lsotexplorer.engine.images;

/** Estimates the time left in a phase from the steps done so far in it. */
final class PhaseClock {
    private long startNanos = System.nanoTime();

    void restart() {
        startNanos = System.nanoTime();
    }

    /** Seconds left for {@code total - done} steps at the phase's average pace; NaN before the first step. */
    double etaSeconds(int done, int total) {
        if (done <= 0) {
            return Double.NaN;
        }
        double perStep = (System.nanoTime() - startNanos) / 1e9 / done;
        return Math.max(0, total - done) * perStep;
    }
}
