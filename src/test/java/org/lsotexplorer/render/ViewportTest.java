package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void aroundSkipsNonFinitePointsAndAddsTheMargin() {
        Viewport v = Viewport.around(0.1, new float[] {0, 0, 2, 1, Float.NaN, 50}, new float[] {1, Float.POSITIVE_INFINITY});
        assertEquals(new Viewport(-0.2, 2.2, -0.2, 1.2), round(v));
        assertEquals(Viewport.centered(1), Viewport.around(0.1));
        assertEquals(new Viewport(2.5, 3.5, -0.5, 0.5), Viewport.around(0, new float[] {3, 0}));
    }

    @Test
    void rejectsEmptyOrNonFiniteBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Viewport(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 1, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Viewport.around(-1));
    }

    @Test
    void expandsAroundTheCentreToAnAspect() {
        Viewport v = new Viewport(0, 2, 0, 1).expandedToAspect(1);
        assertEquals(new Viewport(0, 2, -0.5, 1.5), v);
        assertEquals(2.0, new Viewport(0, 1, 0, 1).expandedToAspect(2).width(), 1e-12);
    }

    private static Viewport round(Viewport v) {
        return new Viewport(r(v.xMin()), r(v.xMax()), r(v.yMin()), r(v.yMax()));
    }

    private static double r(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
