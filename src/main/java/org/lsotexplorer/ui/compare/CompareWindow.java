package org.lsotexplorer.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.WorkerState;
import org.lsotexplorer.engine.WorkerStatus;
import org.lsotexplorer.live.FrameSchedule;
import org.lsotexplorer.live.LayerSelection;
import org.lsotexplorer.math.metrics.ModeSet;
import org.lsotexplorer.ui.export.FileDialogs;
import org.lsotexplorer.ui.plane.LayerTogglesView;
import org.lsotexplorer.ui.plane.PlaneViewModel;

/**
 * The compare view, a window of its own: 2 to 4 panes on the same data and seed, each with its own solver or
 * setting, trained round robin on one worker thread ({@link CompareSession}); layer switches, pan, zoom and hover
 * linked (one master {@link PlaneViewModel} bound both ways to each pane's); the metric table below; the whole view
 * (panes, labels, table) exported as one PNG. Keys: Space trains or pauses all panes, S steps all, 0 fits the
 * plane. One {@link AnimationTimer} takes each pane's newest frame, status and metrics per pulse (the threading
 * rule). Closing the window stops its workers.
 */
public final class CompareWindow {
    private final Stage stage;
    private final TargetDistribution target;
    private final FrameSchedule schedule;
    private final FileDialogs dialogs;
    private final PlaneViewModel master = new PlaneViewModel();
    private final IntegerProperty hovered = new SimpleIntegerProperty(-1);
    private final GridPane grid = new GridPane();
    private final VBox content = new VBox(8);
    private final Label message = new Label();
    private final Button train = new Button("Train all");
    private final ChoiceBox<Integer> count = new ChoiceBox<>();
    private final List<ComparePaneView> panes = new ArrayList<>();
    private final AnimationTimer pump;
    private final int modes;
    private RunSettings base;
    private CompareMetricsTable table;
    private CompareSession session;
    private boolean closed;

    /**
     * @param base the shared settings (data, seed, codes, source); pane solvers start as lsot, critic rays, sinkhorn,
     *             exact
     * @param paneCount 2 to 4
     * @param dialogs asks where to save the PNG
     */
    public CompareWindow(Stage stage, TargetDistribution target, RunSettings base, FrameSchedule schedule,
                         int paneCount, FileDialogs dialogs) {
        this.stage = stage;
        this.target = target;
        this.base = base;
        this.schedule = schedule;
        this.dialogs = dialogs;
        this.modes = target.modes().map(ModeSet::count).orElse(0);
        master.select(LayerSelection.defaults().withExactMap(true));
        Button step = new Button("Step all");
        step.setId("compareStep");
        step.setOnAction(e -> session.stepAll());
        train.setId("compareTrain");
        train.setOnAction(e -> toggleTrain());
        Button fit = new Button("Fit");
        fit.setOnAction(e -> master.viewportProperty().set(null));
        Button export = new Button("Export PNG\u2026");
        export.setId("compareExport");
        export.setOnAction(e -> exportAsked());
        count.getItems().setAll(2, 3, 4);
        count.setValue(paneCount);
        count.setId("comparePanes");
        count.setOnAction(e -> {
            if (count.getValue() != null && count.getValue() != panes.size()) {
                rebuild(count.getValue());
            }
        });
        Label what = new Label(String.format(Locale.ROOT, "%s \u00b7 seed %d \u00b7 %,d codes", target.displayName(),
                base.seed(), base.codeCount()));
        what.setStyle("-fx-font-weight: bold;");
        HBox bar = new HBox(8, what, train, step, fit, new Label("Panes"), count, export, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-padding: 6 10 6 10;");
        VBox top = new VBox(bar, new LayerTogglesView(master, Bindings.createBooleanBinding(() -> true)).node());
        grid.setHgap(6);
        grid.setVgap(6);
        VBox.setVgrow(grid, Priority.ALWAYS);
        content.setId("compareContent");
        content.setStyle("-fx-padding: 6; -fx-background-color: #f5f6f8;");
        BorderPane root = new BorderPane(content);
        root.setTop(top);
        Scene scene = new Scene(root, 1500, 860);
        scene.getStylesheets().add(org.lsotexplorer.ui.ExplorerWindow.class.getResource("explorer.css")
                .toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setTitle("Compare solvers: " + target.displayName() + ", seed " + base.seed());
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        stage.setOnHidden(e -> close());
        pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        build(PaneSetup.defaults(base, paneCount));
    }

    private void key(KeyEvent e) {
        if (stage.getScene().getFocusOwner() instanceof TextInputControl || e.isControlDown() || e.isAltDown()) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case SPACE -> this::toggleTrain;
            case S -> () -> session.stepAll();
            case DIGIT0 -> () -> master.viewportProperty().set(null);
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    /** Shows the window and starts training workers (the runs are built off the FX thread). */
    public void show() {
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(stage.getScene().getWidth(), screen.getWidth()));
        stage.setHeight(Math.min(stage.getScene().getHeight(), screen.getHeight()));
        stage.show();
        pump.start();
    }

    private void build(List<PaneSetup> setups) {
        panes.clear();
        grid.getChildren().clear();
        hovered.set(-1);
        List<RunSettings> settings = setups.stream().map(PaneSetup::settings).toList();
        session = new CompareSession(target, settings, schedule);
        table = new CompareMetricsTable(setups.size(), modes);
        int columns = setups.size();   // side by side, one row
        for (int i = 0; i < setups.size(); i++) {
            ComparePaneView p = new ComparePaneView(i, setups.get(i), hovered);
            link(p.model());
            p.plane().setFrames(session.frames(i));
            p.plane().setHint("Building the run\u2026");
            int pane = i;
            p.setOnChange(s -> changed(pane, s));
            GridPane.setHgrow(p.node(), Priority.ALWAYS);
            GridPane.setVgrow(p.node(), Priority.ALWAYS);
            grid.add(p.node(), i % columns, i / columns);
            panes.add(p);
            table.reset(i, setups.get(i).solver(), setups.get(i).title());
        }
        content.getChildren().setAll(grid, table.node());
        train.setDisable(true);
        CompareSession starting = session;
        starting.start(Platform::runLater, () -> {
            if (starting == session) {
                train.setDisable(false);
                panes.forEach(p -> p.plane().setHint(""));
            }
        }, e -> message.setText("Could not build the runs: " + e.getMessage()
                + ". Change the pane's settings or the main window's data, then reopen the compare view."));
    }

    private void link(PlaneViewModel m) {
        for (int k = 0; k < m.layerProperties().length; k++) {
            m.layerProperties()[k].bindBidirectional(master.layerProperties()[k]);
        }
        m.viewportProperty().bindBidirectional(master.viewportProperty());
    }

    private void rebuild(int paneCount) {
        List<PaneSetup> setups = new ArrayList<>();
        for (int i = 0; i < paneCount; i++) {
            setups.add(i < panes.size() ? panes.get(i).setup() : PaneSetup.of(base, PaneSetup.DEFAULT_SOLVERS[i]));
        }
        CompareSession old = session;
        Thread t = new Thread(old::close, "lsot-compare-close");   // waits for a step in progress: not on the FX thread
        t.setDaemon(true);
        t.start();
        build(setups);
    }

    private void changed(int pane, PaneSetup s) {
        session.reset(pane, s.settings());
        table.reset(pane, s.solver(), s.title());
    }

    private void toggleTrain() {
        if (!session.isReady()) {
            return;
        }
        if (anyRunning()) {
            session.pauseAll();
        } else {
            session.playAll();
        }
    }

    private boolean anyRunning() {
        for (int i = 0; i < panes.size(); i++) {
            WorkerStatus st = session.status(i);
            if (st != null && st.state() == WorkerState.RUNNING) {
                return true;
            }
        }
        return false;
    }

    /** One pulse: each pane's newest frame, status and metrics. */
    void pulse(long now) {
        if (closed) {
            return;
        }
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).pulse(session.status(i), now);
            table.update(i, session.latestMetrics(i));
        }
        train.setText(anyRunning() ? "Pause all" : "Train all");
    }

    private void exportAsked() {
        dialogs.save("Export the compare view as PNG", "lsot-compare.png", "PNG images", "*.png").ifPresent(p ->
                exportTo(p).whenComplete((f, e) -> Platform.runLater(() -> message.setText(e == null
                        ? "Saved the view to " + f + "." : "Could not export the view: " + rootMessage(e)))));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /**
     * Exports the whole view (panes with their labels, and the metric table) as one PNG at screen size: a snapshot
     * on the FX thread, the file written off it. FX thread only; the future completes with the file.
     */
    public CompletableFuture<Path> exportTo(Path file) {
        return ViewSnapshot.writePng(content, file);
    }

    /** Stops the pump and the workers (idempotent). */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pump.stop();
        session.close();
        if (stage.isShowing()) {
            stage.close();
        }
    }

    // ---- for tests and the main window ----------------------------------------------------------------------------

    public Stage stage() {
        return stage;
    }

    /** The master layer switches and viewport, linked to every pane. */
    public PlaneViewModel layers() {
        return master;
    }

    /** The shared hovered probe index (-1: none). */
    public IntegerProperty hoveredProbe() {
        return hovered;
    }

    /** Shows {@code n} panes (2..4) as the "Panes" choice does: the first panes keep their setups, new ones start. */
    void setPaneCount(int n) {
        count.setValue(n);
        if (n != panes.size()) {
            rebuild(n);
        }
    }

    int paneCount() {
        return panes.size();
    }

    ComparePaneView pane(int i) {
        return panes.get(i);
    }

    CompareSession session() {
        return session;
    }

    CompareMetricsTable table() {
        return table;
    }
}
