package org.lsotexplorer.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The layer legend: a rounded, nearly opaque white box with one row per labelled layer (a glyph in the layer's colour,
 * then its label). It is drawn once into a small transparent sprite with Java2D and blended over the plot each frame.
 * Glyph colours are shown at least 85 % opaque, so a faint dense cloud still has a readable key.
 */
final class Legend {
    enum Kind { POINT, ARROW, MASK, LINE }

    /** Edge drawn around pale glyphs so they show on the white box. */
    private static final int HALO_ARGB = 0xFF8A8A8A;

    /** One legend row; {@code size} is the point radius or line width in pixels. */
    record Entry(Kind kind, String label, int argb, float size, int outlineArgb) {
    }

    private Legend() {
    }

    static List<Entry> entries(List<PlaneLayer> layers) {
        List<Entry> out = new ArrayList<>();
        for (PlaneLayer layer : layers) {
            if (layer.label().isBlank()) {
                continue;
            }
            if (layer instanceof PointLayer p) {
                out.add(new Entry(Kind.POINT, p.label(), p.argb(), p.radiusPx(), p.outlineArgb()));
            } else if (layer instanceof ArrowLayer a) {
                out.add(new Entry(Kind.ARROW, a.label(), a.argb(), a.widthPx(), 0));
            } else if (layer instanceof MaskLayer m) {
                out.add(new Entry(Kind.MASK, m.label(), m.argb(), 0, 0));
            } else if (layer instanceof CellLayer c) {
                out.add(new Entry(Kind.MASK, c.label(), 0xFFB2182B, 0, 0));
            }
        }
        return out;
    }

    /** The legend box as a transparent raster, or null for no entries. */
    static Raster sprite(List<Entry> entries, FigureStyle st) {
        if (entries.isEmpty()) {
            return null;
        }
        int pad = (int) Math.round(8 * st.scale);
        int glyph = (int) Math.round(26 * st.scale);
        int row = Math.max(FigureStyle.lineHeight(st.legend), (int) Math.round(16 * st.scale)) + st.gap;
        int labelWidth = 0;
        for (Entry e : entries) {
            labelWidth = Math.max(labelWidth, st.legend.stringWidth(e.label()));
        }
        int w = pad + glyph + 2 * st.gap + labelWidth + pad;
        int h = 2 * pad + entries.size() * row - st.gap;
        Raster sprite = new Raster(w, h);
        Graphics2D g = FigureStyle.graphics(sprite.toBufferedImage());
        double arc = 6 * st.scale;
        g.setColor(new Color(0xEBFFFFFF, true));
        g.fill(new RoundRectangle2D.Double(0.5, 0.5, w - 1, h - 1, arc, arc));
        g.setColor(new Color(0xFFB4B4B4, true));
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(0.5, 0.5, w - 1, h - 1, arc, arc));
        g.setFont(st.legendFont);
        int digitHalf = Axes.digitHeight(st) / 2;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double cy = pad + i * row + (row - st.gap) / 2.0;
            drawGlyph(g, e, pad, cy, glyph, st.scale);
            g.setColor(new Color(FigureStyle.TEXT_ARGB, true));
            g.drawString(e.label(), pad + glyph + 2 * st.gap, (int) Math.round(cy) + digitHalf);
        }
        g.dispose();
        return sprite;
    }

    private static void drawGlyph(Graphics2D g, Entry e, double x, double cy, double width, double scale) {
        Color c = new Color((e.argb() & 0xFFFFFF) | Math.max(e.argb() >>> 24, 217) << 24, true);
        boolean pale = Lab.lightness(e.argb()) > 80; // would vanish on the white box: give it a grey edge
        Color edge = new Color(HALO_ARGB, true);
        double cx = x + width / 2;
        switch (e.kind()) {
            case POINT -> {
                double r = Math.max(4.5 * scale, Math.min(7 * scale, e.size() * 1.5));
                Ellipse2D disc = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
                g.setColor(c);
                g.fill(disc);
                if (e.outlineArgb() != 0 || pale) {
                    g.setColor(e.outlineArgb() != 0 ? new Color(e.outlineArgb(), true) : edge);
                    g.setStroke(new BasicStroke(1f));
                    g.draw(disc);
                }
            }
            case ARROW -> {
                double head = 7 * scale;
                float stroke = (float) Math.max(1.5, e.size() * 1.2);
                Line2D shaft = new Line2D.Double(x + 1, cy, x + width - head, cy);
                Path2D tip = new Path2D.Double();
                tip.moveTo(x + width, cy);
                tip.lineTo(x + width - head, cy - head * 0.45);
                tip.lineTo(x + width - head, cy + head * 0.45);
                tip.closePath();
                if (pale) {
                    g.setColor(edge);
                    g.setStroke(new BasicStroke(stroke + 2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                    g.draw(shaft);
                    g.draw(tip);
                }
                g.setColor(c);
                g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                g.draw(shaft);
                g.fill(tip);
            }
            case MASK -> {
                double side = 12 * scale;
                Rectangle2D box = new Rectangle2D.Double(cx - side, cy - side / 2, 2 * side, side);
                g.setColor(new Color((e.argb() & 0xFFFFFF) | Math.max(e.argb() >>> 24, 150) << 24, true));
                g.fill(box);
                g.setColor(pale ? edge : new Color(e.argb() | 0xFF000000, true));
                g.setStroke(new BasicStroke(1f));
                g.draw(box);
            }
            case LINE -> {
                g.setColor(c);
                g.setStroke(new BasicStroke(Math.max(2f, e.size()), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x + 2, cy, x + width - 2, cy));
            }
            default -> throw new IllegalStateException("unknown legend kind " + e.kind());
        }
    }

    /** Blends {@code sprite} onto {@code dst} (a raster {@code dstWidth} wide) with its top-left at {@code (x, y)}. */
    static void composite(int[] dst, int dstWidth, int dstHeight, Raster sprite, int x, int y) {
        int[] src = sprite.argb();
        for (int j = 0; j < sprite.height(); j++) {
            int ty = y + j;
            if (ty < 0 || ty >= dstHeight) {
                continue;
            }
            for (int i = 0; i < sprite.width(); i++) {
                int tx = x + i;
                int s = src[j * sprite.width() + i];
                if (tx >= 0 && tx < dstWidth && (s >>> 24) != 0) {
                    dst[ty * dstWidth + tx] = Blend.over(dst[ty * dstWidth + tx], s);
                }
            }
        }
    }

    /** Top-left pixel of a legend of the given size in {@code corner} of the plot area. */
    static int[] place(PlotLayout layout, Raster sprite, PlaneFigure.LegendCorner corner, FigureStyle st) {
        int inset = (int) Math.round(10 * st.scale);
        boolean leftSide = corner == PlaneFigure.LegendCorner.TOP_LEFT || corner == PlaneFigure.LegendCorner.BOTTOM_LEFT;
        boolean topSide = corner == PlaneFigure.LegendCorner.TOP_LEFT || corner == PlaneFigure.LegendCorner.TOP_RIGHT;
        int x = leftSide ? layout.plotLeft() + inset : layout.plotLeft() + layout.plotWidth() - inset - sprite.width();
        int y = topSide ? layout.plotTop() + inset : layout.plotTop() + layout.plotHeight() - inset - sprite.height();
        return new int[] {x, y};
    }
}
