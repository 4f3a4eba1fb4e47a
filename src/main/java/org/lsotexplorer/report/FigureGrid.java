package org.lsotexplorer.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.lsotexplorer.render.Raster;

/**
 * A labelled grid of figures, e.g. a report's {@code figures.png}: row {@code r}, column {@code c} shows
 * {@code figures[r][c]} scaled (bilinear, aspect kept) into a {@code tilePx} square, the column labels above, the row
 * labels to the left and a title on top. A missing figure (null) leaves its square grey with the words "no figure".
 * Failure behaviour: label counts that do not match the grid, or a tile size outside 32..2048, throw
 * {@link IllegalArgumentException}.
 */
public final class FigureGrid {
    private static final int GAP = 8;
    private static final int HEADER = 28;
    private static final int TITLE = 34;
    private static final Color BACKGROUND = Color.WHITE;

    private FigureGrid() {
    }

    public static Raster render(String title, List<String> rowLabels, List<String> columnLabels,
                                BufferedImage[][] figures, int tilePx) {
        if (tilePx < 32 || tilePx > 2048) {
            throw new IllegalArgumentException("tile size must be in 32..2048 px, got " + tilePx);
        }
        if (figures.length != rowLabels.size()) {
            throw new IllegalArgumentException(figures.length + " rows of figures but " + rowLabels.size()
                    + " row labels");
        }
        for (BufferedImage[] row : figures) {
            if (row.length != columnLabels.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " figures but there are "
                        + columnLabels.size() + " column labels");
            }
        }
        Font labelFont = new Font(Font.SANS_SERIF, Font.BOLD, 14);
        Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 16);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(labelFont);
        int labelWidth = 0;
        for (String s : rowLabels) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(s));
        }
        pg.dispose();
        int left = labelWidth + 2 * GAP;
        int width = left + columnLabels.size() * (tilePx + GAP);
        int height = TITLE + HEADER + rowLabels.size() * (tilePx + GAP) + GAP;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(titleFont);
        g.drawString(title, GAP, TITLE - 12);
        g.setFont(labelFont);
        for (int c = 0; c < columnLabels.size(); c++) {
            String s = columnLabels.get(c);
            int x = left + c * (tilePx + GAP) + (tilePx - fm.stringWidth(s)) / 2;
            g.drawString(s, Math.max(left + c * (tilePx + GAP), x), TITLE + HEADER - 10);
        }
        for (int r = 0; r < rowLabels.size(); r++) {
            int y = TITLE + HEADER + r * (tilePx + GAP);
            g.setColor(Color.BLACK);
            g.drawString(rowLabels.get(r), GAP, y + tilePx / 2 + fm.getAscent() / 2);
            for (int c = 0; c < columnLabels.size(); c++) {
                drawTile(g, figures[r][c], left + c * (tilePx + GAP), y, tilePx, fm);
            }
        }
        g.dispose();
        return Raster.copyOf(img);
    }

    private static void drawTile(Graphics2D g, BufferedImage f, int x, int y, int tilePx, FontMetrics fm) {
        if (f == null) {
            g.setColor(new Color(0xDDDDDD));
            g.fillRect(x, y, tilePx, tilePx);
            g.setColor(Color.DARK_GRAY);
            g.drawString("no figure", x + (tilePx - fm.stringWidth("no figure")) / 2, y + tilePx / 2);
            return;
        }
        double scale = Math.min((double) tilePx / f.getWidth(), (double) tilePx / f.getHeight());
        int w = (int) Math.round(f.getWidth() * scale);
        int h = (int) Math.round(f.getHeight() * scale);
        g.drawImage(f, x + (tilePx - w) / 2, y + (tilePx - h) / 2, w, h, null);
    }
}
