package org.lsotexplorer.report;

import java.util.ArrayList;
import java.util.List;
import org.lsotexplorer.engine.RunHistory;
import org.lsotexplorer.render.CurveFigure;

/**
 * Loss and metric curves from a run history. Long runs are decimated to at most {@link #MAX_POINTS} points per
 * series by bucket means, so a curve stays cheap to draw however long the run.
 */
public final class Curves {
    public static final int MAX_POINTS = 2000;
    private static final int[] PALETTE = {0xff1f77b4, 0xffd62728, 0xff2ca02c, 0xff9467bd, 0xffff7f0e, 0xff8c564b};

    private Curves() {
    }

    /** One series per logged loss (not the metrics); null when nothing was logged. */
    public static CurveFigure losses(RunHistory history, int widthPx, int heightPx) {
        List<RunHistory.Row> rows = history.rows();
        CurveFigure.Builder b = CurveFigure.builder().title("Training losses").size(widthPx, heightPx)
                .axisTitles("step", "loss");
        int k = 0;
        for (String col : history.columns()) {
            if (isMetric(col)) {
                continue;
            }
            double[][] xy = series(rows, col);
            if (xy[0].length == 0) {
                continue;
            }
            b.series(new CurveFigure.Series(col, xy[0], xy[1], PALETTE[k++ % PALETTE.length]));
        }
        return k == 0 ? null : b.build();
    }

    /** True for metric columns (logged at evaluations), false for losses. */
    public static boolean isMetric(String column) {
        return switch (column) {
            case "modes_covered", "high_quality_fraction", "mass_balance", "w2_to_target", "map_optimality",
                    "l2_uvp", "cosine", "refine_samples", "refine_halvings", "cell_mass_error_max",
                    "refine_iterations", "refine_seconds", "semi_discrete_cost" -> true;
            default -> false;
        };
    }

    /** The (step, value) pairs of one column, decimated. */
    public static double[][] series(List<RunHistory.Row> rows, String column) {
        List<double[]> pts = new ArrayList<>();
        for (RunHistory.Row r : rows) {
            Double v = r.values().get(column);
            if (v != null && Double.isFinite(v)) {
                pts.add(new double[] {r.step(), v});
            }
        }
        int n = pts.size();
        int buckets = Math.min(n, MAX_POINTS);
        double[] x = new double[buckets];
        double[] y = new double[buckets];
        for (int bkt = 0; bkt < buckets; bkt++) {
            int from = (int) ((long) bkt * n / buckets);
            int to = (int) ((long) (bkt + 1) * n / buckets);
            for (int i = from; i < to; i++) {
                x[bkt] += pts.get(i)[0];
                y[bkt] += pts.get(i)[1];
            }
            x[bkt] /= to - from;
            y[bkt] /= to - from;
        }
        return new double[][] {x, y};
    }
}
