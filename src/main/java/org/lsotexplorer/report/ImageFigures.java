package org.lsotexplorer.report;

import org.lsotexplorer.engine.images.ImageTiles;
import org.lsotexplorer.engine.images.InterpolationStrips;
import org.lsotexplorer.engine.images.LatentPlane;
import org.lsotexplorer.engine.images.PlaneField;
import org.lsotexplorer.render.ArrowLayer;
import org.lsotexplorer.render.Colormap;
import org.lsotexplorer.render.MaskLayer;
import org.lsotexplorer.render.ScalarGrid;
import org.lsotexplorer.render.ImageMosaic;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PointLayer;
import org.lsotexplorer.render.Raster;
import org.lsotexplorer.render.Viewport;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Figures of an image run: decoded grids, interpolation strips and the latent plane (shared by CLI and GUI). */
public final class ImageFigures {
    /** Frame colour of strip tiles next to a singular-set crossing. */
    public static final int CROSSING_ARGB = 0xFFE8262B;
    /** Ten distinguishable class colours (digits 0..9). */
    public static final int[] CLASS_ARGB = {
        0xFF1F77B4, 0xFFFF7F0E, 0xFF2CA02C, 0xFFD62728, 0xFF9467BD,
        0xFF8C564B, 0xFFE377C2, 0xFF7F7F7F, 0xFFBCBD22, 0xFF17BECF};
    private static final int LABEL_BAND_PX = 22;

    private ImageFigures() {
    }

    /** A grid of tiles, {@code columns} per row, each pixel repeated {@code scale} times. */
    public static Raster grid(ImageTiles t, int columns, int scale) {
        return mosaic(t, columns, scale).render();
    }

    static ImageMosaic mosaic(ImageTiles t, int columns, int scale) {
        return ImageMosaic.of(t.tiles(), t.height(), t.width(), t.channels()).withColumns(Math.max(1, columns))
                .withScale(scale);
    }

    /** Frame colour of a preview tile whose code is a blend of training codes (the tile shows the nearest). */
    public static final int BLENDED_ARGB = 0xFFFF8C1A;

    /**
     * A grid of training-image previews (no decoder): tiles whose caption starts with "blended" get an orange frame,
     * and a line above the grid says what the tiles and the frames mean.
     */
    public static Raster previews(ImageTiles t, int columns, int scale) {
        int[] markers = new int[t.count()];
        int blended = 0;
        for (int i = 0; i < markers.length; i++) {
            String c = t.captions() == null ? null : t.captions().get(i);
            if (c != null && c.startsWith("blended")) {
                markers[i] = BLENDED_ARGB;
                blended++;
            }
        }
        Raster grid = mosaic(t, columns, scale).withMarkers(markers).render();
        String label = "no decoder: the training image of the nearest code" + (blended == 0 ? ""
                : "; orange frames: T(z) is blended between codes (" + blended + " of " + t.count() + ")");
        return withLabel(grid, label);
    }

    private static Raster withLabel(Raster r, String label) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        int textWidth = pg.getFontMetrics(font).stringWidth(label) + 8;
        pg.dispose();
        int width = Math.max(textWidth, r.width());
        BufferedImage img = new BufferedImage(width, r.height() + LABEL_BAND_PX, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, img.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            g.setColor(new Color(0x222222));
            g.drawString(label, 4, 15);
            g.drawImage(r.toBufferedImage(), 0, LABEL_BAND_PX, null);
        } finally {
            g.dispose();
        }
        return Raster.copyOf(img);
    }

    /** A scale that makes tiles about {@code targetPx} pixels wide (at least 1). */
    public static int scaleFor(ImageTiles t, int targetPx) {
        return Math.max(1, Math.round(targetPx / (float) t.width()));
    }

    /**
     * The two strips one above the other, each under a label; tiles beside a singular-set crossing of the noise
     * strip are framed in red.
     */
    public static Raster strips(InterpolationStrips s, int scale) {
        Raster latent = mosaic(s.latent(), s.latent().count(), scale).render();
        Raster noise = mosaic(s.noise(), s.noise().count(), scale).withMarkers(s.noiseMarkers(CROSSING_ARGB))
                .render();
        String latentLabel = "latent-space linear interpolation: decode((1-t) y_a + t y_b)";
        String noiseLabel = "noise pushed through the map: decode(T((1-t) z_a + t z_b))"
                + (!s.crossingsKnown() ? " (this generator has no singular set)"
                : s.crossesSingularSet() ? "; red frames: the path crosses the singular set" : "; no crossing");
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        int textWidth = pg.getFontMetrics(font).stringWidth(noiseLabel) + 8;
        pg.dispose();
        int width = Math.max(textWidth, Math.max(latent.width(), noise.width()));
        int height = 2 * LABEL_BAND_PX + latent.height() + noise.height();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            g.setColor(new Color(0x222222));
            g.drawString(latentLabel, 4, 15);
            g.drawImage(latent.toBufferedImage(), 0, LABEL_BAND_PX, null);
            int y2 = LABEL_BAND_PX + latent.height();
            g.drawString(noiseLabel, 4, y2 + 15);
            g.drawImage(noise.toBufferedImage(), 0, y2 + LABEL_BAND_PX, null);
        } finally {
            g.dispose();
        }
        return Raster.copyOf(img);
    }

    /** Arrows z -&gt; T(z) of the probe batch in the latent plane. */
    public static final int PROBE_ARROW_ARGB = 0x90404040;
    /** The straight noise path and its points. */
    public static final int PATH_ARGB = 0xFF1565C0;

    /**
     * The latent plane: codes coloured by class (labels 0..9 each get a colour; other labels share colours by
     * {@code label mod 10}), and the mapped fixed noise; when the plane carries them, arrows {@code z -> T(z)} of the
     * probe batch (projected) and a straight noise path whose segments across the singular set are marked in red.
     */
    public static PlaneFigure latentPlane(LatentPlane p, int widthPx, int heightPx, boolean showMapped) {
        float[] all = interleave(p.codes());
        float[] mapped = interleave(p.mapped());
        boolean own = p.noisePath() != null;
        float[] path = own ? interleave(p.noisePath()) : new float[0];
        float[] noise = own ? interleave(p.noise()) : new float[0];
        Viewport v = own ? Viewport.around(0.05, all, mapped, path, noise) : Viewport.around(0.05, all, mapped);
        PlaneField f = p.field();
        if (f != null) {
            v = new Viewport(f.xMin(), f.xMax(), f.yMin(), f.yMax());
        }
        PlaneFigure.Builder b = PlaneFigure.builder(v).size(widthPx, heightPx).equalAspect(true)
                .title(p.description()).axisTitles(p.axisTitles()[0], p.axisTitles()[1])
                .legend(true, PlaneFigure.LegendCorner.TOP_RIGHT);
        if (f != null) {
            b.heatmap(new ScalarGrid(f.xMin(), f.xMax(), f.yMin(), f.yMax(), f.columns(), f.rows(), f.potential()),
                    Colormap.VIRIDIS, "Kantorovich potential phi(z)").contours(12);
            if (f.cellBoundaries() != null) {
                b.layer(new MaskLayer("cells W_j of the map", v, f.columns(), f.rows(), f.cellBoundaries(),
                        0x70FFFFFF));
            }
            b.layer(new MaskLayer("singular set", v, f.columns(), f.rows(), f.singular(),
                    PlaneFigures.SINGULAR_ARGB));
        }
        if (p.labels() == null) {
            b.layer(new PointLayer("codes y_j", all, PlaneFigures.TARGET_ARGB, 1.6f));
        } else {
            String word = own ? "label " : "digit ";
            boolean small = java.util.Arrays.stream(p.labels()).allMatch(l -> l >= 0 && l < 10);
            for (int k = 0; k < 10; k++) {
                float[] xy = classPoints(p, k);
                if (xy.length > 0) {
                    String name = small ? word + k : "labels = " + k + " mod 10";
                    b.layer(new PointLayer(name, xy, (CLASS_ARGB[k] & 0x00FFFFFF) | 0xB0000000, 1.6f));
                }
            }
        }
        if (showMapped && own) {
            b.layer(new ArrowLayer("z -> T(z), " + p.noise().length + " probe points", noise, mapped,
                    PROBE_ARROW_ARGB));
        }
        if (showMapped) {
            b.layer(new PointLayer("mapped noise T(z)", mapped, 0xFF000000, 2.6f, 0xFFFFFFFF));
        }
        if (own && path.length >= 4) {
            b.layer(new ArrowLayer("straight noise path", java.util.Arrays.copyOf(path, path.length - 2),
                    java.util.Arrays.copyOfRange(path, 2, path.length), PATH_ARGB, 1.5f, 0f));
            float[] crossings = crossingMidpoints(p);
            if (crossings.length > 0) {
                b.layer(new PointLayer("path crosses the singular set", crossings, CROSSING_ARGB, 4f, 0xFFFFFFFF));
            }
        }
        return b.build();
    }

    private static float[] crossingMidpoints(LatentPlane p) {
        boolean[] c = p.pathCrossings();
        if (c == null) {
            return new float[0];
        }
        java.util.List<Float> xy = new java.util.ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            if (c[i]) {
                xy.add((float) (0.5 * (p.noisePath()[i][0] + p.noisePath()[i + 1][0])));
                xy.add((float) (0.5 * (p.noisePath()[i][1] + p.noisePath()[i + 1][1])));
            }
        }
        float[] out = new float[xy.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xy.get(i);
        }
        return out;
    }

    private static float[] classPoints(LatentPlane p, int k) {
        int n = 0;
        for (int l : p.labels()) {
            n += Math.floorMod(l, 10) == k ? 1 : 0;
        }
        float[] xy = new float[2 * n];
        int j = 0;
        for (int i = 0; i < p.labels().length; i++) {
            if (Math.floorMod(p.labels()[i], 10) == k) {
                xy[j++] = (float) p.codes()[i][0];
                xy[j++] = (float) p.codes()[i][1];
            }
        }
        return xy;
    }

    static float[] interleave(double[][] pts) {
        float[] xy = new float[2 * pts.length];
        for (int i = 0; i < pts.length; i++) {
            xy[2 * i] = (float) pts[i][0];
            xy[2 * i + 1] = (float) pts[i][1];
        }
        return xy;
    }
}
