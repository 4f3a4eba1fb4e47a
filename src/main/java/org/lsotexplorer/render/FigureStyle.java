package org.lsotexplorer.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fonts, sizes and colours shared by every figure, scaled with the figure: {@code scale = min(width, height) / 800}
 * clamped to [0.8, 2.5], so an 800 px figure has 13 px tick labels, 15 px axis titles and a 17 px title.
 * Text uses the logical "SansSerif" font with greyscale antialiasing and integer metrics, so layouts are
 * reproducible on one machine. Instances are immutable and cached per scale.
 */
final class FigureStyle {
    static final int TEXT_ARGB = 0xFF222222;
    static final int FRAME_ARGB = 0xFF444444;
    static final int GRID_ARGB = 0xFFE6E6E6;

    private static final Map<Integer, FigureStyle> CACHE = new ConcurrentHashMap<>();

    final double scale;
    final Font tickFont;
    final Font labelFont;
    final Font titleFont;
    final Font legendFont;
    final FontMetrics tick;
    final FontMetrics label;
    final FontMetrics titleMetrics;
    final FontMetrics legend;
    final int tickLength;
    final int pad;
    final int gap;

    private FigureStyle(double scale) {
        this.scale = scale;
        tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) Math.round(13 * scale));
        labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) Math.round(15 * scale));
        titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) Math.round(17 * scale));
        legendFont = tickFont;
        Graphics2D g = graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB));
        tick = g.getFontMetrics(tickFont);
        label = g.getFontMetrics(labelFont);
        titleMetrics = g.getFontMetrics(titleFont);
        legend = g.getFontMetrics(legendFont);
        g.dispose();
        tickLength = (int) Math.round(5 * scale);
        pad = (int) Math.round(10 * scale);
        gap = (int) Math.round(4 * scale);
    }

    /** The style of a figure of the given size. */
    static FigureStyle forSize(int widthPx, int heightPx) {
        double s = Math.max(0.8, Math.min(2.5, Math.min(widthPx, heightPx) / 800.0));
        int key = (int) Math.round(s * 100);
        return CACHE.computeIfAbsent(key, k -> new FigureStyle(k / 100.0));
    }

    /** A graphics context on {@code image} with the text and shape hints every figure uses. */
    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /** Height of one line of text in {@code m}. */
    static int lineHeight(FontMetrics m) {
        return m.getAscent() + m.getDescent();
    }

    /** Widest string of {@code texts} in {@code m}. */
    static int widest(FontMetrics m, String[] texts) {
        int w = 0;
        for (String t : texts) {
            w = Math.max(w, m.stringWidth(t));
        }
        return w;
    }
}
