package org.lsotexplorer.live;

import java.util.Locale;
import org.lsotexplorer.engine.ExactProbeMap;
import org.lsotexplorer.engine.ExplainedPhase;
import org.lsotexplorer.engine.GridValues;
import org.lsotexplorer.engine.PlaneSnapshot;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.math.metrics.MapAgreement;
import org.lsotexplorer.render.ArrowLayer;
import org.lsotexplorer.render.CellLayer;
import org.lsotexplorer.render.Colormap;
import org.lsotexplorer.render.MaskLayer;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PointLayer;
import org.lsotexplorer.render.ScalarGrid;
import org.lsotexplorer.render.Viewport;
import org.lsotexplorer.report.PlaneFigures;

/**
 * Builds the live plane figure from a snapshot, the layer selection and the viewport. The viewport defaults to the
 * snapshot's bounds (where the potential grid lies); x and y always share one scale. Layers from bottom to top:
 * heatmap with contours, singular set (red), source (grey-blue), painted points (green), arrows (white), exact OT map
 * arrows (cyan, over the learned ones: where the maps agree, cyan shows), target
 * (orange), mapped (magenta), so the points the arrows end on stay visible; colours follow {@link PlaneFigures}. The
 * heatmap's colour range is held steady between frames by a {@link ColorRangeTracker}. Keeps small caches between
 * frames, so use one instance per view, on one thread. Never throws for data problems; a figure smaller than 64 px
 * is built at 64 px.
 */
public final class PlaneFigureFactory {
    /** Arrows drawn over a light background (no heatmap), dark enough to read. */
    public static final int DARK_ARROW_ARGB = 0xD0364152;
    /** The window's background behind the plot, so the figure blends into the pane. */
    public static final int BACKGROUND_ARGB = 0xFFF5F6F8;
    /** The plot where no heatmap is drawn (outside the snapshot's grid after a pan or zoom). */
    public static final int OUTSIDE_GRID_ARGB = 0xFFE9EBEF;
    /** The exact OT map's arrows (cyan: apart from viridis, the white learned arrows and the orange codes). */
    public static final int EXACT_ARROW_ARGB = 0xF000E5FF;
    /** Painted points. */
    public static final int DRAWN_ARGB = 0xE0127A3A;
    private static final double DEFAULT_HALF_SPAN = 3.3;

    static final String SINGULAR_LABEL = "singular set (tears of T)";
    private final ColorRangeTracker potentialRange = new ColorRangeTracker();
    private MaskLayer sharpSingular;
    private ExplainedPhase highlight;
    private CellLayer cells;
    private volatile boolean legend = true;
    private ExactProbeMap exactSource;
    private float[] exactFrom;
    private float[] exactTo;
    private ArrowLayer exactArrows;
    /** Highlighted points of an explained phase: first group (green), second group (red). */
    public static final int HIGHLIGHT_ARGB = 0xFF18C25A;
    public static final int HIGHLIGHT_SECOND_ARGB = 0xFFE8432E;
    private final ColorRangeTracker rawRange = new ColorRangeTracker();
    private GridValues lastPotential;
    private GridValues lastRaw;
    private double[] potentialLimits;
    private double[] rawLimits;
    private GridValues gridKeyA;
    private GridValues gridKeyB;
    private ScalarGrid gridA;
    private ScalarGrid gridB;
    private float[] arrowSource;
    private float[] arrowFrom;
    private float[] arrowTargetSource;
    private float[] arrowTo;

    /** The viewport shown when the user has not panned or zoomed: the snapshot's bounds. */
    public static Viewport defaultViewport(PlaneSnapshot s) {
        return s == null ? Viewport.centered(DEFAULT_HALF_SPAN) : PlaneFigures.viewport(s);
    }

    /**
     * The figure.
     *
     * @param s the snapshot, or null to show only painted points
     * @param requested the user's viewport, or null for {@link #defaultViewport}
     * @param drawnXy painted points to overlay (interleaved), or null
     */
    public PlaneFigure build(PlaneSnapshot s, LayerSelection sel, Viewport requested, int widthPx, int heightPx,
                             float[] drawnXy) {
        return build(s, sel, requested, widthPx, heightPx, drawnXy, "");
    }

    /** As {@link #build(PlaneSnapshot, LayerSelection, Viewport, int, int, float[])}, titled {@code emptyTitle}
     * when there is no snapshot. */
    public PlaneFigure build(PlaneSnapshot s, LayerSelection sel, Viewport requested, int widthPx, int heightPx,
                             float[] drawnXy, String emptyTitle) {
        int w = Math.max(64, widthPx);
        int h = Math.max(64, heightPx);
        Viewport v = requested != null ? requested : defaultViewport(s);
        PlaneFigure.Builder b = frame(s, sel, v, w, h);
        PointLayer drawn = drawnXy == null || drawnXy.length == 0 ? null : new PointLayer(String.format(Locale.ROOT,
                "drawn points (%,d)", drawnXy.length / 2), drawnXy, DRAWN_ARGB, 3f, 0xFFFFFFFF);
        if (s == null) {
            b.title(emptyTitle);
            if (drawn != null) {
                b.layer(drawn);
            }
        } else {
            addLayers(b, s, sel, drawn);
        }
        return b.build();
    }

    private PlaneFigure.Builder frame(PlaneSnapshot s, LayerSelection sel, Viewport v, int w, int h) {
        PlaneFigure.Builder b = PlaneFigure.builder(v).size(w, h).background(BACKGROUND_ARGB)
                .plotBackground(OUTSIDE_GRID_ARGB)
                .legend(legend, PlaneFigure.LegendCorner.TOP_LEFT).title(title(s));
        if (s == null) {
            return b;
        }
        int contours = sel.contours() ? 12 : 0;
        if (sel.rawDiscriminator() && s.rawDiscriminator() != null) {
            GridValues raw = s.rawDiscriminator();
            b.heatmap(grid(raw), Colormap.MAGMA, "raw D(z): extrapolated away from the codes").contours(contours)
                    .colorRange(rawLimits(raw)[0], rawLimits(raw)[1]);
        } else if (sel.potential() && s.potential() != null) {
            GridValues pot = s.potential();
            b.heatmap(grid(pot), Colormap.VIRIDIS, pot.label()).contours(contours)
                    .colorRange(potentialLimits(pot)[0], potentialLimits(pot)[1]);
        }
        return b;
    }

    private static String title(PlaneSnapshot s) {
        if (s == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%s  \u00b7  %s  \u00b7  step %,d of %,d", shortLabel(s.solver()),
                s.targetName(), s.step(), s.totalSteps());
    }

    /** The solver's label without its parenthesis, except LSOT's, which names the paper. */
    public static String shortLabel(SolverKind k) {
        String l = k.label();
        int paren = l.indexOf(" (");
        return k == SolverKind.LSOT || paren < 0 ? l : l.substring(0, paren);
    }

    private void addLayers(PlaneFigure.Builder b, PlaneSnapshot s, LayerSelection sel, PointLayer drawn) {
        if (sel.cells() && cells != null) {
            b.layer(cells);
        }
        if (sel.singularSet() && sharpSingular != null) {
            b.layer(sharpSingular);
        } else if (sel.singularSet() && s.singularMask() != null && s.potential() != null) {
            b.layer(MaskLayer.over(grid(s.potential()), s.singularMask(), SINGULAR_LABEL, PlaneFigures.SINGULAR_ARGB));
        }
        if (sel.source()) {
            b.layer(new PointLayer("source z ~ \u03bc", s.source(), 0x99c9d6ea, 1.5f));
        }
        if (drawn != null) {
            b.layer(drawn);
        }
        if (sel.arrows()) {
            updateArrows(s);
            boolean overHeatmap = sel.potential() && s.potential() != null
                    || sel.rawDiscriminator() && s.rawDiscriminator() != null;
            String what = s.mapped().length == 0 && s.arrowFrom().length > 0
                    ? "pairs matched so far (" + arrowFrom.length / 2 + " shown)"
                    : "z \u2192 T(z), " + arrowFrom.length / 2 + " probe points";
            b.layer(new ArrowLayer(what, arrowFrom, arrowTo,
                    overHeatmap ? PlaneFigures.ARROW_ARGB : DARK_ARROW_ARGB, 1.1f, 6f));
        }
        if (sel.exactMap() && exactArrows != null) {
            b.layer(exactArrows);
        }
        if (sel.target()) {
            b.layer(new PointLayer("target codes y_j", s.target(), PlaneFigures.TARGET_ARGB, 1.8f));
        }
        if (sel.mapped()) {
            b.layer(new PointLayer("mapped T(z)", s.mapped(), PlaneFigures.MAPPED_ARGB, 1.7f));
        }
        if (highlight != null && highlight.primary().length > 0) {
            b.layer(new PointLayer(highlight.primaryLabel(), highlight.primary(), HIGHLIGHT_ARGB, 3.2f, 0xFFFFFFFF));
        }
        if (highlight != null && highlight.secondary().length > 0) {
            b.layer(new PointLayer(highlight.secondaryLabel(), highlight.secondary(), HIGHLIGHT_SECOND_ARGB, 3.2f,
                    0xFFFFFFFF));
        }
    }

    private void updateArrows(PlaneSnapshot s) {
        if (s.arrowFrom() != arrowSource) {
            arrowSource = s.arrowFrom();
            arrowFrom = head(arrowSource);
        }
        if (s.arrowTo() != arrowTargetSource) {
            arrowTargetSource = s.arrowTo();
            arrowTo = head(arrowTargetSource);
        }
    }

    private static float[] head(float[] xy) {
        int n = Math.min(FramePipeline.LIVE_ARROWS, xy.length / 2);
        float[] out = new float[2 * n];
        System.arraycopy(xy, 0, out, 0, 2 * n);
        return out;
    }

    private double[] potentialLimits(GridValues g) {
        if (g != lastPotential) {
            lastPotential = g;
            potentialLimits = potentialRange.update(grid(g).finiteRange());
        }
        return potentialLimits == null ? new double[] {0, 1} : potentialLimits;
    }

    private double[] rawLimits(GridValues g) {
        if (g != lastRaw) {
            lastRaw = g;
            rawLimits = rawRange.update(grid(g).finiteRange());
        }
        return rawLimits == null ? new double[] {0, 1} : rawLimits;
    }

    /** The render grid of a field, the same object for the same field (the renderer caches contours by it). */
    private ScalarGrid grid(GridValues g) {
        if (g != gridKeyA && g != gridKeyB) {
            gridKeyB = gridKeyA;
            gridB = gridA;
            gridKeyA = g;
            gridA = PlaneFigures.grid(g);
        }
        return g == gridKeyA ? gridA : gridB;
    }

    /**
     * A singular-set mask at screen resolution over the viewport, drawn instead of the snapshot's grid mask by the
     * next {@link #build} calls (null: the grid mask).
     */
    public void useSingularMask(MaskLayer mask) {
        sharpSingular = mask;
    }

    /** The Laguerre cells to draw under the points when that layer is on (null: none). */
    public void useCells(CellLayer layer) {
        cells = layer;
    }

    /**
     * The exact OT map's arrows drawn by the next {@link #build} calls when that layer is on (null map: none), with
     * the shown map's agreement with it in the legend (null: not defined).
     */
    public void useExactArrows(ExactProbeMap map, MapAgreement agreement) {
        if (map == null) {
            exactSource = null;
            exactArrows = null;
            return;
        }
        if (map != exactSource) {
            exactSource = map;
            exactFrom = map.fromXy();
            exactTo = map.toXy();
        }
        exactArrows = new ArrowLayer(exactLabel(map.size(), agreement), exactFrom, exactTo, EXACT_ARROW_ARGB, 1.1f,
                6f);
    }

    /** The legend of the exact map's arrows: what they are and the read-outs tied to them. */
    public static String exactLabel(int points, MapAgreement a) {
        String what = String.format(Locale.ROOT, "exact OT map z \u2192 T_exact(z), %d probe points", points);
        return a == null ? what : what + String.format(Locale.ROOT, ": L2-UVP %.2f, cosine %.3f", a.l2Uvp(),
                a.cosine());
    }

    /** Whether figures carry the layer legend (default on; small side-by-side panes show it outside instead). */
    public void showLegend(boolean on) {
        legend = on;
    }

    /** The explained phase whose points the next {@link #build} calls draw on top (null: none). */
    public void highlight(ExplainedPhase phase) {
        highlight = phase;
    }

    /** Forgets colour ranges and cached arrows (a new run). */
    public void clear() {
        potentialRange.clear();
        rawRange.clear();
        lastPotential = null;
        lastRaw = null;
        potentialLimits = null;
        rawLimits = null;
        arrowSource = null;
        arrowTargetSource = null;
        gridKeyA = null;
        gridKeyB = null;
    }
}
