package org.lsotexplorer.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.lsotexplorer.engine.LiveMetrics;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.ui.metrics.MetricRow;
import org.lsotexplorer.ui.metrics.MetricsViewModel;

/**
 * The metric table under the panes: rows are the metrics of method.md section 4, columns the panes. Each column is
 * one pane's {@link MetricsViewModel} (the live panel's formatting and wording), so a finished pane shows its final
 * evaluation, the numbers of {@code metrics.json}, and a training pane shows estimates on the small sample; the
 * first row says which. Cell ids: {@code #cmp-<metric key>-<pane>} and {@code #cmp-source-<pane>}. FX thread only.
 */
final class CompareMetricsTable {
    private final GridPane grid = new GridPane();
    private final List<MetricsViewModel> columns = new ArrayList<>();
    private final List<Label> headers = new ArrayList<>();
    private final List<LiveMetrics> shown = new ArrayList<>();
    private final int modes;

    /** @param modes K for a target with known modes, else 0 */
    CompareMetricsTable(int panes, int modes) {
        this.modes = modes;
        grid.setId("compareTable");
        grid.setHgap(18);
        grid.setVgap(1);
        grid.setStyle("-fx-padding: 4 10 4 10; -fx-background-color: white; -fx-border-color: #d5d9e0;"
                + " -fx-font-size: 11px;");
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(150);
        grid.getColumnConstraints().add(first);
        Label corner = bold("Metric");
        grid.add(corner, 0, 0);
        MetricsViewModel labels = new MetricsViewModel();
        List<MetricRow> rows = labels.rows();
        grid.add(bold("Values"), 0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Label name = new Label(rows.get(r).label());
            name.setTooltip(new Tooltip(rows.get(r).definition()));
            grid.add(name, 0, r + 2);
        }
        for (int p = 0; p < panes; p++) {
            MetricsViewModel m = new MetricsViewModel();
            columns.add(m);
            shown.add(null);
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(c);
            Label head = bold("Pane " + (p + 1));
            head.setId("cmp-head-" + p);
            headers.add(head);
            grid.add(head, p + 1, 0);
            Label source = new Label();
            source.setId("cmp-source-" + p);
            source.textProperty().bind(m.sourceProperty());
            source.setWrapText(true);
            grid.add(source, p + 1, 1);
            for (int r = 0; r < m.rows().size(); r++) {
                MetricRow row = m.rows().get(r);
                Label v = new Label();
                v.setId("cmp-" + row.key() + "-" + p);
                v.textProperty().bind(row.valueProperty());
                grid.add(v, p + 1, r + 2);
            }
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** A new run in pane {@code p} (solver {@code solver}, heading {@code title}): the column starts empty. */
    void reset(int p, SolverKind solver, String title) {
        columns.get(p).clear(modes, solver == SolverKind.LSOT);
        headers.get(p).setText("Pane " + (p + 1) + ": " + title);
        shown.set(p, null);
    }

    /** Takes pane {@code p}'s newest metrics (estimate or final); cheap when unchanged. */
    void update(int p, LiveMetrics m) {
        if (m != null && m != shown.get(p)) {
            shown.set(p, m);
            columns.get(p).update(m);
        }
    }

    /** Pane {@code p}'s column (tests read the formatted values). */
    MetricsViewModel column(int p) {
        return columns.get(p);
    }

    Node node() {
        return grid;
    }
}
