package org.lsotexplorer.ui.compare;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.WorkerStatus;
import org.lsotexplorer.live.Frame;
import org.lsotexplorer.live.PlaneFigureFactory;
import org.lsotexplorer.math.metrics.MapAgreement;
import org.lsotexplorer.ui.data.DataViewModel;
import org.lsotexplorer.ui.plane.PlaneView;
import org.lsotexplorer.ui.plane.PlaneViewModel;
import org.lsotexplorer.ui.run.RunViewModel;
import org.lsotexplorer.ui.settings.Setting;

/**
 * One pane of the compare view: a chooser (solver, one of its settings and the value; Apply or Enter retrains the
 * pane), the pane's status line, its plane (the explorer's {@link PlaneView}, fed by the pane's frame pipeline) with
 * the linked hover marks on top, and the exact-map read-outs. Node ids end in the pane's index
 * ({@code #compareSolver0}, {@code #comparePlane0}, ...). FX thread only.
 */
final class ComparePaneView {
    private final int index;
    private final PlaneViewModel model = new PlaneViewModel();
    private final PlaneView plane = new PlaneView(model, new DataViewModel());
    private final RunViewModel run = new RunViewModel();
    private final HoverMarks marks;
    private final ComboBox<SolverKind> solver = new ComboBox<>();
    private final ComboBox<Setting> key = new ComboBox<>();
    private final TextField value = new TextField();
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label exact = new Label();
    private final Label error = new Label();
    private final VBox root;
    private PaneSetup setup;
    private Consumer<PaneSetup> onChange = s -> { };
    private WorkerStatus lastStatus;
    private long lastStatusNanos;
    /** The status line changes at most ten times a second while training (each change costs a layout pass). */
    private static final long STATUS_NANOS = 100_000_000L;

    ComparePaneView(int index, PaneSetup setup, IntegerProperty hovered) {
        this.index = index;
        this.setup = setup;
        this.marks = new HoverMarks(plane, hovered);
        run.readyProperty().set(true);
        solver.getItems().setAll(SolverKind.values());
        solver.setConverter(converter(PlaneFigureFactory::shortLabel));
        solver.setId("compareSolver" + index);
        key.setConverter(converter(Setting::name));
        key.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Setting s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? "" : s.name());
            }
        });
        key.setId("compareKey" + index);
        value.setId("compareValue" + index);
        value.setPrefColumnCount(5);
        Button apply = new Button("Apply");
        apply.setId("compareApply" + index);
        apply.setOnAction(e -> applyValue());
        value.setOnAction(e -> applyValue());
        solver.setOnAction(e -> {
            if (solver.getValue() != null && solver.getValue() != this.setup.solver()) {
                change(this.setup.withSolver(solver.getValue()));
            }
        });
        key.setOnAction(e -> {
            if (key.getValue() != null && !key.getValue().key().equals(this.setup.key().key())) {
                this.setup = this.setup.withKey(key.getValue());
                showSetup();
            }
        });
        solver.setMaxWidth(150);
        key.setMaxWidth(130);
        apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        value.setMinWidth(50);
        HBox chooser = new HBox(4, solver, key, value, apply);
        chooser.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("section-title");
        title.setId("compareTitle" + index);
        status.setId("compareStatus" + index);
        exact.setId("compareExact" + index);
        exact.setWrapText(true);
        exact.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setId("compareError" + index);
        error.setStyle("-fx-text-fill: #b3261e;");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Node planeNode = marks.wrap();
        planeNode.setId("comparePlane" + index);
        VBox.setVgrow(planeNode, Priority.ALWAYS);
        status.setStyle("-fx-font-size: 11px;");
        exact.setStyle("-fx-font-size: 11px;");
        root = new VBox(3, title, chooser, error, status, planeNode, exact);
        root.getStyleClass().add("compare-pane");
        root.setStyle("-fx-padding: 6; -fx-border-color: #d5d9e0; -fx-border-width: 1; -fx-background-color: white;");
        root.setMinSize(200, 200);
        showSetup();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void applyValue() {
        try {
            change(setup.withValue(value.getText()));
        } catch (IllegalArgumentException e) {
            error.setText(setup.key().name() + ": " + e.getMessage() + ". Allowed: " + setup.key().range()
                    + ". The pane keeps its run.");
        }
    }

    private void change(PaneSetup next) {
        setup = next;
        error.setText("");
        showSetup();
        lastStatus = null;
        onChange.accept(next);
    }

    private void showSetup() {
        solver.setValue(setup.solver());
        key.getItems().setAll(PaneSetup.choices(setup.solver()));
        key.setValue(key.getItems().stream().filter(k -> k.key().equals(setup.key().key())).findFirst()
                .orElse(null));
        value.setText(setup.value());
        value.setTooltip(new Tooltip(setup.key().tooltip()));
        title.setText(String.format(Locale.ROOT, "Pane %d: %s", index + 1, setup.title()));
    }

    /** Called with the new setup when the user changes the solver or applies a value. */
    void setOnChange(Consumer<PaneSetup> c) {
        onChange = c;
    }

    /**
     * One pulse at {@code nowNanos}: the newest frame, the status line (any change of state at once, else at most
     * ten times a second), the hover marks and the exact-map read-outs.
     */
    void pulse(WorkerStatus st, long nowNanos) {
        boolean shown = plane.renderIfDirty();
        boolean stateChanged = lastStatus == null || st != null && st.state() != lastStatus.state();
        if (st != null && st != lastStatus && (stateChanged || nowNanos - lastStatusNanos >= STATUS_NANOS)) {
            lastStatus = st;
            lastStatusNanos = nowNanos;
            run.update(st);
            status.setText(run.statusText() + (st.message().isEmpty() ? "" : "  \u00b7  " + st.message()));
        }
        if (shown || marks.isStale()) {
            marks.update();
            exact.setText(exactText(plane.frame()));
        }
    }

    static String exactText(Frame f) {
        if (f == null || !f.request().layers().exactMap()) {
            return "Exact OT map: off (layer \u201cExact OT map\u201d, key X)";
        }
        MapAgreement a = f.exactAgreement();
        if (a == null) {
            return "Exact OT map: no read-out yet (the solver has no map on the probe points)";
        }
        return String.format(Locale.ROOT, "vs exact OT map (%d probe points): L2-UVP %.2f \u00b7 cosine %.3f",
                a.points(), a.l2Uvp(), a.cosine());
    }

    Node node() {
        return root;
    }

    PlaneView plane() {
        return plane;
    }

    PlaneViewModel model() {
        return model;
    }

    PaneSetup setup() {
        return setup;
    }

    HoverMarks marks() {
        return marks;
    }

    /** Picks a solver as the drop-down does (tests: headless drop-downs are awkward to drive). */
    void setupSolverForTest(SolverKind k) {
        solver.setValue(k);
    }

    /** The exact-map read-out shown (tests). */
    String exactReadout() {
        return exact.getText();
    }

    /** The status line shown (tests). */
    String statusText() {
        return status.getText();
    }
}
