package org.lsotexplorer.ui.metrics;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The metrics panel: one row per metric of method.md section 4 with its live value; the tooltip of a row states the
 * metric's definition ({@code RunMetrics.definitions()}). Clicking a row plots that metric in the curve below.
 */
public final class MetricsPanelView {
    private final GridPane grid = new GridPane();

    public MetricsPanelView(MetricsViewModel vm) {
        grid.getStyleClass().add("metrics-panel");
        grid.setId("metricsPanel");
        int r = 0;
        Label heading = new Label();
        heading.setId("metricsSource");
        heading.getStyleClass().add("metrics-source");
        heading.textProperty().bind(vm.sourceProperty());
        heading.setWrapText(true);
        heading.setPrefWidth(300);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip headingTip = new Tooltip();
        headingTip.textProperty().bind(vm.sourceDetailProperty());
        headingTip.setWrapText(true);
        headingTip.setMaxWidth(360);
        heading.setTooltip(headingTip);
        grid.add(heading, 0, r++);
        Label note = new Label();
        note.setId("metricsNote");
        note.getStyleClass().add("metrics-note");
        note.textProperty().bind(vm.noteProperty());
        note.setWrapText(true);
        note.setPrefWidth(300);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        grid.add(note, 0, r++);
        for (MetricRow row : vm.rows()) {
            Label name = new Label(row.label());
            name.getStyleClass().add("metric-name");
            Label value = new Label();
            value.setId("metric-" + row.key());
            value.getStyleClass().add("metric-value");
            value.textProperty().bind(row.valueProperty());
            value.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox line = new HBox(8, name, spacer, value);
            line.getStyleClass().add("metric-row");
            Tooltip tip = new Tooltip(row.label() + ": " + row.definition() + "\nClick to plot it against the step.");
            tip.setShowDelay(Duration.millis(300));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            Tooltip.install(line, tip);
            line.setOnMouseClicked(e -> vm.selectedProperty().set(row.key()));
            vm.selectedProperty().addListener((o, was, now) -> line.pseudoClassStateChanged(SELECTED,
                    row.key().equals(now)));
            line.pseudoClassStateChanged(SELECTED, row.key().equals(vm.selectedProperty().get()));
            GridPane.setHgrow(line, Priority.ALWAYS);
            grid.add(line, 0, r++);
        }
    }

    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    public Node node() {
        return grid;
    }
}
