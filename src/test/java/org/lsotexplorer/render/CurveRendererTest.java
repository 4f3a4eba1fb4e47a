package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CurveRendererTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final int GREEN = 0xFF00A000;

    private static double[] range(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    /** True when some pixel within 2 px of the data point has the colour. */
    private static boolean near(Raster r, PlotLayout layout, double x, double y, int argb) {
        int px = (int) Math.floor(layout.toPixelX(x));
        int py = (int) Math.floor(layout.toPixelY(y));
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (Pixels.distance(r.get(px + dx, py + dy), argb) < 40) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aSeriesIsDrawnThroughItsPoints() {
        double[] x = range(11);
        double[] y = new double[11];
        for (int i = 0; i < 11; i++) {
            y[i] = 2 * i - 3;
        }
        CurveFigure fig = CurveFigure.builder().title("line").series(new CurveFigure.Series("line", x, y, GREEN))
                .showLegend(false).build();
        PlotLayout layout = CurveRenderer.layout(fig);
        Raster r = CurveRenderer.render(fig);
        for (double t = 0; t <= 10; t += 0.5) {
            assertTrue(near(r, layout, t, 2 * t - 3, GREEN), "line at step " + t);
        }
        assertTrue(!near(r, layout, 2, 10, GREEN), "nothing far off the line");
        assertTrue(layout.viewport().xMin() < 0 && layout.viewport().xMax() > 10, "x range padded around the data");
        assertTrue(layout.viewport().yMin() < -3 && layout.viewport().yMax() > 17, "y range padded around the data");
    }

    @Test
    void logAxisMakesAnExponentialStraight() {
        double[] x = range(5);
        double[] y = {1, 10, 100, 1000, 10000};
        CurveFigure fig = CurveFigure.builder().logY(true).series(new CurveFigure.Series("exp", x, y, GREEN)).build();
        // the legend avoids the rising curve, so the whole curve stays visible
        PlotLayout layout = CurveRenderer.layout(fig);
        Raster r = CurveRenderer.render(fig);
        for (double t = 0; t <= 4; t += 0.25) {
            assertTrue(near(r, layout, t, t, GREEN), "log10 of the curve at step " + t + " is " + t);
        }
    }

    @Test
    void nanAndNonPositiveValuesBreakTheLine() {
        double[] x = range(9);
        double[] y = {1, 1, 1, Double.NaN, 1, 1, -1, 1, 1};
        CurveFigure fig = CurveFigure.builder().logY(true).showLegend(false)
                .series(new CurveFigure.Series("gappy", x, y, GREEN)).build();
        PlotLayout layout = CurveRenderer.layout(fig);
        Raster r = CurveRenderer.render(fig);
        assertTrue(near(r, layout, 1.5, 0, GREEN), "between drawable points");
        assertTrue(!near(r, layout, 3, 0, GREEN), "gap at the NaN");
        assertTrue(!near(r, layout, 6, 0, GREEN), "gap at the negative value on a log axis");
        assertTrue(near(r, layout, 7.5, 0, GREEN), "line resumes");
    }

    @Test
    void anIsolatedPointIsADot() {
        double[] x = {0, 1, 2};
        double[] y = {Double.NaN, 5, Double.NaN};
        CurveFigure fig = CurveFigure.builder().showLegend(false).series(new CurveFigure.Series("dot", x, y, GREEN))
                .build();
        assertTrue(near(CurveRenderer.render(fig), CurveRenderer.layout(fig), 1, 5, GREEN));
    }

    @Test
    void seriesGetDistinctPaletteColoursAndALegend() {
        double[] steps = range(4);
        CurveFigure fig = CurveFigure.builder().series("a", steps, new double[] {1, 2, 3, 4})
                .series("b", steps, new double[] {1.5, 2.5, 3.5, 4}).build();
        int a = fig.series().get(0).argb();
        int b = fig.series().get(1).argb();
        assertTrue(a != 0 && b != 0 && a != b);
        PlotLayout layout = CurveRenderer.layout(fig);
        Raster r = CurveRenderer.render(fig);
        int right = layout.plotLeft() + layout.plotWidth();
        // both rise to the top right, so the legend goes to the empty top-left corner, where no curve passes
        int withA = 0;
        int withB = 0;
        for (int y = layout.plotTop(); y < layout.plotTop() + layout.plotHeight() / 3; y++) {
            for (int x = layout.plotLeft(); x < right - layout.plotWidth() / 2; x++) {
                withA += Pixels.distance(r.get(x, y), a) < 30 ? 1 : 0;
                withB += Pixels.distance(r.get(x, y), b) < 30 ? 1 : 0;
            }
        }
        assertTrue(withA > 10 && withB > 10, "legend glyphs: " + withA + ", " + withB);
    }

    @Test
    void axesAndTitlesAreInTheMargins() {
        CurveFigure fig = CurveFigure.builder().title("loss").series("a", range(3), new double[] {1, 2, 3}).build();
        PlotLayout layout = CurveRenderer.layout(fig);
        Raster r = CurveRenderer.render(fig);
        assertTrue(Pixels.countDifferent(r, 0, 0, r.width(), layout.plotTop() - 1, WHITE, 60) > 50, "title");
        assertTrue(Pixels.countDifferent(r, 0, layout.plotTop(), layout.plotLeft() - 1,
                layout.plotTop() + layout.plotHeight(), WHITE, 60) > 100, "y axis");
        assertTrue(Pixels.countDifferent(r, layout.plotLeft(), layout.plotTop() + layout.plotHeight() + 1,
                layout.plotLeft() + layout.plotWidth(), r.height(), WHITE, 60) > 100, "x axis");
    }

    @Test
    void noDataStillDrawsAxes() {
        CurveFigure fig = CurveFigure.builder().series("empty", new double[0], new double[0]).build();
        PlotLayout layout = CurveRenderer.layout(fig);
        Raster r = CurveRenderer.render(fig);
        assertEquals(new Viewport(0, 1, 0, 1), layout.viewport());
        int cx = layout.plotLeft() + layout.plotWidth() / 2;
        int cy = layout.plotTop() + layout.plotHeight() / 2;
        assertTrue(Pixels.countDifferent(r, cx - 60, cy - 20, cx + 60, cy + 10, WHITE, 60) > 20, "'no data' note");
    }

    @Test
    void rejectsBadSeriesAndSizes() {
        assertThrows(IllegalArgumentException.class, () -> new CurveFigure.Series("x", new double[2], new double[3], 0));
        assertThrows(IllegalArgumentException.class, () -> CurveFigure.builder().size(50, 400).build());
    }
}
