package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void niceValuesCoverTheRange() {
        assertArrayEquals(new double[] {-3, -2, -1, 0, 1, 2, 3}, Ticks.nice(-3.2, 3.2, 7), 1e-12);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, Ticks.nice(0, 1, 4), 1e-12);
        assertArrayEquals(new double[] {0, 5000, 10000, 15000, 20000}, Ticks.nice(0, 20000, 4), 1e-9);
        assertEquals(0, Ticks.nice(1, 1, 5).length);
        assertEquals(0, Ticks.nice(Double.NaN, 1, 5).length);
    }

    @Test
    void labelsUseJustEnoughDecimalsAndATrueMinus() {
        assertArrayEquals(new String[] {"\u22121.0", "\u22120.5", "0.0", "0.5", "1.0"},
                Ticks.labels(new double[] {-1, -0.5, 0, 0.5, 1}));
        assertArrayEquals(new String[] {"0.00", "0.25", "0.50"}, Ticks.labels(new double[] {0, 0.25, 0.5}));
        assertArrayEquals(new String[] {"\u22122", "0", "2"}, Ticks.labels(new double[] {-2, 0, 2}));
        assertEquals("2.5e\u22125", Ticks.format(2.5e-5, 0.5e-5));
        assertEquals("3e5", Ticks.format(3e5, 1e5));
        assertEquals("0.0", Ticks.format(-1e-17, 0.1));
        assertEquals("NaN", Ticks.format(Double.NaN, 1));
    }

    @Test
    void decadesArePowersOfTen() {
        assertArrayEquals(new double[] {0.01, 0.1, 1, 10}, Ticks.decades(0.005, 20), 1e-12);
        assertEquals(0, Ticks.decades(-1, 10).length);
    }

    @Test
    void logAxisLabelsSmallDecadesWithSuperscripts() {
        assertArrayEquals(new String[] {"10\u207B\u2074", "0.01", "1", "100", "10\u2074"},
                AxisScale.LOG10.labels(new double[] {-4, -2, 0, 2, 4}));
    }
}
