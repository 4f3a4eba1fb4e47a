package org.lsotexplorer.ui;

import static org.lsotexplorer.ui.FxParts.ctrl;
import static org.lsotexplorer.ui.FxParts.ctrlShift;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.lsotexplorer.ui.images.ImageExplorerLauncher;
import org.lsotexplorer.ui.plane.PlaneViewModel;
import org.lsotexplorer.ui.run.RunViewModel;

/**
 * The menu bar: File (points CSV, exports, run folder, the image explorer on MNIST or faces, quit), View (layers,
 * fit, the compare view), Run (train, step, reset, potential
 * only, speed) and Help (shortcuts, about). Single-key shortcuts go through {@link KeyShortcuts}, so they do not
 * fire while typing in a settings field.
 */
final class ExplorerMenus {
    private final ExplorerController c;
    private final KeyShortcuts keys;
    private final Runnable quit;
    private final Runnable help;
    private final Runnable about;
    private final ImageExplorerLauncher images;
    private final Runnable compare;
    private final RunFolderActions runFolders;

    ExplorerMenus(ExplorerController c, KeyShortcuts keys, Runnable quit, Runnable help, Runnable about,
            ImageExplorerLauncher images, Runnable compare, RunFolderActions runFolders) {
        this.runFolders = runFolders;
        this.c = c;
        this.compare = compare;
        this.images = images;
        this.keys = keys;
        this.quit = quit;
        this.help = help;
        this.about = about;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), view(), run(), help());
        bar.setId("menuBar");
        return bar;
    }

    private Menu file() {
        Menu m = new Menu("_File");
        m.getItems().addAll(
            item("Open points CSV\u2026", ctrl(KeyCode.O), c::loadCsv),
            item("Save points as CSV\u2026", ctrl(KeyCode.S), c::savePoints),
            new SeparatorMenuItem(),
            item("Export view as PNG\u2026", ctrl(KeyCode.E), () -> c.exportView(1)),
            item("Export view as PNG at 2\u00d7\u2026", ctrlShift(KeyCode.E), () -> c.exportView(2)),
            item("Export metrics as CSV\u2026", ctrl(KeyCode.M), c::exportMetrics),
            item("Open run\u2026", ctrlShift(KeyCode.O), runFolders::openRun, "openRun"),
            runFolders.recentMenu(),
            item("Save run folder\u2026", ctrlShift(KeyCode.S), c::saveRunFolder),
            new SeparatorMenuItem(),
            item("Open MNIST folder\u2026", null, images::openMnistFolder, "openMnist"),
            item("Download MNIST\u2026", null, images::downloadMnist, "downloadMnist"),
            item("Open face folder\u2026", null, images::openFaceFolder, "openFaces"),
            item("Open latent codes\u2026", null, images::openLatentCodes, "openLatentCodes"),
            new SeparatorMenuItem(),
            item("Quit", ctrl(KeyCode.Q), quit));
        return m;
    }

    private Menu view() {
        PlaneViewModel p = c.planeModel();
        Menu m = new Menu("_View");
        m.getItems().addAll(
            layer("Source samples", KeyCode.DIGIT1, p.sourceProperty()),
            layer("Target codes", KeyCode.DIGIT2, p.targetProperty()),
            layer("Mapped samples", KeyCode.DIGIT3, p.mappedProperty()),
            layer("Transport arrows", KeyCode.DIGIT4, p.arrowsProperty()),
            layer("Potential heatmap", KeyCode.DIGIT5, p.potentialProperty()),
            layer("Contour lines", KeyCode.DIGIT6, p.contoursProperty()),
            layer("Raw discriminator D (extrapolation, LSOT)", KeyCode.DIGIT7, p.rawDiscriminatorProperty()),
            layer("Singular set (LSOT)", KeyCode.DIGIT8, p.singularSetProperty()),
            layer("Laguerre cells by mass error (LSOT, exact)", KeyCode.DIGIT9, p.cellsProperty()),
            layer("Exact OT map arrows (L2-UVP, cosine)", KeyCode.X, p.exactMapProperty()),
            new SeparatorMenuItem(),
            item("Compare solvers side by side\u2026", ctrl(KeyCode.K), compare, "compareSolvers"),
            new SeparatorMenuItem(),
            plain("Fit the plane to the data", KeyCode.DIGIT0, () -> p.viewportProperty().set(null)),
            plain("Brush: paint target points", KeyCode.B, () -> {
                c.dataModel().brushOnProperty().set(!c.dataModel().brushOnProperty().get());
                if (c.dataModel().brushOnProperty().get()
                        && c.dataModel().dataset().kind() != org.lsotexplorer.ui.data.Dataset.Kind.DRAWN) {
                    c.pickDataset(org.lsotexplorer.ui.data.Dataset.DRAWN);
                }
            }));
        return m;
    }

    private Menu run() {
        RunViewModel r = c.runModel();
        Menu m = new Menu("_Run");
        MenuItem train = plain("Train / Pause", KeyCode.SPACE, c::toggleTrain);
        train.disableProperty().bind(c.canTrainProperty().not());
        MenuItem step = plain("Step", KeyCode.S, c::step);
        step.disableProperty().bind(c.canTrainProperty().not());
        MenuItem explain = plain("Explain step (next phase)", KeyCode.E, c::explain);
        explain.disableProperty().bind(c.canTrainProperty().not());
        CheckMenuItem freeze = new CheckMenuItem("Train the potential only (freeze the map)");
        freeze.selectedProperty().bindBidirectional(r.freezeMapProperty());
        freeze.setAccelerator(new KeyCodeCombination(KeyCode.F));
        keys.register(freeze.getAccelerator(), () -> r.freezeMapProperty().set(!r.freezeMapProperty().get()));
        Menu speed = new Menu("Speed");
        ToggleGroup g = new ToggleGroup();
        String[] names = {"1 step per second", "3 steps per second", "10 steps per second", "50 steps per second",
            "Full speed"};
        for (int i = 0; i < names.length; i++) {
            int index = i;
            RadioMenuItem it = new RadioMenuItem(names[i]);
            it.setToggleGroup(g);
            it.setSelected(r.speedIndexProperty().get() == i);
            it.setOnAction(e -> r.speedIndexProperty().set(index));
            r.speedIndexProperty().addListener((o, was, now) -> it.setSelected(now.intValue() == index));
            speed.getItems().add(it);
        }
        m.getItems().addAll(train, step, explain, plain("Reset", KeyCode.R, c::reset), new SeparatorMenuItem(), freeze, speed);
        return m;
    }

    private Menu help() {
        Menu m = new Menu("_Help");
        m.getItems().addAll(item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), help),
                new SeparatorMenuItem(), item("About LSOT Explorer", null, about));
        return m;
    }

    private CheckMenuItem layer(String text, KeyCode key, BooleanProperty p) {
        CheckMenuItem it = new CheckMenuItem(text);
        it.selectedProperty().bindBidirectional(p);
        it.setAccelerator(new KeyCodeCombination(key));
        keys.register(it.getAccelerator(), () -> p.set(!p.get()));
        return it;
    }

    /** A menu item whose shortcut is a single key (guarded against typing in fields). */
    private MenuItem plain(String text, KeyCode key, Runnable action) {
        MenuItem it = new MenuItem(text);
        it.setAccelerator(new KeyCodeCombination(key));
        Runnable guarded = keys.register(it.getAccelerator(), action);
        it.setOnAction(e -> guarded.run());
        return it;
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        return FxParts.item(text, key, action);
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action, String id) {
        MenuItem it = FxParts.item(text, key, action);
        it.setId(id);
        return it;
    }

}
