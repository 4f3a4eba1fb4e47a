package org.lsotexplorer.engine.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The guard's schedule: a check every few steps, a collection only above the limit, at most one per gap. */
class ResidentSetGuardTest {
    @Test
    void collectsOnlyAboveTheLimitAndNotTwiceWithinTheGap() {
        ResidentSetGuard low = new ResidentSetGuard(1);          // 1 MB: any JVM is above it
        for (int i = 0; i < ResidentSetGuard.CHECK_EVERY - 1; i++) {
            low.afterStep();
        }
        assertEquals(0, low.collections(), "no check before the eighth step");
        low.afterStep();
        assertEquals(1, low.collections());
        for (int i = 0; i < 5 * ResidentSetGuard.CHECK_EVERY; i++) {
            low.afterStep();
        }
        assertEquals(1, low.collections(), "at most one collection per " + ResidentSetGuard.MIN_GAP_MILLIS + " ms");

        ResidentSetGuard high = new ResidentSetGuard(1_000_000);  // 1 TB: never reached
        ResidentSetGuard off = new ResidentSetGuard(0);
        for (int i = 0; i < 4 * ResidentSetGuard.CHECK_EVERY; i++) {
            high.afterStep();
            off.afterStep();
        }
        assertEquals(0, high.collections());
        assertEquals(0, off.collections());
    }
}
