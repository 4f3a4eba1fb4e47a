package org.lsotexplorer.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lsotexplorer.engine.PlaneSnapshot;
import org.lsotexplorer.engine.RunHistory;
import org.lsotexplorer.render.CurveFigure;
import org.lsotexplorer.render.CurveRenderer;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PlaneRenderer;
import org.lsotexplorer.render.PngWriter;

/**
 * Writes the PNG figures of a run folder: {@code potential.png}, {@code arrows.png}, {@code mapped.png}, and for
 * LSOT {@code singular-set.png} and {@code raw-discriminator.png}, plus {@code curves.png} (losses against the
 * step, decimated to at most 2,000 points per series).
 */
public final class RunFigures {
    public static final int FIGURE_PX = 900;

    private RunFigures() {
    }

    /** Writes every figure that applies; returns the file names written. */
    public static List<String> write(Path dir, PlaneSnapshot s, RunHistory history) throws IOException {
        Map<String, PlaneFigure> figs = new LinkedHashMap<>();
        figs.put("potential.png", PlaneFigures.potential(s, FIGURE_PX));
        figs.put("arrows.png", PlaneFigures.arrows(s, FIGURE_PX, PlaneFigures.FIGURE_ARROWS));
        figs.put("mapped.png", PlaneFigures.mapped(s, FIGURE_PX));
        figs.put("singular-set.png", PlaneFigures.singularSet(s, FIGURE_PX));
        figs.put("raw-discriminator.png", PlaneFigures.rawDiscriminator(s, FIGURE_PX));
        PlaneRenderer renderer = new PlaneRenderer();
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, PlaneFigure> e : figs.entrySet()) {
            if (e.getValue() != null) {
                PngWriter.write(renderer.render(e.getValue()), dir.resolve(e.getKey()));
                written.add(e.getKey());
            }
        }
        CurveFigure curves = Curves.losses(history, 1100, 600);
        if (curves != null) {
            PngWriter.write(CurveRenderer.render(curves), dir.resolve("curves.png"));
            written.add("curves.png");
        }
        return written;
    }
}
