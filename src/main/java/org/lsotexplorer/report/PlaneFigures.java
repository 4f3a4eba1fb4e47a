package org.lsotexplorer.report;

import org.lsotexplorer.engine.GridValues;
import org.lsotexplorer.engine.PlaneBounds;
import org.lsotexplorer.engine.PlaneSnapshot;
import org.lsotexplorer.render.ArrowLayer;
import org.lsotexplorer.render.Colormap;
import org.lsotexplorer.render.MaskLayer;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PointLayer;
import org.lsotexplorer.render.ScalarGrid;
import org.lsotexplorer.render.Viewport;

/**
 * The standard views of a {@link PlaneSnapshot}: potential, arrows, mapped samples, singular set and raw
 * discriminator. Colours are fixed so that every figure reads the same way: source grey-blue, target orange,
 * mapped magenta, arrows white over the viridis potential, singular set red.
 */
public final class PlaneFigures {
    public static final int SOURCE_ARGB = 0x664a6fa5;
    public static final int TARGET_ARGB = 0xccff8c1a;
    public static final int MAPPED_ARGB = 0xb0d1267a;
    public static final int ARROW_ARGB = 0xd0ffffff;
    public static final int SINGULAR_ARGB = 0xe0e8262b;
    /** Arrows drawn in the static figures (a readable subset of the probe batch). */
    public static final int FIGURE_ARROWS = 400;

    private PlaneFigures() {
    }

    /** Viewport of a snapshot. */
    public static Viewport viewport(PlaneSnapshot s) {
        PlaneBounds b = s.bounds();
        return new Viewport(b.xMin(), b.xMax(), b.yMin(), b.yMax());
    }

    /** The grid of a snapshot's field as a render grid (same layout: row 0 at the bottom). */
    public static ScalarGrid grid(GridValues g) {
        PlaneBounds b = g.bounds();
        return new ScalarGrid(b.xMin(), b.xMax(), b.yMin(), b.yMax(), g.columns(), g.rows(), g.values());
    }

    private static PlaneFigure.Builder base(PlaneSnapshot s, String what, int sizePx) {
        return PlaneFigure.builder(viewport(s)).size(sizePx, sizePx)
                .title(what + " - " + s.solver().label() + ", step " + s.step());
    }

    /** The potential of method.md 3.6 with contours, source and target points. */
    public static PlaneFigure potential(PlaneSnapshot s, int sizePx) {
        PlaneFigure.Builder b = base(s, "Potential", sizePx);
        if (s.potential() != null) {
            b.heatmap(grid(s.potential()), Colormap.VIRIDIS, s.potential().label()).contours(12);
        }
        return b.layer(new PointLayer("source z ~ mu", s.source(), SOURCE_ARGB, 1.6f))
                .layer(new PointLayer("target codes y_j", s.target(), TARGET_ARGB, 1.6f)).build();
    }

    /** Arrows from a fixed probe batch to its images, over the potential. */
    public static PlaneFigure arrows(PlaneSnapshot s, int sizePx, int arrowCount) {
        PlaneFigure.Builder b = base(s, "Arrows z -> T(z)", sizePx);
        if (s.potential() != null) {
            b.heatmap(grid(s.potential()), Colormap.VIRIDIS, s.potential().label()).contours(12);
        }
        int n = Math.min(arrowCount, s.arrowFrom().length / 2);
        float[] from = new float[2 * n];
        float[] to = new float[2 * n];
        System.arraycopy(s.arrowFrom(), 0, from, 0, 2 * n);
        System.arraycopy(s.arrowTo(), 0, to, 0, 2 * n);
        return b.layer(new ArrowLayer("T(z) - z, " + n + " probe points", from, to, ARROW_ARGB))
                .layer(new PointLayer("target codes y_j", s.target(), TARGET_ARGB, 1.6f)).build();
    }

    /** Mapped samples T(z) over the target. */
    public static PlaneFigure mapped(PlaneSnapshot s, int sizePx) {
        return base(s, "Mapped T(z) over the target", sizePx)
                .layer(new PointLayer("target codes y_j", s.target(), TARGET_ARGB, 2.0f))
                .layer(new PointLayer("mapped T(z)", s.mapped(), MAPPED_ARGB, 1.6f))
                .build();
    }

    /** The singular set (tears of the map between modes) over the potential; null without a mask. */
    public static PlaneFigure singularSet(PlaneSnapshot s, int sizePx) {
        if (s.singularMask() == null || s.potential() == null) {
            return null;
        }
        ScalarGrid g = grid(s.potential());
        return base(s, "Singular set", sizePx)
                .heatmap(g, Colormap.VIRIDIS, s.potential().label()).contours(12)
                .layer(new PointLayer("target codes y_j", s.target(), TARGET_ARGB, 1.6f))
                .layer(MaskLayer.over(g, s.singularMask(), "singular set (tears of T)", SINGULAR_ARGB))
                .build();
    }

    /** The raw discriminator network over the plane; null when the solver has none. */
    public static PlaneFigure rawDiscriminator(PlaneSnapshot s, int sizePx) {
        GridValues raw = s.rawDiscriminator();
        if (raw == null) {
            return null;
        }
        PlaneFigure.Builder b = PlaneFigure.builder(viewport(s)).size(sizePx, sizePx)
                .title("Raw discriminator D(z) (extrapolated away from the codes), step " + s.step());
        return b.heatmap(grid(raw), Colormap.MAGMA, raw.label()).contours(12)
                .layer(new PointLayer("target codes y_j (where D is trained)", s.target(), 0xcc35b779, 1.6f))
                .build();
    }
}
