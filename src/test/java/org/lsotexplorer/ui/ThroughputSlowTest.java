package org.lsotexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ThroughputHarness} (headless, window, headless again) and prints the figures. Timing is not
 * asserted; only a loose sanity bound: the open window must not halve training.
 */
@Tag("slow")
class ThroughputSlowTest {
    @Test
    void windowKeepsUpWithHeadlessTraining() throws Exception {
        double[] r = ThroughputHarness.measure(400);
        assertTrue(r[1] > 0.5 * Math.min(r[0], r[2]), "window throughput fell below half of headless");
    }
}
