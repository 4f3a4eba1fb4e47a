package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.LinearInterpolation;

class SingularCrossingsTest {
    /** Codes (-5, 0) and (5, 0), heights 0: the facet is the line x = 0; normals (-+5, 0, -1)/sqrt26. */
    private static final BrenierPotential FAR = new BrenierPotential(new double[][] {{-5, 0}, {5, 0}},
            new double[] {0, 0});
    private static final double FAR_ANGLE = Math.acos(-24.0 / 26);

    @Test
    void farCodesMarkExactlyTheSegmentThatCrossesTheFacet() {
        assertEquals(FAR_ANGLE, FAR.normalAngle(0, 1), 1e-12);
        // x = -3, -2, ..., 3 (y = 0.7): the tie at x = 0 goes to cell 0, so segment 3 (x 0 -> 1) crosses.
        double[][] path = LinearInterpolation.path(new double[] {-3, 0.7}, new double[] {3, 0.7}, 7);
        boolean[] marked = SingularCrossings.along(FAR, path, 0.5, 4);
        assertArrayEquals(new boolean[] {false, false, false, true, false, false}, marked);
        // The same walk backwards: segment 2 (x 1 -> 0) crosses.
        double[][] back = LinearInterpolation.path(new double[] {3, -1}, new double[] {-3, -1}, 7);
        assertArrayEquals(new boolean[] {false, false, true, false, false, false},
                SingularCrossings.along(FAR, back, 0.5, 1));
    }

    @Test
    void thresholdIsInclusiveAndAboveItNothingIsMarked() {
        double[][] path = LinearInterpolation.path(new double[] {-2.5, 0}, new double[] {2.5, 0}, 3);
        double angle = FAR.normalAngle(0, 1);
        assertArrayEquals(new boolean[] {false, true}, SingularCrossings.along(FAR, path, angle, 3));
        assertArrayEquals(new boolean[] {false, false}, SingularCrossings.along(FAR, path, angle + 1e-9, 3));
    }

    @Test
    void nearlyIdenticalCodesAreNeverMarked() {
        BrenierPotential close = new BrenierPotential(new double[][] {{-0.001, 0}, {0.001, 0}},
                new double[] {0, 0});
        double[][] path = LinearInterpolation.path(new double[] {-3, 0.2}, new double[] {3, 0.2}, 7);
        assertArrayEquals(new boolean[6], SingularCrossings.along(close, path, 0.5, 8));
        // The cells do change along the path: with threshold 0 every cell change counts.
        assertArrayEquals(new boolean[] {false, false, false, true, false, false},
                SingularCrossings.along(close, path, 0, 8));
    }

    @Test
    void substepsResolveACellBetweenTheEndpoints() {
        // A third, flat code with height 5 owns the strip -1 < x < 1 between the far codes. Normal angles: far
        // pair ~157 degrees, each far code against the flat one acos(1/sqrt26) ~ 79 degrees.
        BrenierPotential u = new BrenierPotential(new double[][] {{-5, 0}, {5, 0}, {0, 0}},
                new double[] {0, 0, 5});
        double threshold = 1.5;
        double[][] segment = {{-3, 0}, {3, 0}};
        assertArrayEquals(new boolean[] {true}, SingularCrossings.along(u, segment, threshold, 1));
        assertArrayEquals(new boolean[] {false}, SingularCrossings.along(u, segment, threshold, 12));
        assertArrayEquals(new boolean[] {true}, SingularCrossings.along(u, segment, 1.3, 12));
    }

    @Test
    void rejectsBadArguments() {
        double[][] path = {{0, 0}, {1, 0}};
        assertEquals(0, SingularCrossings.along(FAR, new double[][] {{0, 0}}, 0.5, 1).length);
        assertThrows(IllegalArgumentException.class, () -> SingularCrossings.along(FAR, new double[0][], 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> SingularCrossings.along(FAR, path, -0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> SingularCrossings.along(FAR, path, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> SingularCrossings.along(FAR, path, 0.5, 0));
        assertThrows(IllegalArgumentException.class,
                () -> SingularCrossings.along(FAR, new double[][] {{0, 0}, {1, 0, 0}}, 0.5, 1));
    }
}
