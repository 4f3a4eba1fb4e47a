package org.lsotexplorer.render;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * The colour legend of a heatmap: a vertical bar right of the plot, as tall as the plot, showing the colour map from
 * {@code lo} (bottom) to {@code hi} (top), with nice tick values, a mark for every contour level and the field's
 * label written upwards beside it. The bar's rows use the same table lookup as the heatmap, so a colour in the plot
 * can be read off the bar exactly.
 */
final class ColorBar {
    private ColorBar() {
    }

    private static int gapLeft(FigureStyle st) {
        return (int) Math.round(16 * st.scale);
    }

    private static int barWidth(FigureStyle st) {
        return (int) Math.round(18 * st.scale);
    }

    private static double[] ticks(PlaneFigure figure, FigureStyle st, int barHeight) {
        double[] r = figure.colorRange();
        return Ticks.nice(r[0], r[1], Math.max(2, (int) Math.round(barHeight / (60 * st.scale))));
    }

    /** Pixels the colour bar needs right of the plot area, including its labels and the outer padding. */
    static int reservedWidth(PlaneFigure figure, FigureStyle st) {
        int estimatedHeight = (int) (figure.heightPx() - 90 * st.scale);
        String[] labels = Ticks.labels(ticks(figure, st, estimatedHeight));
        int labelWidth = Math.max(FigureStyle.widest(st.tick, labels), st.tick.stringWidth("\u22120.0"));
        int title = figure.colorLabel().isEmpty() ? 0 : st.gap + FigureStyle.lineHeight(st.label);
        return gapLeft(st) + barWidth(st) + 1 + st.tickLength + st.gap + labelWidth + st.gap + title + st.pad;
    }

    static void paint(Graphics2D g, int[] dst, PlotLayout layout, PlaneFigure figure, FigureStyle st) {
        int x0 = layout.plotLeft() + layout.plotWidth() + gapLeft(st);
        int w = layout.widthPx();
        int bw = Math.min(barWidth(st), w - x0); // clipped when the figure is too narrow for its bar
        int top = layout.plotTop();
        int h = layout.plotHeight();
        Colormap map = figure.colormap();
        for (int j = 0; j < h; j++) {
            int argb = map.lutArgb(Colormap.index(1 - (j + 0.5) / h));
            int row = (top + j) * w;
            for (int i = 0; i < bw; i++) {
                dst[row + x0 + i] = argb;
            }
        }
        double[] range = figure.colorRange();
        double lo = range[0];
        double span = range[1] - range[0];
        for (double level : figure.contourLevels()) {
            int y = top + (int) Math.floor((1 - (level - lo) / span) * h);
            if (y >= top && y < top + h) {
                int c = PlaneRenderer.contourColor(figure, level);
                for (int i = 0; i < bw; i++) {
                    int p = y * w + x0 + i;
                    dst[p] = Blend.over(dst[p], c);
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(new Color(FigureStyle.FRAME_ARGB, true));
        g.drawRect(x0 - 1, top - 1, bw + 1, h + 1);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(st.tickFont);
        FontMetrics tm = st.tick;
        double[] ticks = ticks(figure, st, h);
        String[] labels = Ticks.labels(ticks);
        int labelX = x0 + bw + 1 + st.tickLength + st.gap;
        int half = Axes.digitHeight(st) / 2;
        for (int i = 0; i < ticks.length; i++) {
            int y = Axes.onEdge(top + (int) Math.floor((1 - (ticks[i] - lo) / span) * h), top + h);
            if (y < top || y >= top + h) {
                continue;
            }
            g.setColor(new Color(FigureStyle.FRAME_ARGB, true));
            g.fillRect(x0 + bw + 1, y, st.tickLength, 1);
            g.setColor(new Color(FigureStyle.TEXT_ARGB, true));
            g.drawString(labels[i], labelX, y + half);
        }
        if (!figure.colorLabel().isEmpty()) {
            int labelWidth = Math.max(FigureStyle.widest(tm, labels), tm.stringWidth("\u22120.0"));
            g.setFont(st.labelFont);
            String t = Axes.fit(st.label, figure.colorLabel(), h);
            int x = Math.min(labelX + labelWidth + st.gap + st.label.getAscent(), w - st.pad / 2 - st.label.getDescent());
            Axes.drawVertical(g, t, x, top + h / 2 + st.label.stringWidth(t) / 2);
        }
    }
}
