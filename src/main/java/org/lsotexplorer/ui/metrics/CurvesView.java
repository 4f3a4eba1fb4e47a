package org.lsotexplorer.ui.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lsotexplorer.engine.RunHistory;
import org.lsotexplorer.report.Curves;

/**
 * The two curve charts beside the plane: the training losses against the step (from the run history, every loss
 * column with its own axis) and the metric chosen in the metrics panel against the step (from the live
 * evaluations). Both are decimated by {@link Curves#series} to at most {@link Curves#MAX_POINTS} points per curve,
 * so a refresh stays cheap however long the run. The frame pump calls {@link #refresh} about once a second.
 */
public final class CurvesView {
    private final MetricsViewModel metrics;
    private final VBox root = new VBox(4);
    private final CurveChart losses = new CurveChart("lossChart");
    private final CurveChart metric = new CurveChart("metricChart");
    private final Label metricTitle = new Label();
    private final ConvergenceChart convergence = new ConvergenceChart();

    public CurvesView(MetricsViewModel metrics) {
        this.metrics = metrics;
        root.getStyleClass().add("curves");
        Label lossTitle = new Label("Training losses");
        lossTitle.getStyleClass().add("section-title");
        metricTitle.getStyleClass().add("section-title");
        metricTitle.textProperty().bind(metrics.selectedProperty().map(k -> metrics.labelOf(k)
                + " against the step"));
        metricTitle.setTooltip(new javafx.scene.control.Tooltip("Click a metric above to plot it here."));
        javafx.scene.control.Tooltip.install(losses.node(), new javafx.scene.control.Tooltip("Every logged loss"
                + " against the step, each on its own axis; decimated to at most 2,000 points per curve. Drag to"
                + " zoom, right-click for more."));
        javafx.scene.control.Tooltip.install(metric.node(), new javafx.scene.control.Tooltip("The metric chosen"
                + " above, evaluated about once a second on fresh samples. Drag to zoom, right-click for more."));
        VBox.setVgrow(losses.node(), Priority.ALWAYS);
        VBox.setVgrow(metric.node(), Priority.ALWAYS);
        root.getChildren().addAll(lossTitle, losses.node(), metricTitle, metric.node(), convergence.node());
    }

    public Node node() {
        return root;
    }

    /** Redraws both charts from the run history (may be null) and the live metric history, in one batch each. */
    public void refresh(RunHistory history) {
        refresh(history, Integer.MAX_VALUE);
    }

    /** As {@link #refresh(RunHistory)}, with the live metric curve cut at {@code lastStep} (a rewound timeline). */
    public void refresh(RunHistory history, int lastStep) {
        Map<String, double[][]> lossData = new LinkedHashMap<>();
        if (history != null) {
            List<RunHistory.Row> rows = history.rows();
            for (String col : history.columns()) {
                if (!Curves.isMetric(col)) {
                    lossData.put(col, Curves.series(rows, col));
                }
            }
        }
        losses.show(lossData);
        String key = metrics.selectedProperty().get();
        List<RunHistory.Row> live = metrics.history().stream().filter(r -> r.step() <= lastStep).toList();
        Map<String, double[][]> metricData = new LinkedHashMap<>();
        if (!live.isEmpty()) {
            metricData.put(key, Curves.series(live, key));
        }
        metric.show(metricData);
    }

    /** The refinement convergence chart (shown once a refinement has run). */
    public ConvergenceChart convergence() {
        return convergence;
    }

    /** Points on the loss chart (tests). */
    public int lossPointCount() {
        return losses.pointCount();
    }
}
