package org.lsotexplorer.math.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassCoverageTest {
    /** A probability vector over k classes with mass {@code top} on class c and the rest spread evenly. */
    private static double[] peaked(int k, int c, double top) {
        double[] p = new double[k];
        for (int j = 0; j < k; j++) {
            p[j] = j == c ? top : (1 - top) / (k - 1);
        }
        return p;
    }

    @Test
    void uniformHistogramHasZeroKlAndCoversAllClasses() {
        double[][] probs = new double[100][];
        for (int i = 0; i < 100; i++) {
            probs[i] = peaked(10, i % 10, i < 50 ? 0.95 : 0.6);
        }
        ClassCoverage c = ClassCoverage.of(probs, ClassCoverage.DEFAULT_CONFIDENCE);
        int[] ten = new int[10];
        java.util.Arrays.fill(ten, 10);
        assertArrayEquals(ten, c.histogram());
        assertEquals(0, c.klToUniform(), 1e-15);
        assertEquals(10, c.classesCovered());
        assertEquals(0.5, c.confidentShare(), 0);
        assertEquals(100, c.sampleCount());
        assertEquals(10, c.classCount());
    }

    @Test
    void allInOneClassHasKlLnK() {
        double[][] probs = new double[40][];
        for (int i = 0; i < 40; i++) {
            probs[i] = peaked(10, 7, 0.99);
        }
        ClassCoverage c = ClassCoverage.of(probs);
        assertEquals(Math.log(10), c.klToUniform(), 1e-12);
        assertEquals(1, c.classesCovered());
        assertEquals(1.0, c.shares()[7], 0);
        assertEquals(1.0, c.confidentShare(), 0);
    }

    @Test
    void aStraySampleDoesNotCoverAClass() {
        // n = 1000, K = 10: a class needs ceil(0.1 * 1000 / 10) = 10 predictions.
        double[][] probs = new double[1000][];
        for (int i = 0; i < 1000; i++) {
            int cls;
            if (i < 1) {
                cls = 9;            // one stray sample
            } else if (i < 10) {
                cls = 8;            // 9 samples: still below 10
            } else if (i < 20) {
                cls = 7;            // exactly 10: covered
            } else {
                cls = i % 3;        // the bulk in classes 0, 1, 2
            }
            probs[i] = peaked(10, cls, 0.8);
        }
        ClassCoverage c = ClassCoverage.of(probs, 0.9);
        assertEquals(4, c.classesCovered());
        assertEquals(1, c.histogram()[9]);
        assertEquals(0.0, c.confidentShare(), 0);
        // With few samples the threshold is one prediction.
        ClassCoverage small = ClassCoverage.of(new double[][] {peaked(10, 2, 0.5), peaked(10, 5, 0.5)}, 0.5);
        assertEquals(2, small.classesCovered());
        assertEquals(1.0, small.confidentShare(), 0);
    }

    @Test
    void handComputedThreeClassKl() {
        // Predictions: class 0 twice, class 1 once, class 2 once -> p = (1/2, 1/4, 1/4).
        double[][] probs = {{0.5, 0.3, 0.2}, {0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.05, 0.05, 0.9}};
        ClassCoverage c = ClassCoverage.of(probs, 0.75);
        assertArrayEquals(new int[] {2, 1, 1}, c.histogram());
        assertArrayEquals(new double[] {0.5, 0.25, 0.25}, c.shares(), 0);
        double expected = 0.5 * Math.log(1.5) + 2 * 0.25 * Math.log(0.75);
        assertEquals(expected, c.klToUniform(), 1e-15);
        assertEquals(0.5, c.confidentShare(), 0);
        assertEquals(3, c.classesCovered());
    }

    @Test
    void tiesGoToTheLowestIndex() {
        ClassCoverage c = ClassCoverage.of(new double[][] {{0.4, 0.4, 0.2}, {0.3, 0.35, 0.35}}, 0.9);
        assertArrayEquals(new int[] {1, 1, 0}, c.histogram());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> ClassCoverage.of(new double[0][], 0.9));
        assertThrows(IllegalArgumentException.class, () -> ClassCoverage.of(new double[][] {{1}}, 0.9));
        assertThrows(IllegalArgumentException.class,
                () -> ClassCoverage.of(new double[][] {{0.5, 0.5}, {0.2, 0.3, 0.5}}, 0.9));
        assertThrows(IllegalArgumentException.class,
                () -> ClassCoverage.of(new double[][] {{0.5, 0.6}}, 0.9));
        assertThrows(IllegalArgumentException.class,
                () -> ClassCoverage.of(new double[][] {{Double.NaN, 1}}, 0.9));
        assertThrows(IllegalArgumentException.class,
                () -> ClassCoverage.of(new double[][] {{-0.5, 1.5}}, 0.9));
        assertThrows(IllegalArgumentException.class, () -> ClassCoverage.of(new double[][] {{0.5, 0.5}}, 1.5));
        // Within the 1e-3 sum tolerance.
        assertEquals(1, ClassCoverage.of(new double[][] {{0.5, 0.5005}}, 0.9).histogram()[1]);
    }
}
