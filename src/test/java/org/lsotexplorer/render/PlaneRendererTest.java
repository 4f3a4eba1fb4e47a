package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaneRendererTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final int RED = 0xFFE00000;
    private static final int BLUE = 0xFF0000E0;
    private static final Viewport VIEW = new Viewport(-2, 2, -1.5, 1.5);

    private static PlaneFigure.Builder plain() {
        return PlaneFigure.builder(VIEW).size(400, 320).title("test figure").legend(false, null);
    }

    @Test
    void pixelAndDataCoordinatesAreInverse() {
        PlotLayout layout = PlotLayout.of(plain().build());
        for (double[] p : new double[][] {{0, 0}, {-2, 1.5}, {1.25, -0.7}}) {
            double[] px = layout.toPixel(p[0], p[1]);
            assertArrayEquals(p, layout.toData(px[0], px[1]), 1e-9);
        }
        // the plot area's corners are the viewport's corners; y up
        assertEquals(-2, layout.toDataX(layout.plotLeft()), 1e-9);
        assertEquals(2, layout.toDataX(layout.plotLeft() + layout.plotWidth()), 1e-9);
        assertEquals(1.5, layout.toDataY(layout.plotTop()), 1e-9);
        assertEquals(-1.5, layout.toDataY(layout.plotTop() + layout.plotHeight()), 1e-9);
        assertTrue(layout.inPlot(layout.toPixelX(0), layout.toPixelY(0)));
        PlaneFigure fig = plain().build();
        assertArrayEquals(layout.toPixel(0.3, -0.4), PlaneRenderer.toPixel(fig, 0.3, -0.4), 1e-12);
        assertArrayEquals(new double[] {0.3, -0.4}, PlaneRenderer.toData(fig, layout.toPixelX(0.3),
                layout.toPixelY(-0.4)), 1e-9);
        assertTrue(!layout.inPlot(2, 2), "the corner of the raster is margin");
    }

    @Test
    void equalAspectGivesBothAxesTheSameScale() {
        PlotLayout layout = PlotLayout.of(plain().size(500, 300).build());
        double xScale = layout.plotWidth() / VIEW.width();
        double yScale = layout.plotHeight() / VIEW.height();
        assertEquals(xScale, yScale, 0.01 * xScale);
        PlotLayout free = PlotLayout.of(plain().size(500, 300).equalAspect(false).build());
        assertTrue(free.plotWidth() > layout.plotWidth(), "without equal aspect the plot uses the full width");
    }

    @Test
    void layoutOfTheRendererEqualsTheStaticOne() {
        PlaneFigure fig = plain().build();
        PlaneRenderer renderer = new PlaneRenderer();
        renderer.render(fig);
        PlotLayout a = renderer.layout(fig);
        PlotLayout b = PlotLayout.of(fig);
        assertEquals(a.plotLeft(), b.plotLeft());
        assertEquals(a.plotTop(), b.plotTop());
        assertEquals(a.plotWidth(), b.plotWidth());
        assertEquals(a.plotHeight(), b.plotHeight());
    }

    @Test
    void pointsLandOnTheirPixels() {
        float[] xy = {0.5f, -1.0f, -1.5f, 1.2f};
        PlaneFigure fig = plain().layer(new PointLayer("p", xy, RED, 3f)).build();
        PlotLayout layout = PlotLayout.of(fig);
        Raster r = new PlaneRenderer().render(fig);
        for (int i = 0; i < xy.length; i += 2) {
            assertEquals(Pixels.hex(RED), Pixels.hex(Pixels.at(r, layout, xy[i], xy[i + 1])), "centre of point " + i);
            int px = (int) Math.floor(layout.toPixelX(xy[i]));
            int py = (int) Math.floor(layout.toPixelY(xy[i + 1]));
            assertTrue(Pixels.distance(r.get(px + 6, py), WHITE) < 30, "6 px to the right is background");
            assertTrue(Pixels.distance(r.get(px, py - 6), WHITE) < 30, "6 px above is background");
            assertTrue(Pixels.distance(r.get(px + 2, py), RED) < 10, "inside the radius-3 disc");
        }
    }

    @Test
    void translucentPointsBlendWithTheBackground() {
        // (0.3, 0.3) is off the grid lines, on plain white
        PlaneFigure fig = plain().layer(new PointLayer("p", new float[] {0.3f, 0.3f}, 0x80E00000, 3f)).build();
        Raster r = new PlaneRenderer().render(fig);
        int c = Pixels.at(r, PlotLayout.of(fig), 0.3, 0.3);
        assertEquals(0xFF, c >>> 24, "the raster stays opaque");
        assertEquals(0xF0, Pixels.red(c), 2, "half red over white");
        assertEquals(0x7F, Pixels.green(c), 2);
    }

    @Test
    void pointsOutsideTheViewportOrNanAreSkipped() {
        float[] xy = {5, 5, Float.NaN, 0, 0, Float.POSITIVE_INFINITY, 2.05f, 0};
        PlaneFigure fig = plain().layer(new PointLayer("p", xy, RED, 4f)).build();
        Raster r = new PlaneRenderer().render(fig);
        PlotLayout layout = PlotLayout.of(fig);
        int redInMargin = 0;
        for (int y = 0; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++) {
                if (!layout.inPlot(x + 0.5, y + 0.5) && Pixels.red(r.get(x, y)) > 150 && Pixels.green(r.get(x, y)) < 80) {
                    redInMargin++;
                }
            }
        }
        assertEquals(0, redInMargin, "a point just outside the viewport is clipped to the plot area");
    }

    @Test
    void arrowsRunFromTheirStartToTheirHead() {
        float[] from = {-1.5f, 0f};
        float[] to = {1.5f, 0f};
        PlaneFigure fig = plain().layer(new ArrowLayer("a", from, to, BLUE, 1.5f, 10f)).build();
        PlotLayout layout = PlotLayout.of(fig);
        Raster r = new PlaneRenderer().render(fig);
        int y = (int) Math.floor(layout.toPixelY(0));
        for (double x = -1.4; x < 1.4; x += 0.1) {
            int px = (int) Math.floor(layout.toPixelX(x));
            assertTrue(Pixels.blue(r.get(px, y)) > 150 && Pixels.red(r.get(px, y)) < 120,
                    "shaft at x = " + x + ": " + Pixels.hex(r.get(px, y)));
            assertTrue(Pixels.distance(r.get(px, y - 6), WHITE) < 30, "nothing 6 px above the shaft");
        }
        int tail = (int) Math.floor(layout.toPixelX(-1.5)) + 4;
        int head = (int) Math.floor(layout.toPixelX(1.5)) - 4;
        assertTrue(thickness(r, tail, y) <= 3, "thin at the tail");
        assertTrue(thickness(r, head, y) >= 5, "wide at the head, which is at the 'to' end");
        int beyond = (int) Math.floor(layout.toPixelX(1.5)) + 3;
        assertTrue(Pixels.distance(r.get(beyond, y), WHITE) < 30, "nothing past the tip");
    }

    private static int thickness(Raster r, int x, int y) {
        int n = 0;
        for (int dy = -8; dy <= 8; dy++) {
            if (Pixels.blue(r.get(x, y + dy)) > 150 && Pixels.red(r.get(x, y + dy)) < 160) {
                n++;
            }
        }
        return n;
    }

    @Test
    void maskCellsAreFilledWhereFlagged() {
        boolean[] cells = new boolean[4 * 3];
        cells[0] = true; // column 0, row 0: bottom-left cell
        cells[2 * 4 + 3] = true; // column 3, row 2: top-right cell
        PlaneFigure fig = plain().layer(new MaskLayer("m", VIEW, 4, 3, cells, RED)).build();
        PlotLayout layout = PlotLayout.of(fig);
        Raster r = new PlaneRenderer().render(fig);
        assertEquals(Pixels.hex(RED), Pixels.hex(Pixels.at(r, layout, -1.5, -1.0)), "bottom-left cell");
        assertEquals(Pixels.hex(RED), Pixels.hex(Pixels.at(r, layout, 1.5, 1.0)), "top-right cell");
        assertTrue(Pixels.distance(Pixels.at(r, layout, -1.5, 1.0), RED) > 100, "top-left cell is not flagged");
        assertTrue(Pixels.distance(Pixels.at(r, layout, 0.4, 0.1), RED) > 100, "middle is not flagged");
    }

    @Test
    void nanCellsTakeTheNanColour() {
        ScalarGrid grid = ScalarGrid.sample(VIEW, 40, 30, (x, y) -> x < 0 ? Double.NaN : x);
        PlaneFigure fig = plain().heatmap(grid, Colormap.VIRIDIS, "f").nanColor(0xFF777777).build();
        PlotLayout layout = PlotLayout.of(fig);
        Raster r = new PlaneRenderer().render(fig);
        assertEquals(Pixels.hex(0xFF777777), Pixels.hex(Pixels.at(r, layout, -1.2, 0.3)));
        assertEquals(Pixels.hex(0xFF777777), Pixels.hex(Pixels.at(r, layout, -0.3, -1.2)));
        int right = Pixels.at(r, layout, 1.5, 0.3);
        assertTrue(Pixels.distance(right, 0xFF777777) > 40, "finite cells keep their colours");
        assertArrayEquals(new double[] {grid.xAt(20), grid.xAt(39)}, fig.colorRange(), 1e-9,
                "the colour range ignores NaN");
    }

    @Test
    void allNanGridStillRenders() {
        ScalarGrid grid = ScalarGrid.sample(VIEW, 8, 8, (x, y) -> Double.NaN);
        PlaneFigure fig = plain().heatmap(grid, Colormap.MAGMA, "f").contours(5).build();
        Raster r = new PlaneRenderer().render(fig);
        assertEquals(Pixels.hex(fig.nanArgb()), Pixels.hex(Pixels.at(r, PlotLayout.of(fig), 0, 0)));
    }

    @Test
    void marginsHoldAxesTitleColourBarAndTheLegendSitsInThePlot() {
        ScalarGrid grid = ScalarGrid.sample(VIEW, 32, 24, (x, y) -> x + y);
        PlaneFigure fig = PlaneFigure.builder(VIEW).size(480, 360).title("potential")
                .heatmap(grid, Colormap.VIRIDIS, "potential phi(z)").contours(6)
                .layer(new PointLayer("samples", new float[] {0, 0}, RED, 2f)).build();
        PlotLayout layout = PlotLayout.of(fig);
        Raster r = new PlaneRenderer().render(fig);
        int left = layout.plotLeft();
        int top = layout.plotTop();
        int right = left + layout.plotWidth();
        int bottom = top + layout.plotHeight();
        assertTrue(Pixels.countDifferent(r, 0, top, left - 1, bottom, WHITE, 60) > 100, "y ticks, labels, title");
        assertTrue(Pixels.countDifferent(r, left, bottom + 1, right, r.height(), WHITE, 60) > 100, "x axis");
        assertTrue(Pixels.countDifferent(r, 0, 0, r.width(), top - 1, WHITE, 60) > 100, "title line");
        // the colour bar: its top shows the top of the colour map, its bottom the bottom
        int frame = right + 2;
        while (frame < r.width() && Pixels.distance(r.get(frame, top + layout.plotHeight() / 2), WHITE) < 60) {
            frame++;
        }
        assertTrue(frame < right + 40, "colour bar frame just right of the plot, found at " + frame);
        int barX = frame + 3;
        assertTrue(Pixels.distance(r.get(barX, top), Colormap.VIRIDIS.argb(1)) < 12, "bar top is bright");
        assertTrue(Pixels.distance(r.get(barX, bottom - 1), Colormap.VIRIDIS.argb(0)) < 12,
                "bar bottom is dark: " + Pixels.hex(r.get(barX, bottom - 1)) + " " + Pixels.hex(r.get(barX, bottom - 3)));
        assertTrue(Pixels.countDifferent(r, right + 1, top, r.width(), bottom, WHITE, 60) > 2000, "bar and labels");
        // the legend box (near-white) covers the top-left of the heatmap
        int legendPixel = r.get(left + 14, top + 14);
        assertTrue(Pixels.distance(legendPixel, WHITE) < 40, "legend box at top left: " + Pixels.hex(legendPixel));
    }

    @Test
    void contoursAreDrawnOverTheHeatmap() {
        ScalarGrid grid = ScalarGrid.sample(VIEW, 64, 48, (x, y) -> x);
        PlaneFigure with = plain().heatmap(grid, Colormap.VIRIDIS, "x").contours(4).contourColor(0xFF000000).build();
        PlaneFigure without = plain().heatmap(grid, Colormap.VIRIDIS, "x").build();
        PlotLayout layout = PlotLayout.of(with);
        Raster a = new PlaneRenderer().render(with);
        Raster b = new PlaneRenderer().render(without);
        int y = (int) Math.floor(layout.toPixelY(0.3));
        for (double level : with.contourLevels()) {
            double px = layout.toPixelX(level);
            double ink = 0; // how much of one pixel's worth of black the line puts across its neighbourhood
            for (int x = (int) px - 2; x <= (int) px + 2; x++) {
                ink += 1 - Pixels.green(a.get(x, y)) / (double) Pixels.green(b.get(x, y));
            }
            assertEquals(1.0, ink, 0.25, "a one-pixel black line at x = " + level);
        }
        int mid = (int) Math.floor(layout.toPixelX(0.25 * (with.contourLevels()[0] + with.contourLevels()[1]) * 2));
        assertEquals(b.get(mid, y), a.get(mid, y), "between lines the heatmap is untouched");
    }

    @Test
    void autoContourColourContrastsWithTheMap() {
        ScalarGrid grid = ScalarGrid.sample(VIEW, 16, 16, (x, y) -> x);
        PlaneFigure fig = plain().heatmap(grid, Colormap.VIRIDIS, "x").contours(8).build();
        double[] levels = fig.contourLevels();
        assertEquals(PlaneRenderer.LIGHT_CONTOUR, PlaneRenderer.contourColor(fig, levels[0]), "light on dark violet");
        assertEquals(PlaneRenderer.DARK_CONTOUR, PlaneRenderer.contourColor(fig, levels[levels.length - 1]),
                "dark on yellow");
    }

    @Test
    void aReusedRendererDrawsExactlyWhatAFreshOneDraws() {
        ScalarGrid g1 = ScalarGrid.sample(VIEW, 32, 24, (x, y) -> x * y);
        ScalarGrid g2 = ScalarGrid.sample(VIEW, 32, 24, (x, y) -> x - y);
        PlaneFigure f1 = plain().heatmap(g1, Colormap.VIRIDIS, "a").contours(5)
                .layer(new PointLayer("p", new float[] {0, 0, 1, 1}, RED, 2f)).build();
        PlaneFigure f2 = plain().title("other").heatmap(g2, Colormap.CIVIDIS, "b").contours(3)
                .layer(new ArrowLayer("q", new float[] {0, 0}, new float[] {1, -1}, BLUE)).legend(true, null).build();
        PlaneRenderer reused = new PlaneRenderer();
        Raster target = new Raster(400, 320);
        for (PlaneFigure f : new PlaneFigure[] {f1, f2, f1, f1, f2}) {
            assertArrayEquals(new PlaneRenderer().render(f).argb(), reused.render(f, target).argb());
        }
    }

    @Test
    void aBareFigureIsAllPlot() {
        PlaneFigure fig = PlaneFigure.builder(Viewport.centered(1)).size(100, 100).showAxes(false).build();
        PlotLayout layout = PlotLayout.of(fig);
        assertEquals(0, layout.plotLeft());
        assertEquals(100, layout.plotWidth());
        assertEquals(100, layout.plotHeight());
        Raster r = new PlaneRenderer().render(fig);
        assertTrue(r.isOpaque());
    }

    @Test
    void aTinyFigureKeepsItsPlotInsideTheRaster() {
        ScalarGrid grid = ScalarGrid.sample(VIEW, 8, 8, (x, y) -> x);
        for (int[] size : new int[][] {{64, 64}, {64, 300}, {300, 64}}) {
            PlaneFigure fig = PlaneFigure.builder(VIEW).size(size[0], size[1]).title("a long title that cannot fit")
                    .heatmap(grid, Colormap.VIRIDIS, "a long colour label").contours(4)
                    .layer(new PointLayer("p", new float[] {0, 0, 1.9f, 1.4f}, RED, 3f))
                    .layer(new ArrowLayer("a", new float[] {-2f, -1.5f}, new float[] {2f, 1.5f}, BLUE))
                    .layer(new MaskLayer("m", VIEW, 2, 2, new boolean[] {true, false, false, true}, RED)).build();
            PlotLayout layout = PlotLayout.of(fig);
            assertTrue(layout.plotLeft() + layout.plotWidth() <= size[0] && layout.plotWidth() >= 1);
            assertTrue(layout.plotTop() + layout.plotHeight() <= size[1] && layout.plotHeight() >= 1);
            assertTrue(new PlaneRenderer().render(fig).isOpaque());
        }
    }

    @Test
    void rejectsBadArguments() {
        PlaneFigure fig = plain().build();
        assertThrows(IllegalArgumentException.class, () -> new PlaneRenderer().render(fig, new Raster(10, 10)));
        assertThrows(IllegalArgumentException.class, () -> plain().size(10, 10).build());
        assertThrows(IllegalArgumentException.class, () -> plain().contours(-1).build());
        assertThrows(IllegalArgumentException.class, () -> plain().colorRange(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new PointLayer("p", new float[3], RED, 1f));
        assertThrows(IllegalArgumentException.class, () -> new PointLayer("p", new float[2], RED, 0f));
        assertThrows(IllegalArgumentException.class, () -> new ArrowLayer("a", new float[2], new float[4], RED));
        assertThrows(IllegalArgumentException.class, () -> new MaskLayer("m", VIEW, 2, 2, new boolean[3], RED));
        assertThrows(IllegalArgumentException.class, () -> new ScalarGrid(0, 1, 0, 1, 2, 2, new double[3]));
    }

    @Test
    void toBuilderKeepsEverySetting() {
        ScalarGrid grid = ScalarGrid.sample(VIEW, 8, 8, (x, y) -> x);
        PlaneFigure a = plain().heatmap(grid, Colormap.MAGMA, "m").contours(3).colorRange(-5, 5).equalAspect(false)
                .layer(new PointLayer("p", new float[] {0, 0}, RED, 2f)).build();
        PlaneFigure b = a.toBuilder().build();
        assertArrayEquals(new PlaneRenderer().render(a).argb(), new PlaneRenderer().render(b).argb());
        assertArrayEquals(new double[] {-5, 5}, b.colorRange());
    }
}
