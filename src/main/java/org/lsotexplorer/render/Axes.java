package org.lsotexplorer.render;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;

/**
 * Draws the frame of a plot with Java2D: a one-pixel box just outside the plot area, outward tick marks with
 * numeric labels on the bottom and left edges, the axis titles and a title line centred over the plot. Text that
 * would not fit in the figure is shortened with an ellipsis. Only the margins are touched, never the plot area.
 */
final class Axes {
    private Axes() {
    }

    static void paint(Graphics2D g, PlotLayout layout, FigureStyle st, AxisScale yScale, String title,
            String xTitle, String yTitle) {
        int left = layout.plotLeft();
        int top = layout.plotTop();
        int right = left + layout.plotWidth();
        int bottom = top + layout.plotHeight();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(new Color(FigureStyle.FRAME_ARGB, true));
        g.drawRect(left - 1, top - 1, layout.plotWidth() + 1, layout.plotHeight() + 1);
        g.setFont(st.tickFont);
        FontMetrics tm = st.tick;
        int digitHalf = digitHeight(st) / 2;
        String[] xLabels = AxisScale.LINEAR.labels(layout.xTicks);
        for (int i = 0; i < layout.xTicks.length; i++) {
            int x = onEdge((int) Math.floor(layout.toPixelX(layout.xTicks[i])), right);
            if (x < left || x >= right) {
                continue;
            }
            g.setColor(new Color(FigureStyle.FRAME_ARGB, true));
            g.fillRect(x, bottom + 1, 1, st.tickLength);
            g.setColor(new Color(FigureStyle.TEXT_ARGB, true));
            g.drawString(xLabels[i], x - tm.stringWidth(xLabels[i]) / 2,
                    bottom + 1 + st.tickLength + st.gap + tm.getAscent());
        }
        String[] yLabels = yScale.labels(layout.yTicks);
        for (int i = 0; i < layout.yTicks.length; i++) {
            int y = onEdge((int) Math.floor(layout.toPixelY(layout.yTicks[i])), bottom);
            if (y < top || y >= bottom) {
                continue;
            }
            g.setColor(new Color(FigureStyle.FRAME_ARGB, true));
            g.fillRect(left - 1 - st.tickLength, y, st.tickLength, 1);
            g.setColor(new Color(FigureStyle.TEXT_ARGB, true));
            g.drawString(yLabels[i], left - 1 - st.tickLength - st.gap - tm.stringWidth(yLabels[i]),
                    y + digitHalf);
        }
        g.setColor(new Color(FigureStyle.TEXT_ARGB, true));
        g.setFont(st.labelFont);
        FontMetrics lm = st.label;
        if (!xTitle.isEmpty()) {
            String t = fit(lm, xTitle, layout.widthPx() - 2 * st.pad);
            int x = (left + right) / 2 - lm.stringWidth(t) / 2;
            x = Math.max(st.pad, Math.min(x, layout.widthPx() - st.pad - lm.stringWidth(t)));
            g.drawString(t, x, bottom + 1 + st.tickLength + st.gap + FigureStyle.lineHeight(tm) + st.gap
                    + lm.getAscent());
        }
        if (!yTitle.isEmpty()) {
            String t = fit(lm, yTitle, layout.plotHeight());
            int labelsLeft = left - 1 - st.tickLength - st.gap - FigureStyle.widest(tm, yLabels);
            int x = Math.max(lm.getAscent(), labelsLeft - st.gap - lm.getDescent());
            drawVertical(g, t, x, (top + bottom) / 2 + lm.stringWidth(t) / 2);
        }
        if (!title.isEmpty()) {
            g.setFont(st.titleFont);
            FontMetrics fm = st.titleMetrics;
            String t = fit(fm, title, layout.widthPx() - 2 * st.pad);
            int x = (left + right) / 2 - fm.stringWidth(t) / 2;
            x = Math.max(st.pad, Math.min(x, layout.widthPx() - st.pad - fm.stringWidth(t)));
            g.drawString(t, x, Math.max(fm.getAscent(), top - 1 - st.pad - fm.getDescent()));
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    /** A tick exactly on the far edge of the plot ({@code end}, exclusive) is drawn on its last pixel row/column. */
    static int onEdge(int pixel, int end) {
        return pixel == end ? end - 1 : pixel;
    }

    /** Draws {@code text} reading bottom to top, baseline at column {@code x}, starting at row {@code y}. */
    static void drawVertical(Graphics2D g, String text, int x, int y) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        g.drawString(text, 0, 0);
        g.setTransform(saved);
    }

    /** Height of the digits in the tick font, for centring labels on tick marks. */
    static int digitHeight(FigureStyle st) {
        return (int) Math.round(st.tickFont.getSize2D() * 0.73);
    }

    /** {@code text}, shortened with an ellipsis until it is at most {@code maxWidth} px wide. */
    static String fit(FontMetrics m, String text, int maxWidth) {
        if (m.stringWidth(text) <= maxWidth) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && m.stringWidth(t + "\u2026") > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }
}
