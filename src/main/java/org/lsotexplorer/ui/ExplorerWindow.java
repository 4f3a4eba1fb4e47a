package org.lsotexplorer.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.ui.compare.CompareWindow;
import org.lsotexplorer.ui.data.ProblemView;
import org.lsotexplorer.ui.export.FileDialogs;
import org.lsotexplorer.ui.export.FxFileDialogs;
import org.lsotexplorer.ui.help.ExplainerView;
import org.lsotexplorer.ui.images.ImageExplorerLauncher;
import org.lsotexplorer.ui.metrics.CurvesView;
import org.lsotexplorer.ui.metrics.MetricsPanelView;
import org.lsotexplorer.ui.plane.LayerTogglesView;
import org.lsotexplorer.ui.plane.PlaneView;
import org.lsotexplorer.ui.run.RunControlsView;
import org.lsotexplorer.ui.run.StatusBarView;
import org.lsotexplorer.ui.run.TimelineView;
import org.lsotexplorer.ui.settings.SettingsSheetView;

/**
 * The explorer window: menus and run tool bar on top; the problem and settings on the left; the layer switches and
 * the latent plane in the middle; live metrics, curves and "what am I seeing?" on the right; the status bar at the
 * bottom. It builds the views, starts the worker and the frame pump, and remembers size and dividers. The File menu
 * opens the image explorer (a second window); the View menu opens the compare view (another window). Closing the window stops the worker and closes the image explorer.
 */
public final class ExplorerWindow {
    /** Smallest window that shows everything without clipping. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 680;
    /** The title of a window whose run has no folder yet. */
    public static final String TITLE = "LSOT Explorer: latent-space optimal transport (Liu et al. 2018)";
    private final Stage stage;
    private final ExplorerController controller;
    private final WindowPreferences prefs;
    private final KeyShortcuts keys = new KeyShortcuts();
    private final FramePump pump;
    private final SplitPane main = new SplitPane();
    private final SplitPane right = new SplitPane();
    private final CurvesView curves;
    private final MessageBanner banner;
    private final PlaneView planeView;
    private final ImageExplorerLauncher images;
    private final FileDialogs files;
    private CompareWindow compare;
    private final TimelineView timeline;
    private final RunFolderActions runFolders;
    private boolean closed;

    /**
     * Builds the window on {@code stage}; {@code dialogs} null uses native file choosers.
     */
    public ExplorerWindow(Stage stage, ExplorerOptions options, FileDialogs dialogs) {
        this.stage = stage;
        this.controller = new ExplorerController(options, Platform::runLater);
        this.prefs = new WindowPreferences(options.preferences());
        ExplorerController c = controller;
        planeView = new PlaneView(c.planeModel(), c.dataModel());
        curves = new CurvesView(c.metricsModel());
        var lsot = c.settingsModel().solverProperty().isEqualTo(SolverKind.LSOT);
        timeline = new TimelineView(c::showTimelineStep, c::branchAt, c::showLatestStep);
        Node planeColumn = FxParts.column(new String[] {"plane-column"}, new LayerTogglesView(c.planeModel(), lsot).node(),
                planeView.node(), timeline.node());
        VBox.setVgrow(planeView.node(), Priority.ALWAYS);
        SettingsSheetView sheet = new SettingsSheetView(c.settingsModel());
        VBox.setVgrow(sheet.node(), Priority.ALWAYS);
        Node left = FxParts.column(new String[] {"side-left"}, FxParts.title("Problem"), new ProblemView(c.dataModel(),
                c.settingsModel().solverProperty(), c).node(), FxParts.title("Settings"), sheet.node());
        VBox.setVgrow(curves.node(), Priority.ALWAYS);
        Node numbers = FxParts.column(new String[] {"side-right"}, FxParts.title("Live metrics"), new MetricsPanelView(c.metricsModel()).node(),
                curves.node());
        Node explainer = FxParts.column(new String[] {"side-right"}, FxParts.title("What am I seeing?"),
                new ExplainerView(c.settingsModel().solverProperty()).node());
        right.setOrientation(Orientation.VERTICAL);
        right.getItems().addAll(numbers, explainer);
        right.setDividerPositions(0.64);
        main.getItems().addAll(left, planeColumn, right);
        main.setDividerPositions(0.235, 0.72);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        banner = new MessageBanner(main);
        BorderPane root = new BorderPane(banner.node());
        root.setId("explorerRoot");
        files = dialogs != null ? dialogs : new FxFileDialogs(() -> stage);
        images = new ImageExplorerLauncher(stage, files);
        runFolders = new RunFolderActions(c, files, banner, new RecentRuns(options.preferences()), Platform::runLater,
                this::openImageRun);
        ExplorerMenus menus = new ExplorerMenus(c, keys, stage::close, this::showShortcuts,
                () -> HelpDialogs.about(stage), images, this::openCompare, runFolders);
        RunControlsView controls = new RunControlsView(c.runModel(), c.canTrainProperty(),
                c.settingsModel().resetNeededProperty(), keys.guard(c::toggleTrain), keys.guard(c::step),
                keys.guard(c::explain), keys.guard(c::reset));
        root.setTop(new VBox(menus.build(), controls.node()));
        root.setBottom(new StatusBarView(c.runModel()).node());
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(ExplorerWindow.class.getResource("explorer.css").toExternalForm());
        keys.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> c.runFolderProperty().get() == null ? TITLE
                : "LSOT Explorer: " + c.runFolderProperty().get().getFileName() + "  \u2014  "
                        + c.runFolderProperty().get().toAbsolutePath().getParent(), c.runFolderProperty()));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        controller.attach(files, banner, planeView, curves, timeline);
        pump = new FramePump(controller);
        stage.setOnHidden(e -> close());
    }

    /** Sizes the window as last time, shows it, starts the worker and the frame pump. */
    public void show() {
        prefs.restore(stage, 1280, 800);
        stage.show();
        prefs.restoreDividers(main, "main");
        prefs.restoreDividers(right, "right");
        pump.start();
        controller.start();
    }

    /**
     * Opens the compare view (View > Compare solvers, Ctrl+K) on the current data and settings, replacing one that
     * is open; its panes start as lsot and critic rays.
     */
    public void openCompare() {
        if (!controller.dataModel().usableProperty().get()) {
            banner.error("Nothing to compare yet: the data has too few points. Pick a preset or paint more points.");
            return;
        }
        if (compare != null) {
            compare.close();
        }
        TargetDistribution t = controller.dataModel().target();
        compare = new CompareWindow(new Stage(), t, controller.settingsModel().settingsFor(t.id()),
                controller.options().schedule(), 2, files);
        compare.stage().initOwner(stage);
        compare.show();
    }

    /** The open compare view, or null. */
    public CompareWindow compareWindow() {
        return compare;
    }

    private void showShortcuts() {
        HelpDialogs.shortcuts(stage);
    }

    /** Stops the pump and the worker and remembers the layout (idempotent). */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pump.stop();
        prefs.save(stage);
        prefs.saveDividers(main, "main");
        prefs.saveDividers(right, "right");
        prefs.flush();
        images.close();
        if (compare != null) {
            compare.close();
        }
        controller.close();
    }

    /** A non-toy run folder: an image run opens in the image window; what cannot be opened shows why. */
    private void openImageRun(org.lsotexplorer.engine.OpenedRun o) {
        try {
            images.openRun(o);
        } catch (java.io.IOException | RuntimeException e) {
            banner.error("Could not open the image run: " + (e.getMessage() == null ? e.toString() : e.getMessage())
                    + ". The current run is kept.");
        }
    }

    /**
     * Opens the run in {@code dir} (File &gt; Open run without the dialog; also a run folder named on the command
     * line).
     */
    public void openRun(Path dir) {
        runFolders.openRunFrom(dir);
    }

    /** The timeline slider under the plane. */
    public TimelineView timeline() {
        return timeline;
    }

    public ExplorerController controller() {
        return controller;
    }

    public MessageBanner banner() {
        return banner;
    }

    public PlaneView planeView() {
        return planeView;
    }

    /** The curve charts beside the plane. */
    public CurvesView curves() {
        return curves;
    }

    /** The image explorer's File menu actions and its open window. */
    public ImageExplorerLauncher images() {
        return images;
    }

    public Stage stage() {
        return stage;
    }
}
