package org.lsotexplorer.render;

import java.awt.Graphics2D;
import java.util.Arrays;
import java.util.List;

/**
 * Renders a {@link PlaneFigure} into an opaque {@link Raster}, in this order: figure chrome (background, title,
 * axes, colour bar), the plot area's heatmap (or background and light grid lines), contour lines, the layers in
 * figure order, and the legend box. Data-to-pixel placement is {@link PlotLayout#of(PlaneFigure)} throughout, so
 * {@link #layout(PlaneFigure)} tells exactly where any data point was drawn.
 *
 * <p>Speed: the bulk (heatmap, points, lines, arrows, masks) is written straight into the {@code int[]}; Java2D is
 * used only for text. An instance keeps caches between frames: the chrome pixels (redrawn only when size, titles,
 * viewport, colour range, contour levels or legend entries change), the legend sprite, marker stamps, the
 * contour segments of the last grid (recomputed when a different grid object or other levels arrive), and the plot
 * area with the heatmap and contours painted (reused while the grid object and the chrome stay the same, so a frame
 * that only moves points repaints only the points). Use one
 * instance per thread (e.g. one for the FX thread); an instance is not thread-safe. Different instances are
 * independent.
 *
 * <p>Failure behaviour: a target raster whose size differs from the figure's throws
 * {@link IllegalArgumentException}; data problems (NaN, points outside the viewport) never throw, they are skipped
 * or drawn in the NaN colour.
 */
public final class PlaneRenderer {
    /** Contour colour on dark parts of a colour map: white at 70 % opacity. */
    public static final int LIGHT_CONTOUR = 0xB3FFFFFF;
    /** Contour colour on light parts of a colour map: black at 55 % opacity. */
    public static final int DARK_CONTOUR = 0x8C000000;

    private final HeatmapPainter heatmapPainter = new HeatmapPainter();
    private final PointPainter pointPainter = new PointPainter();
    private final ShapePainter shapePainter = new ShapePainter();
    private ChromeKey chromeKey;
    private PlotLayout chromeLayout;
    private int[] chromePixels;
    private List<Legend.Entry> legendKey;
    private FigureStyle legendStyle;
    private Raster legendSprite;
    private ScalarGrid contourGrid;
    private double[] contourLevels;
    private float[][] contourSegments;
    private ScalarGrid backgroundGrid;
    private ChromeKey backgroundKey;
    private int[] backgroundPixels;

    /** What the chrome depends on; equal keys give identical chrome pixels. */
    private record ChromeKey(int w, int h, String title, String xTitle, String yTitle, boolean axes,
            boolean equalAspect, Viewport viewport, boolean heatmap, Colormap map, String colorLabel,
            double lo, double hi, String levels, int contourArgb, int background) {
        static ChromeKey of(PlaneFigure f) {
            double[] r = f.colorRange();
            return new ChromeKey(f.widthPx(), f.heightPx(), f.title(), f.xTitle(), f.yTitle(), f.showAxes(),
                    f.equalAspect(), f.viewport(), f.heatmap() != null, f.colormap(), f.colorLabel(), r[0], r[1],
                    Arrays.toString(f.contourLevels()), f.contourArgb(), f.backgroundArgb());
        }
    }

    /** Renders into a new raster of the figure's size. */
    public Raster render(PlaneFigure figure) {
        return render(figure, new Raster(figure.widthPx(), figure.heightPx()));
    }

    /** Renders into {@code target} (same size as the figure), overwriting every pixel; returns {@code target}. */
    public Raster render(PlaneFigure figure, Raster target) {
        if (target.width() != figure.widthPx() || target.height() != figure.heightPx()) {
            throw new IllegalArgumentException("target is " + target.width() + "x" + target.height()
                    + " but the figure is " + figure.widthPx() + "x" + figure.heightPx());
        }
        int[] dst = target.argb();
        PlotLayout layout = chrome(figure);
        copyMargins(dst, layout);
        if (figure.heatmap() != null) {
            ChromeKey key = chromeKey;
            if (backgroundGrid == figure.heatmap() && key.equals(backgroundKey)
                    && backgroundPixels.length == dst.length) {
                copyPlot(backgroundPixels, dst, layout);      // same grid, same view: reuse the painted heatmap
            } else {
                heatmapPainter.paint(dst, layout, figure);
                drawContours(dst, layout, figure);
                if (backgroundPixels == null || backgroundPixels.length != dst.length) {
                    backgroundPixels = new int[dst.length];
                }
                copyPlot(dst, backgroundPixels, layout);
                backgroundGrid = figure.heatmap();
                backgroundKey = key;
            }
        } else {
            plainBackground(dst, layout, figure);
        }
        for (PlaneLayer layer : figure.layers()) {
            if (layer instanceof PointLayer p) {
                pointPainter.paint(dst, layout, p);
            } else if (layer instanceof ArrowLayer a) {
                shapePainter.arrows(dst, layout, a);
            } else if (layer instanceof MaskLayer m) {
                shapePainter.mask(dst, layout, m);
            } else if (layer instanceof CellLayer c) {
                CellPainter.paint(dst, layout, c);
            }
        }
        if (figure.showLegend()) {
            drawLegend(dst, layout, figure);
        }
        return target;
    }

    /** The layout of {@code figure} (from the cache when the chrome is unchanged). */
    public PlotLayout layout(PlaneFigure figure) {
        return ChromeKey.of(figure).equals(chromeKey) ? chromeLayout : PlotLayout.of(figure);
    }

    /** {@code {px, py}}: where data point {@code (x, y)} is drawn in {@code figure} (see {@link PlotLayout}). */
    public static double[] toPixel(PlaneFigure figure, double x, double y) {
        return PlotLayout.of(figure).toPixel(x, y);
    }

    /**
     * {@code {x, y}}: the data point under pixel position {@code (px, py)} of {@code figure}. For many calls (mouse
     * moves) keep the {@link #layout(PlaneFigure)} instead, which is cached.
     */
    public static double[] toData(PlaneFigure figure, double px, double py) {
        return PlotLayout.of(figure).toData(px, py);
    }

    /** Forgets every cached chrome, legend, stamp and contour; the next frame is drawn from scratch. */
    public void clearCaches() {
        chromeKey = null;
        legendKey = null;
        legendSprite = null;
        contourGrid = null;
        contourSegments = null;
        backgroundGrid = null;
        backgroundKey = null;
    }

    /** The colour of contour {@code level}: the figure's, or light/dark by the colour map's lightness there. */
    static int contourColor(PlaneFigure figure, double level) {
        if (figure.contourArgb() != 0) {
            return figure.contourArgb();
        }
        double[] r = figure.colorRange();
        return figure.colormap().lightness((level - r[0]) / (r[1] - r[0])) > 62 ? DARK_CONTOUR : LIGHT_CONTOUR;
    }

    private PlotLayout chrome(PlaneFigure figure) {
        ChromeKey key = ChromeKey.of(figure);
        if (key.equals(chromeKey)) {
            return chromeLayout;
        }
        PlotLayout layout = PlotLayout.of(figure);
        int area = figure.widthPx() * figure.heightPx();
        if (chromePixels == null || chromePixels.length != area) {
            chromePixels = new int[area]; // reused while the size stays the same: large arrays are costly to allocate
        }
        Raster r = new Raster(figure.widthPx(), figure.heightPx(), chromePixels);
        r.fill(figure.backgroundArgb());
        if (figure.showAxes()) {
            FigureStyle st = FigureStyle.forSize(figure.widthPx(), figure.heightPx());
            Graphics2D g = FigureStyle.graphics(r.toBufferedImage());
            Axes.paint(g, layout, st, AxisScale.LINEAR, figure.title(), figure.xTitle(), figure.yTitle());
            if (figure.heatmap() != null) {
                ColorBar.paint(g, r.argb(), layout, figure, st);
            }
            g.dispose();
        }
        chromeKey = key;
        chromeLayout = layout;
        return layout;
    }

    /** Copies the plot area's rows from {@code from} to {@code to} (same size). */
    private static void copyPlot(int[] from, int[] to, PlotLayout layout) {
        int w = layout.widthPx();
        for (int y = layout.plotTop(); y < layout.plotTop() + layout.plotHeight(); y++) {
            System.arraycopy(from, y * w + layout.plotLeft(), to, y * w + layout.plotLeft(), layout.plotWidth());
        }
    }

    /** Copies the cached chrome outside the plot area; the plot area is repainted in full by every frame. */
    private void copyMargins(int[] dst, PlotLayout layout) {
        int w = layout.widthPx();
        int top = layout.plotTop();
        int bottom = top + layout.plotHeight();
        int left = layout.plotLeft();
        int right = left + layout.plotWidth();
        System.arraycopy(chromePixels, 0, dst, 0, top * w);
        for (int y = top; y < bottom; y++) {
            System.arraycopy(chromePixels, y * w, dst, y * w, left);
            System.arraycopy(chromePixels, y * w + right, dst, y * w + right, w - right);
        }
        System.arraycopy(chromePixels, bottom * w, dst, bottom * w, dst.length - bottom * w);
    }

    private void plainBackground(int[] dst, PlotLayout layout, PlaneFigure figure) {
        int w = layout.widthPx();
        int left = layout.plotLeft();
        int right = left + layout.plotWidth();
        int bg = figure.plotBackgroundArgb();
        for (int y = layout.plotTop(); y < layout.plotTop() + layout.plotHeight(); y++) {
            Arrays.fill(dst, y * w + left, y * w + right, bg);
        }
        for (double t : layout.xTicks) {
            int x = (int) Math.floor(layout.toPixelX(t));
            if (x > left && x < right - 1) {
                for (int y = layout.plotTop(); y < layout.plotTop() + layout.plotHeight(); y++) {
                    dst[y * w + x] = FigureStyle.GRID_ARGB;
                }
            }
        }
        for (double t : layout.yTicks) {
            int y = (int) Math.floor(layout.toPixelY(t));
            if (y > layout.plotTop() && y < layout.plotTop() + layout.plotHeight() - 1) {
                Arrays.fill(dst, y * w + left, y * w + right, FigureStyle.GRID_ARGB);
            }
        }
    }

    private void drawContours(int[] dst, PlotLayout layout, PlaneFigure figure) {
        double[] levels = figure.contourLevels();
        if (levels.length == 0) {
            return;
        }
        if (figure.heatmap() != contourGrid || !Arrays.equals(levels, contourLevels)) {
            contourSegments = Contours.trace(figure.heatmap(), levels);
            contourGrid = figure.heatmap();
            contourLevels = levels;
        }
        int[] colours = new int[levels.length];
        for (int k = 0; k < levels.length; k++) {
            colours[k] = contourColor(figure, levels[k]);
        }
        double width = Math.max(1.0, FigureStyle.forSize(figure.widthPx(), figure.heightPx()).scale);
        shapePainter.contours(dst, layout, contourSegments, colours, width);
    }

    private void drawLegend(int[] dst, PlotLayout layout, PlaneFigure figure) {
        List<Legend.Entry> entries = Legend.entries(figure.layers());
        FigureStyle st = FigureStyle.forSize(figure.widthPx(), figure.heightPx());
        if (!entries.equals(legendKey) || st != legendStyle) {
            legendSprite = Legend.sprite(entries, st);
            legendKey = entries;
            legendStyle = st;
        }
        if (legendSprite != null) {
            int[] at = Legend.place(layout, legendSprite, figure.legendCorner(), st);
            Legend.composite(dst, layout.widthPx(), layout.heightPx(), legendSprite, at[0], at[1]);
        }
    }
}
