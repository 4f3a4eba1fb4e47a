package org.lsotexplorer.render;

/**
 * Where the plot area of a figure lies in its raster, and the mapping between data and pixel coordinates that every
 * layer, the heatmap and the GUI's hover read-out share.
 *
 * <p>Pixel coordinates are continuous: pixel {@code (i, j)} covers {@code [i, i+1) x [j, j+1)} with its centre at
 * {@code (i + 0.5, j + 0.5)}, x to the right and y downwards. Data x grows to the right and <b>data y grows
 * upwards</b>:
 * <pre>
 *   px = plotLeft + (x - xMin) / (xMax - xMin) * plotWidth
 *   py = plotTop  + (yMax - y) / (yMax - yMin) * plotHeight
 * </pre>
 * and {@link #toDataX}/{@link #toDataY} are the exact inverses. A JavaFX mouse position on a canvas showing the
 * raster at 1:1 can be passed to {@code toData*} directly. With equal aspect the plot area shrinks along one axis
 * (and is centred in the space it had) so that one data unit spans the same number of pixels on both axes, up to
 * the rounding of the plot size to whole pixels; the viewport is always exactly the figure's. A figure too small
 * for its margins still gets a plot area of at least one pixel inside the raster. Nothing here throws; positions
 * outside the plot area simply map outside the viewport.
 */
public final class PlotLayout {
    private final int widthPx;
    private final int heightPx;
    private final int plotLeft;
    private final int plotTop;
    private final int plotWidth;
    private final int plotHeight;
    private final Viewport viewport;
    final double[] xTicks;
    final double[] yTicks;

    PlotLayout(int widthPx, int heightPx, int plotLeft, int plotTop, int plotWidth, int plotHeight,
            Viewport viewport, double[] xTicks, double[] yTicks) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.plotLeft = plotLeft;
        this.plotTop = plotTop;
        this.plotWidth = plotWidth;
        this.plotHeight = plotHeight;
        this.viewport = viewport;
        this.xTicks = xTicks;
        this.yTicks = yTicks;
    }

    /** The layout {@link PlaneRenderer} uses for {@code figure}. */
    public static PlotLayout of(PlaneFigure figure) {
        int w = figure.widthPx();
        int h = figure.heightPx();
        if (!figure.showAxes()) {
            Viewport v = figure.viewport();
            if (!figure.equalAspect()) {
                return new PlotLayout(w, h, 0, 0, w, h, v, new double[0], new double[0]);
            }
            double unitsPerPx = Math.max(v.width() / w, v.height() / h);
            int fitW = Math.max(1, (int) Math.round(v.width() / unitsPerPx));
            int fitH = Math.max(1, (int) Math.round(v.height() / unitsPerPx));
            return new PlotLayout(w, h, (w - fitW) / 2, (h - fitH) / 2, fitW, fitH, v, new double[0], new double[0]);
        }
        FigureStyle st = FigureStyle.forSize(w, h);
        int right = figure.heatmap() == null ? 0 : ColorBar.reservedWidth(figure, st);
        return framed(w, h, st, figure.title(), figure.xTitle(), figure.yTitle(), right, figure.viewport(),
                figure.equalAspect(), AxisScale.LINEAR);
    }

    /**
     * Margins for a title, tick labels and axis titles around the plot area, plus {@code rightReserve} pixels on the
     * right (colour bar); the y margin is sized from the widest y tick label.
     */
    static PlotLayout framed(int w, int h, FigureStyle st, String title, String xTitle, String yTitle,
            int rightReserve, Viewport requested, boolean equalAspect, AxisScale yScale) {
        int top = st.pad + (title.isEmpty() ? st.tick.getAscent() / 2 : FigureStyle.lineHeight(st.titleMetrics)
                + st.pad);
        int bottom = st.tickLength + st.gap + FigureStyle.lineHeight(st.tick)
                + (xTitle.isEmpty() ? 0 : st.gap + FigureStyle.lineHeight(st.label)) + st.pad;
        int right = rightReserve > 0 ? rightReserve : st.pad + st.tick.stringWidth("\u22120.00") / 2;
        int yTitleWidth = yTitle.isEmpty() ? 0 : FigureStyle.lineHeight(st.label) + st.gap;
        double[] yt = yScale.ticks(requested.yMin(), requested.yMax(), targetCount(h - top - bottom,
                70 * st.scale));
        int left = st.pad + yTitleWidth + FigureStyle.widest(st.tick, yScale.labels(yt)) + st.gap + st.tickLength;
        int pw = Math.max(16, w - left - right);
        int ph = Math.max(16, h - top - bottom);
        if (equalAspect) {
            double unitsPerPx = Math.max(requested.width() / pw, requested.height() / ph);
            int fitW = Math.max(16, (int) Math.round(requested.width() / unitsPerPx));
            int fitH = Math.max(16, (int) Math.round(requested.height() / unitsPerPx));
            left += (pw - fitW) / 2;
            top += (ph - fitH) / 2;
            pw = fitW;
            ph = fitH;
            yt = yScale.ticks(requested.yMin(), requested.yMax(), targetCount(ph, 70 * st.scale));
        }
        // a figure too small for its margins keeps a (tiny) plot inside the raster rather than drawing outside it
        left = Math.min(left, w - 1);
        top = Math.min(top, h - 1);
        pw = Math.min(pw, w - left);
        ph = Math.min(ph, h - top);
        double[] xt = AxisScale.LINEAR.ticks(requested.xMin(), requested.xMax(), targetCount(pw, 90 * st.scale));
        return new PlotLayout(w, h, left, top, pw, ph, requested, xt, yt);
    }

    private static int targetCount(int lengthPx, double spacingPx) {
        return Math.max(2, (int) Math.round(lengthPx / spacingPx));
    }

    /** Width of the whole raster. */
    public int widthPx() {
        return widthPx;
    }

    /** Height of the whole raster. */
    public int heightPx() {
        return heightPx;
    }

    /** First pixel column of the plot area. */
    public int plotLeft() {
        return plotLeft;
    }

    /** First pixel row of the plot area. */
    public int plotTop() {
        return plotTop;
    }

    public int plotWidth() {
        return plotWidth;
    }

    public int plotHeight() {
        return plotHeight;
    }

    /** The data rectangle the plot area shows: the figure's viewport. */
    public Viewport viewport() {
        return viewport;
    }

    public double toPixelX(double x) {
        return plotLeft + (x - viewport.xMin()) / viewport.width() * plotWidth;
    }

    public double toPixelY(double y) {
        return plotTop + (viewport.yMax() - y) / viewport.height() * plotHeight;
    }

    public double toDataX(double px) {
        return viewport.xMin() + (px - plotLeft) / plotWidth * viewport.width();
    }

    public double toDataY(double py) {
        return viewport.yMax() - (py - plotTop) / plotHeight * viewport.height();
    }

    /** {@code {px, py}} of data point {@code (x, y)}. */
    public double[] toPixel(double x, double y) {
        return new double[] {toPixelX(x), toPixelY(y)};
    }

    /** {@code {x, y}} of pixel position {@code (px, py)}. */
    public double[] toData(double px, double py) {
        return new double[] {toDataX(px), toDataY(py)};
    }

    /** True when pixel position {@code (px, py)} falls in the plot area. */
    public boolean inPlot(double px, double py) {
        return px >= plotLeft && px < plotLeft + plotWidth && py >= plotTop && py < plotTop + plotHeight;
    }

    /** The same mapping on another viewport (for the curve renderer's padded ranges). */
    PlotLayout withViewport(Viewport v, double[] xt, double[] yt) {
        return new PlotLayout(widthPx, heightPx, plotLeft, plotTop, plotWidth, plotHeight, v, xt, yt);
    }
}
