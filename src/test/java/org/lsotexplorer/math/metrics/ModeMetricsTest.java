package org.lsotexplorer.math.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModeMetricsTest {
    private static final ModeSet TWO = new ModeSet(new double[][] {{0, 0}, {10, 0}}, 0.1);

    @Test
    void handComputedExample() {
        double[][] s = {
            {0.05, 0},     // mode 0, high quality
            {0.2, 0.2},    // mode 0, 0.28 > 0.3? no: 0.283 < 0.3 -> high quality
            {1, 0},        // mode 0, low quality
            {9.9, 0},      // mode 1, high quality
        };
        ModeMetrics m = ModeMetrics.of(s, TWO);
        assertEquals(0.75, m.highQualityFraction(), 1e-12);
        assertEquals(2, m.modesCovered());
        assertArrayEquals(new double[] {0.75, 0.25}, m.shares(), 1e-12);
        assertEquals(0.25, m.massBalance(), 1e-12);
    }

    @Test
    void modeReachedOnlyByLowQualitySamplesIsNotCovered() {
        double[][] s = {{0, 0}, {0.01, 0}, {8, 0}};
        ModeMetrics m = ModeMetrics.of(s, TWO);
        assertEquals(1, m.modesCovered());
        assertEquals(2.0 / 3, m.highQualityFraction(), 1e-12);
    }
}
