package org.lsotexplorer.math.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImageQualityTest {
    @Test
    void meanSquaredErrorByHand() {
        float[][] a = {{0, 0.5f, 1}, {0.25f, 0.25f, 0.25f}};
        float[][] b = {{0, 0, 0.5f}, {0.25f, 0.75f, 0}};
        // squared differences: 0, 0.25, 0.25, 0, 0.25, 0.0625 -> 0.8125 / 6
        assertEquals(0.8125 / 6, ImageQuality.meanSquaredError(a, b), 1e-15);
        assertEquals(0, ImageQuality.meanSquaredError(a, a), 0);
    }

    @Test
    void psnrByHand() {
        assertEquals(20, ImageQuality.psnr(0.01), 1e-12);
        assertEquals(30, ImageQuality.psnr(0.001), 1e-12);
        assertEquals(0, ImageQuality.psnr(1), 0);
        assertEquals(10 * Math.log10(4), ImageQuality.psnr(0.25), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, ImageQuality.psnr(0), 0);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> ImageQuality.psnr(-0.1));
        assertThrows(IllegalArgumentException.class, () -> ImageQuality.psnr(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> ImageQuality.meanSquaredError(new float[0][], new float[0][]));
        assertThrows(IllegalArgumentException.class,
                () -> ImageQuality.meanSquaredError(new float[][] {{}}, new float[][] {{}}));
        assertThrows(IllegalArgumentException.class,
                () -> ImageQuality.meanSquaredError(new float[][] {{1, 2}}, new float[][] {{1, 2}, {3, 4}}));
        assertThrows(IllegalArgumentException.class,
                () -> ImageQuality.meanSquaredError(new float[][] {{1, 2}}, new float[][] {{1}}));
    }
}
