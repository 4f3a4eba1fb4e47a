package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** erfc and Owen's T against values computed with mpmath at 30 digits (quadrature of the defining integral). */
class GaussianFunctionsTest {
    @Test
    void erfcMatchesReferenceValuesToRelativePrecision() {
        double[][] ref = {{0.5, 0.47950012218695346232}, {1, 0.15729920705028513066}, {1.9, 0.0072095707647425327628},
            {2, 0.0046777349810472658379}, {2.1, 0.0029794666563329842857}, {3, 0.000022090496998585441373},
            {5, 1.5374597944280348502e-12}};
        for (double[] r : ref) {
            double tol = 1.5e-15;
            assertEquals(r[1], StandardNormal.erfc(r[0]), tol * r[1], "erfc(" + r[0] + ")");
        }
        assertEquals(2 - 0.15729920705028513066, StandardNormal.erfc(-1), 1e-15);
    }

    @Test
    void owensTMatchesReferenceValues() {
        double[][] ref = {{0.5, 0.5, 0.064488602847503757028}, {1, 2, 0.078468186993084096345},
            {3, 0.3, 0.00045478973263356890523}, {0.1, 10, 0.22679969643349899359},
            {6, 0.9, 4.9329380440174618581e-10}, {2.5, 50, 0.0031048326628880675835}};
        for (double[] r : ref) {
            assertEquals(r[2], OwensT.value(r[0], r[1]), 1e-13 * r[2], "T(" + r[0] + ", " + r[1] + ")");
            assertEquals(-r[2], OwensT.value(r[0], -r[1]), 1e-13 * r[2]);
        }
        assertEquals(0.5 * StandardNormal.upperTail(1.5), OwensT.value(1.5, Double.POSITIVE_INFINITY), 1e-17);
        assertEquals(Math.atan(0.7) / (2 * Math.PI), OwensT.value(0, 0.7), 1e-16);
    }

    @Test
    void intervalProbabilityKeepsTailPrecision() {
        assertEquals(StandardNormal.upperTail(8) - StandardNormal.upperTail(9), StandardNormal.interval(8, 9), 0);
        assertEquals(6.22096057427178e-16, StandardNormal.upperTail(8), 1e-28);
        assertEquals(1 - 2 * StandardNormal.upperTail(1), StandardNormal.interval(-1, 1), 1e-16);
    }
}
