package org.lsotexplorer.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws a {@link CurveFigure} into an opaque {@link Raster}: white background, light grid lines at the ticks, each
 * series as an antialiased polyline (about 2 px wide at 640 px) in series order, axes with ticks and titles, and a
 * legend box in the plot corner that hides the fewest data points (top right when several tie). With a log axis the plot maps {@code log10(value)} linearly.
 * Without any drawable point the axes span [0, 1] and the plot says "no data"; bad data never throws.
 * Stateless and thread-safe.
 */
public final class CurveRenderer {
    private CurveRenderer() {
    }

    /** Where the plot lies; y data coordinates are {@code log10(value)} when the figure has a log axis. */
    public static PlotLayout layout(CurveFigure figure) {
        FigureStyle st = FigureStyle.forSize(figure.widthPx(), figure.heightPx());
        return PlotLayout.framed(figure.widthPx(), figure.heightPx(), st, figure.title(), figure.xTitle(),
                figure.yTitle(), 0, dataRange(figure), false, figure.logY() ? AxisScale.LOG10 : AxisScale.LINEAR);
    }

    public static Raster render(CurveFigure figure) {
        FigureStyle st = FigureStyle.forSize(figure.widthPx(), figure.heightPx());
        PlotLayout layout = layout(figure);
        Raster raster = new Raster(figure.widthPx(), figure.heightPx());
        raster.fill(0xFFFFFFFF);
        int[] dst = raster.argb();
        gridLines(dst, layout);
        CoverageMask mask = new CoverageMask(layout.widthPx(), layout.heightPx());
        mask.clip(layout.plotLeft(), layout.plotTop(), layout.plotLeft() + layout.plotWidth(),
                layout.plotTop() + layout.plotHeight());
        double lineWidth = 2 * st.scale;
        List<Legend.Entry> entries = new ArrayList<>();
        for (CurveFigure.Series s : figure.series()) {
            polyline(mask, layout, figure, s, lineWidth);
            mask.flush(dst, s.argb());
            if (!s.name().isBlank()) {
                entries.add(new Legend.Entry(Legend.Kind.LINE, s.name(), s.argb(), (float) lineWidth, 0));
            }
        }
        Graphics2D g = FigureStyle.graphics(raster.toBufferedImage());
        Axes.paint(g, layout, st, figure.logY() ? AxisScale.LOG10 : AxisScale.LINEAR, figure.title(),
                figure.xTitle(), figure.yTitle());
        if (!hasData(figure)) {
            g.setFont(st.labelFont);
            g.setColor(new Color(0xFF888888, true));
            String text = "no data";
            g.drawString(text, layout.plotLeft() + (layout.plotWidth() - st.label.stringWidth(text)) / 2,
                    layout.plotTop() + layout.plotHeight() / 2);
        }
        g.dispose();
        if (figure.showLegend()) {
            Raster sprite = Legend.sprite(entries, st);
            if (sprite != null) {
                int[] at = legendPlace(figure, layout, sprite, st);
                Legend.composite(dst, layout.widthPx(), layout.heightPx(), sprite, at[0], at[1]);
            }
        }
        return raster;
    }

    /** The plot corner whose legend box would hide the fewest points (top right, top left, ... on ties). */
    private static int[] legendPlace(CurveFigure f, PlotLayout layout, Raster sprite, FigureStyle st) {
        PlaneFigure.LegendCorner[] order = {PlaneFigure.LegendCorner.TOP_RIGHT, PlaneFigure.LegendCorner.TOP_LEFT,
            PlaneFigure.LegendCorner.BOTTOM_RIGHT, PlaneFigure.LegendCorner.BOTTOM_LEFT};
        int[] best = null;
        int fewest = Integer.MAX_VALUE;
        for (PlaneFigure.LegendCorner corner : order) {
            int[] at = Legend.place(layout, sprite, corner, st);
            int hidden = 0;
            for (CurveFigure.Series s : f.series()) {
                for (int i = 0; i < s.steps().length; i++) {
                    if (f.drawable(s.steps()[i], s.values()[i])) {
                        double px = layout.toPixelX(s.steps()[i]);
                        double py = layout.toPixelY(f.logY() ? Math.log10(s.values()[i]) : s.values()[i]);
                        if (px >= at[0] - 4 && px < at[0] + sprite.width() + 4 && py >= at[1] - 4
                                && py < at[1] + sprite.height() + 4) {
                            hidden++;
                        }
                    }
                }
            }
            if (hidden < fewest) {
                fewest = hidden;
                best = at;
            }
        }
        return best;
    }

    private static void polyline(CoverageMask mask, PlotLayout layout, CurveFigure f, CurveFigure.Series s,
            double lineWidth) {
        double[] x = s.steps();
        double[] v = s.values();
        for (int i = 0; i < x.length; i++) {
            if (!f.drawable(x[i], v[i])) {
                continue;
            }
            double px = layout.toPixelX(x[i]);
            double py = layout.toPixelY(f.logY() ? Math.log10(v[i]) : v[i]);
            boolean next = i + 1 < x.length && f.drawable(x[i + 1], v[i + 1]);
            boolean previous = i > 0 && f.drawable(x[i - 1], v[i - 1]);
            if (next) {
                mask.line(px, py, layout.toPixelX(x[i + 1]),
                        layout.toPixelY(f.logY() ? Math.log10(v[i + 1]) : v[i + 1]), lineWidth);
            } else if (!previous) {
                mask.disc(px, py, 1.5 * lineWidth);
            }
        }
    }

    private static void gridLines(int[] dst, PlotLayout layout) {
        int w = layout.widthPx();
        int left = layout.plotLeft();
        int right = left + layout.plotWidth();
        int top = layout.plotTop();
        int bottom = top + layout.plotHeight();
        for (double t : layout.xTicks) {
            int x = (int) Math.floor(layout.toPixelX(t));
            for (int y = top; x >= left && x < right && y < bottom; y++) {
                dst[y * w + x] = FigureStyle.GRID_ARGB;
            }
        }
        for (double t : layout.yTicks) {
            int y = (int) Math.floor(layout.toPixelY(t));
            if (y >= top && y < bottom) {
                Arrays.fill(dst, y * w + left, y * w + right, FigureStyle.GRID_ARGB);
            }
        }
    }

    private static boolean hasData(CurveFigure f) {
        for (CurveFigure.Series s : f.series()) {
            for (int i = 0; i < s.steps().length; i++) {
                if (f.drawable(s.steps()[i], s.values()[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The padded range of all drawable points, in axis coordinates; [0, 1]^2 without any. */
    static Viewport dataRange(CurveFigure f) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (CurveFigure.Series s : f.series()) {
            for (int i = 0; i < s.steps().length; i++) {
                double x = s.steps()[i];
                double v = s.values()[i];
                if (f.drawable(x, v)) {
                    double y = f.logY() ? Math.log10(v) : v;
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x0 > x1) {
            return new Viewport(0, 1, 0, 1);
        }
        double[] xs = padded(x0, x1);
        double[] ys = padded(y0, y1);
        return new Viewport(xs[0], xs[1], ys[0], ys[1]);
    }

    private static double[] padded(double lo, double hi) {
        double span = hi - lo;
        if (span <= 0) {
            double half = lo == 0 ? 0.5 : Math.abs(lo) * 0.05;
            return new double[] {lo - half, hi + half};
        }
        return new double[] {lo - 0.04 * span, hi + 0.04 * span};
    }
}
