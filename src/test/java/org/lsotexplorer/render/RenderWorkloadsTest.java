package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark frame has exactly the advertised content, and renders (never timed here). */
class RenderWorkloadsTest {
    @Test
    void standardFrameHasTheBenchmarkContent() {
        PlaneFigure f = RenderWorkloads.standardFrame(42);
        assertEquals(800, f.widthPx());
        assertEquals(800, f.heightPx());
        assertEquals(256, f.heatmap().columns());
        assertEquals(256, f.heatmap().rows());
        int levels = f.contourLevels().length;
        assertTrue(levels >= 7 && levels <= 14, "about 10 contour levels, got " + levels);
        int points = 0;
        int arrows = 0;
        for (PlaneLayer layer : f.layers()) {
            if (layer instanceof PointLayer p) {
                points += p.size();
            } else if (layer instanceof ArrowLayer a) {
                arrows += a.size();
            }
        }
        assertEquals(20_000, points);
        assertEquals(2_000, arrows);
    }

    @Test
    void sameSeedSameFrame() {
        PlaneRenderer renderer = new PlaneRenderer();
        int[] a = renderer.render(RenderWorkloads.standardFrame(3)).argb();
        int[] b = new PlaneRenderer().render(RenderWorkloads.standardFrame(3)).argb();
        assertArrayEquals(a, b);
    }
}
