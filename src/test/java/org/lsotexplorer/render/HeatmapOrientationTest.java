package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Proves the heatmap is neither transposed nor flipped: an asymmetric field, non-zero only in the first quadrant
 * and growing three times faster along y than along x, must show its colours exactly where the data says, with
 * data y pointing up on screen.
 */
class HeatmapOrientationTest {
    private static final Colormap MAP = Colormap.VIRIDIS;
    private static final double HI = 12;

    /** {@code x + 3y} in the quadrant {@code x > 0, y > 0}, else 0. */
    private static double field(double x, double y) {
        return x > 0 && y > 0 ? x + 3 * y : 0;
    }

    private static PlaneFigure figure(ScalarGrid grid, int w, int h, boolean axes, boolean smooth) {
        return PlaneFigure.builder(grid.bounds()).size(w, h).showAxes(axes).equalAspect(false)
                .heatmap(grid, MAP, "f").colorRange(0, HI).smoothHeatmap(smooth).build();
    }

    private static int expected(double value) {
        return MAP.argb(value / HI);
    }

    @Test
    void cellCentresShowTheirValuesInTheRightPlaces() {
        ScalarGrid grid = ScalarGrid.sample(Viewport.centered(2), 64, 64, HeatmapOrientationTest::field);
        for (boolean axes : new boolean[] {false, true}) {
            PlaneFigure fig = figure(grid, 260, 260, axes, false);
            PlotLayout layout = PlotLayout.of(fig);
            Raster r = new PlaneRenderer().render(fig);
            int[][] cells = {{40, 50}, {50, 40}, {60, 35}, {35, 60}, {10, 50}, {50, 10}, {10, 10}, {33, 62}};
            for (int[] cell : cells) {
                double x = grid.xAt(cell[0]);
                double y = grid.yAt(cell[1]);
                int got = Pixels.at(r, layout, x, y);
                assertEquals(Pixels.hex(expected(field(x, y))), Pixels.hex(got),
                        "cell " + cell[0] + "," + cell[1] + " at (" + x + ", " + y + ") axes=" + axes);
            }
        }
    }

    @Test
    void screenTopRightIsTheBrightQuadrantWithoutAnyMapping() {
        ScalarGrid grid = ScalarGrid.sample(Viewport.centered(2), 64, 64, HeatmapOrientationTest::field);
        Raster r = new PlaneRenderer().render(figure(grid, 200, 200, false, true));
        int zero = expected(0);
        // screen quadrants of a bare 200 x 200 figure: data y grows upwards, x to the right
        assertEquals(zero, r.get(50, 50), "top-left on screen is x < 0, y > 0");
        assertEquals(zero, r.get(50, 150), "bottom-left on screen is x < 0, y < 0");
        assertEquals(zero, r.get(150, 150), "bottom-right on screen is x > 0, y < 0");
        assertTrue(Pixels.distance(zero, r.get(150, 50)) > 60, "top-right on screen is the lit quadrant");
        // inside the lit quadrant the field grows 3x faster upwards than rightwards
        double lightUp = Lab.lightness(r.get(110, 10));    // x ~ 0.2, y ~ 1.8 -> 5.6
        double lightRight = Lab.lightness(r.get(190, 90)); // x ~ 1.8, y ~ 0.2 -> 2.4
        assertTrue(lightUp > lightRight + 10, "up " + lightUp + " vs right " + lightRight);
        // monotone upwards along a column and rightwards along a row
        double previous = -1;
        for (int py = 98; py >= 2; py -= 8) {
            double l = Lab.lightness(r.get(150, py));
            assertTrue(l > previous, "lightness must grow upwards at row " + py);
            previous = l;
        }
    }

    @Test
    void rowZeroOfTheGridIsTheBottomOfThePicture() {
        // two rows: row 0 (bottom) = 0, row 1 (top) = 1
        ScalarGrid grid = new ScalarGrid(0, 1, 0, 1, 2, 2, new double[] {0, 0, 1, 1});
        PlaneFigure fig = PlaneFigure.builder(grid.bounds()).size(100, 100).showAxes(false)
                .heatmap(grid, MAP, "").smoothHeatmap(false).build();
        Raster r = new PlaneRenderer().render(fig);
        assertEquals(MAP.argb(1), r.get(50, 10), "top of the picture shows row 1");
        assertEquals(MAP.argb(0), r.get(50, 90), "bottom of the picture shows row 0");
    }

    @Test
    void aWideGridIsNotTransposed() {
        // 40 columns x 10 rows over [0, 4] x [0, 1]: value = column index
        double[] v = new double[400];
        for (int row = 0; row < 10; row++) {
            for (int col = 0; col < 40; col++) {
                v[row * 40 + col] = col;
            }
        }
        ScalarGrid grid = new ScalarGrid(0, 4, 0, 1, 40, 10, v);
        PlaneFigure fig = PlaneFigure.builder(grid.bounds()).size(400, 100).showAxes(false).equalAspect(false)
                .heatmap(grid, MAP, "").colorRange(0, 39).smoothHeatmap(false).build();
        Raster r = new PlaneRenderer().render(fig);
        for (int col : new int[] {0, 7, 20, 39}) {
            int px = col * 10 + 5;
            assertEquals(Pixels.hex(MAP.argb(col / 39.0)), Pixels.hex(r.get(px, 20)), "column " + col);
            assertEquals(r.get(px, 20), r.get(px, 80), "a column has one colour from top to bottom");
        }
    }

    @Test
    void smoothShadingInterpolatesBetweenCellCentres() {
        ScalarGrid grid = ScalarGrid.sample(new Viewport(0, 1, 0, 1), 2, 2, (x, y) -> x < 0.5 ? 0 : 12);
        PlaneFigure fig = PlaneFigure.builder(grid.bounds()).size(100, 100).showAxes(false)
                .heatmap(grid, MAP, "").colorRange(0, HI).build();
        Raster r = new PlaneRenderer().render(fig);
        assertEquals(MAP.argb(0), r.get(10, 50), "left of the first centre: held constant");
        assertEquals(MAP.argb(1), r.get(90, 50), "right of the last centre: held constant");
        // pixel 50's centre is x = 0.505, 51 % of the way from the first centre (0.25) to the second (0.75)
        assertEquals(Pixels.hex(MAP.argb(0.51)), Pixels.hex(r.get(50, 50)), "midway: half the range");
    }
}
