package org.lsotexplorer.ui.data;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lsotexplorer.engine.SolverKind;

/**
 * The problem strip of the side bar: the dataset picker (six toys, drawn points, a CSV file), the solver picker,
 * the brush tools for drawn points (brush on/off, size, clear, count) and loading / saving points as CSV.
 */
public final class ProblemView {
    private final VBox root = new VBox(8);
    private final ComboBox<Dataset> datasets = new ComboBox<>();
    private final ComboBox<SolverKind> solvers = new ComboBox<>();
    private boolean syncing;

    public ProblemView(DataViewModel vm, ObservableValue<SolverKind> solver, DataActions actions) {
        root.getStyleClass().add("problem");
        datasets.setId("datasetPicker");
        datasets.getItems().setAll(Dataset.choices());
        datasets.setValue(vm.dataset());
        datasets.setMaxWidth(Double.MAX_VALUE);
        datasets.setTooltip(new Tooltip("The target distribution: a toy of method.md, points you paint, or a CSV"
                + " file (one x,y point per line). Changing it resets the run."));
        datasets.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && !now.equals(vm.dataset())) {
                actions.pickDataset(now);
                sync(() -> datasets.setValue(vm.dataset()));
            }
        });
        vm.datasetProperty().addListener((o, was, now) -> sync(() -> datasets.setValue(now)));
        solvers.setId("solverPicker");
        solvers.getItems().setAll(SolverKind.values());
        solvers.setValue(solver.getValue());
        solvers.setMaxWidth(Double.MAX_VALUE);
        solvers.setCellFactory(l -> new SolverCell());
        solvers.setButtonCell(new SolverCell());
        solvers.setTooltip(new Tooltip("How the map is computed (method.md section 3). LSOT is the paper's method;"
                + " the others are references. Changing it resets the run."));
        solvers.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && now != solver.getValue()) {
                actions.pickSolver(now);
                sync(() -> solvers.setValue(solver.getValue()));   // unchanged until the switch is confirmed
            }
        });
        solver.addListener((o, was, now) -> sync(() -> solvers.setValue(now)));
        GridPane pickers = new GridPane();
        pickers.getStyleClass().add("pickers");
        pickers.addRow(0, fixed(new Label("Dataset")), datasets);
        pickers.addRow(1, fixed(new Label("Solver")), solvers);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        pickers.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        root.getChildren().addAll(pickers, brushRow(vm, actions), fileRow(actions));
    }

    private static Label fixed(Label l) {
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void sync(Runnable r) {
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    private static Node brushRow(DataViewModel vm, DataActions actions) {
        ToggleButton brush = new ToggleButton("Brush");
        brush.setId("brushToggle");
        brush.selectedProperty().bindBidirectional(vm.brushOnProperty());
        brush.setTooltip(new Tooltip("Paint target points on the plane: click adds, drag paints (key B)."
                + " Right-drag still pans. The run resets when you release the mouse."));
        Slider size = new Slider(1, 60, vm.brushSizePxProperty().get());
        size.setId("brushSize");
        size.valueProperty().bindBidirectional(vm.brushSizePxProperty());
        size.setPrefWidth(80);
        size.setTooltip(new Tooltip("Brush diameter in screen pixels, 1..60 (2 or less adds single points)."));
        Label count = new Label();
        count.setId("drawnCount");
        count.getStyleClass().add("muted");
        count.textProperty().bind(vm.drawnCountProperty().map(n -> String.format(Locale.ROOT, "%,d pts",
                n.intValue())));
        Button clear = new Button("Clear");
        clear.setId("clearDrawing");
        clear.setTooltip(new Tooltip("Remove every painted point."));
        clear.setOnAction(e -> actions.clearDrawing());
        clear.disableProperty().bind(vm.drawnCountProperty().isEqualTo(0));
        HBox row = new HBox(6, brush, size, count, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(size, Priority.ALWAYS);
        row.visibleProperty().bind(vm.datasetProperty().map(d -> d.kind() == Dataset.Kind.DRAWN));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private static Node fileRow(DataActions actions) {
        Button load = new Button("Open CSV\u2026");
        load.setId("loadCsv");
        load.setTooltip(new Tooltip("Use the points of a CSV file as the target: one point per line, x,y"
                + " (an optional header line is skipped). Ctrl+O."));
        load.setOnAction(e -> actions.loadCsv());
        Button save = new Button("Save points\u2026");
        save.setId("savePoints");
        save.setTooltip(new Tooltip("Write the current target points as CSV (the painted points, the loaded file's"
                + " points, or a toy's codes). Ctrl+S."));
        save.setOnAction(e -> actions.savePoints());
        load.setMaxWidth(Double.MAX_VALUE);
        save.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(load, Priority.ALWAYS);
        HBox.setHgrow(save, Priority.ALWAYS);
        return new HBox(6, load, save);
    }

    public Node node() {
        return root;
    }

    /** Shows solver labels. */
    private static final class SolverCell extends ListCell<SolverKind> {
        @Override
        protected void updateItem(SolverKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? "" : k.label());
        }
    }
}
