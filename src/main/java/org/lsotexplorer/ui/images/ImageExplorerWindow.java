package org.lsotexplorer.ui.images;

import static org.lsotexplorer.ui.FxParts.ctrl;
import static org.lsotexplorer.ui.FxParts.ctrlShift;
import static org.lsotexplorer.ui.FxParts.item;
import static org.lsotexplorer.ui.FxParts.title;

import java.io.IOException;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.lsotexplorer.engine.images.CodeExperiment;
import org.lsotexplorer.engine.images.CodeInputs;
import org.lsotexplorer.engine.images.ImageEvaluation;
import org.lsotexplorer.engine.images.ImageExperiment;
import org.lsotexplorer.engine.images.ImageRun;
import org.lsotexplorer.engine.images.ImageRunBundle;
import org.lsotexplorer.report.CodeRunFolder;
import org.lsotexplorer.engine.images.ImageMetrics;
import org.lsotexplorer.engine.images.ImageSnapshot;
import org.lsotexplorer.engine.images.ImageTiles;
import org.lsotexplorer.engine.images.LatentPlane;
import org.lsotexplorer.report.ImageFigures;
import org.lsotexplorer.report.ImageRunFolder;
import org.lsotexplorer.render.PngWriter;
import org.lsotexplorer.render.Raster;
import org.lsotexplorer.ui.FxParts;
import org.lsotexplorer.ui.export.FileDialogs;

/**
 * The image explorer window, "LSOT Explorer — Images": settings and progress on top; the latent plane on the left
 * (click to decode); the grids (live, generated, reconstructions, nearest training, baselines) and the
 * interpolation strips in tabs in the middle; the decoded point, metrics and run log on the right; messages in the
 * status bar and errors in a red line under the progress. One {@link AnimationTimer} polls the worker's latest
 * snapshot and redraws only when its version changed. Closing the window stops the worker.
 */
public final class ImageExplorerWindow {
    private final Stage stage;
    private final ImageExplorerViewModel vm;
    private final FileDialogs dialogs;
    private final LatentPlaneView plane = new LatentPlaneView();
    private final DecodedPointView decoded = new DecodedPointView();
    private final TileGridView live = new TileGridView("liveGrid",
            "The live grid appears once the autoencoder has taken its first steps.");
    private final TileGridView generated = new TileGridView("generatedGrid",
            "Generated images appear once the run is done (or press Regenerate once the codes exist).");
    private final TileGridView reconstructions = new TileGridView("reconstructionGrid",
            "Held-out images (odd rows) above their reconstructions (even rows).");
    private final TileGridView nearest = new TileGridView("nearestGrid",
            "Each generated image above its nearest training image: are the samples new?");
    private final TileGridView baselines = new TileGridView("baselineGrid",
            "Train the VAE and WGAN-GP baselines on the same codes to compare them with this run.");
    private final InterpolationView interpolation = new InterpolationView();
    private final ImageMetricsView metrics = new ImageMetricsView();
    private final TabPane tabs = new TabPane();
    private final Label error = new Label();
    private final AnimationTimer pump;
    private final double[][] clicks = new double[2][];
    private LatentPlane shownPlane;
    private ImageMetrics lastMetrics;
    private boolean previewInFlight;
    private double[] previewNext;
    private ImageTiles shownGrid;
    private long sampleSeed;
    private boolean closed;

    /** Builds the window on {@code stage} for the run {@code vm} describes; {@link #show()} starts it. */
    public ImageExplorerWindow(Stage stage, ImageExplorerViewModel vm, FileDialogs dialogs) {
        this.stage = stage;
        this.vm = vm;
        this.dialogs = dialogs;
        this.sampleSeed = 1000;
        BorderPane root = new BorderPane();
        root.setId("imageExplorerRoot");
        root.setTop(new VBox(menus(), new ImageSettingsView(vm).node(), progressRow(), errorLine()));
        root.setCenter(body());
        root.setBottom(statusBar());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(ImageExplorerWindow.class.getResource("/org/lsotexplorer/ui/explorer.css")
                .toExternalForm());
        scene.getStylesheets().add(ImageExplorerWindow.class.getResource("images.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("LSOT Explorer \u2014 Images: " + (vm.folder() == null ? "your own latent codes"
                : vm.form().preset().label() + " from " + vm.folder()));
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(680, screen.getHeight()));
        wire();
        pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
        stage.setOnHidden(e -> close());
    }

    private MenuBar menus() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("Open latent codes\u2026", ctrl(KeyCode.O), this::openCodes),
                new SeparatorMenuItem(),
                item("Save grid as PNG\u2026", ctrl(KeyCode.S), this::saveGrid),
                item("Save strips as PNG\u2026", null, this::saveStrips),
                item("Save run folder\u2026", ctrlShift(KeyCode.S), this::saveRunFolder),
                new SeparatorMenuItem(),
                item("Close window", ctrl(KeyCode.W), stage::close));
        Menu run = new Menu("_Run");
        run.getItems().addAll(item("Start", null, vm::start), item("Pause / Resume", null, vm::togglePause),
                item("Cancel", null, vm::cancel), new SeparatorMenuItem(), item("Evaluate", null, this::evaluate),
                item("Choose data folder\u2026", null, this::chooseData));
        MenuBar bar = new MenuBar(file, run);
        bar.setId("imageMenuBar");
        return bar;
    }

    private Node progressRow() {
        Node row = new ImageProgressView(vm).node();
        VBox box = new VBox(row);
        box.setPadding(new Insets(4, 10, 4, 10));
        return box;
    }

    private Node errorLine() {
        error.setId("imageError");
        error.getStyleClass().add("image-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button dismiss = new Button("\u2715");
        dismiss.getStyleClass().add("error-dismiss");
        dismiss.setOnAction(e -> vm.errorProperty().set(""));
        HBox line = new HBox(8, error, dismiss);
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("image-error-line");
        line.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private Node body() {
        VBox left = FxParts.column(new String[0], title("Latent plane"), plane.node());
        VBox.setVgrow(plane.node(), Priority.ALWAYS);
        tabs.setId("imageTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("Live", live.node()), tab("Generated 8\u00d78", generated.node()),
                tab("Reconstructions", reconstructions.node()), tab("Nearest training", nearest.node()),
                tab("Compare baselines", baselines.node()), tab("Interpolation", interpolation.node()));
        ListView<String> log = new ListView<>(vm.log());
        log.setId("imageLog");
        log.setPrefHeight(140);
        log.setPlaceholder(new Label("no notes yet"));
        log.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox right = FxParts.column(new String[0], title("Decoded point"), decoded.node(), title("Metrics"), metrics.node(),
                title("Run log"), log);
        VBox.setVgrow(metrics.node(), Priority.ALWAYS);
        right.setMinWidth(240);
        SplitPane split = new SplitPane(left, tabs, right);
        split.setDividerPositions(0.38, 0.76);
        SplitPane.setResizableWithParent(right, false);
        return split;
    }

    private static Tab tab(String text, Node content) {
        Tab t = new Tab(text, content);
        t.setId("tab-" + text.replaceAll("[^A-Za-z]", ""));
        return t;
    }

    private Node statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("imageStatus");
        bar.textProperty().bind(vm.messageProperty());
        Label folder = new Label(vm.folder() == null ? "" : vm.folder().toString());
        folder.getStyleClass().add("muted");
        bar.getRightItems().add(folder);
        return bar;
    }

    private void wire() {
        followRun();
        plane.setOnPick(this::decodeAt);
        plane.setOnHover(this::previewAt);
        Button regenerate = generated.addButton("regenerate", "Regenerate");
        regenerate.disableProperty().bind(vm.hasCodesProperty().not());
        regenerate.setOnAction(e -> regenerate());
        Button refresh = reconstructions.addButton("refreshReconstructions", "Refresh");
        refresh.disableProperty().bind(vm.activeProperty().not().or(vm.loadingProperty()));
        refresh.setOnAction(e -> refreshReconstructions());
        Button other = nearest.addButton("refreshNearest", "New samples");
        other.disableProperty().bind(vm.hasCodesProperty().not());
        other.setOnAction(e -> refreshNearest());
        Button train = baselines.addButton("trainBaselines", "Train baselines");
        train.disableProperty().bind(vm.hasCodesProperty().not());
        train.setOnAction(e -> trainBaselines());
        Button compare = baselines.addButton("showComparison", "Show comparison");
        compare.disableProperty().bind(vm.hasCodesProperty().not());
        compare.setOnAction(e -> showComparison());
        interpolation.runButton().disableProperty().bind(vm.hasCodesProperty().not());
        interpolation.runButton().setOnAction(e -> interpolate());
        metrics.evaluateButton().disableProperty().bind(vm.doneProperty().not());
        metrics.evaluateButton().setOnAction(e -> evaluate());
    }

    /**
     * Shows the window and starts the pump. Training waits for Start, so the user can first set the train limit,
     * the epochs and the latent dimension (a full MNIST run takes minutes).
     */
    public void show() {
        stage.show();
        pump.start();
        vm.ready();
    }

    // ---- the pump ---------------------------------------------------------------------------------------------

    private void pulse() {
        ImageSnapshot s = vm.poll();
        if (s == null) {
            return;
        }
        if (s.liveGrid() != null && s.liveGrid() != shownGrid) {
            shownGrid = s.liveGrid();
            live.show(shownGrid, 8, s.liveGridTitle());
        }
        if (s.plane() != shownPlane) {
            shownPlane = s.plane();
            plane.show(shownPlane);
        }
        if (s.state() == ImageSnapshot.State.FAILED) {
            plane.setHint("No run: " + s.message());
        }
    }

    /** Fills the tabs when a run's codes exist and when it is done; forgets a run's picks when a new one starts. */
    private void followRun() {
        vm.hasCodesProperty().addListener((o, had, has) -> {
            if (has) {
                vm.ask("Reading the held-out images", e -> e instanceof CodeExperiment c ? c.codes().count()
                        : images(e).data().heldOut().count(), interpolation::configure);
            } else {
                lastMetrics = null;
                clicks[0] = null;
                clicks[1] = null;
                previewInFlight = false;
                previewNext = null;
            }
        });
        vm.doneProperty().addListener((o, was, done) -> {
            if (done) {
                regenerate();
                if (!vm.isCodeRun()) {
                    refreshReconstructions();
                    refreshNearest();
                }
            }
        });
    }

    // ---- queries (each a worker job, one hand-over to the FX thread) -------------------------------------------

    /**
     * Hover preview: decodes the point under the cursor, one request at a time (the newest position waits while one
     * is in flight), so moving the mouse never queues up work on the worker.
     */
    private void previewAt(double x, double y) {
        if (!vm.hasCodesProperty().get()) {
            return;
        }
        if (previewInFlight) {
            previewNext = new double[] {x, y};
            return;
        }
        previewInFlight = true;
        boolean noise = decoded.noisePoints();
        vm.ask("Previewing the point", e -> e.decodePlanePoint(x, y, noise), t -> {
            plane.showPreview(RasterImages.toImage(ImageFigures.grid(t, 1, ImageFigures.scaleFor(t,
                    LatentPlaneView.PREVIEW_PX))));
            previewInFlight = false;
            double[] next = previewNext;
            previewNext = null;
            if (next != null) {
                previewAt(next[0], next[1]);
            }
        });
    }

    private void decodeAt(double x, double y) {
        boolean noise = decoded.noisePoints();
        clicks[0] = clicks[1];
        clicks[1] = new double[] {x, y};
        decoded.pending(x, y);
        vm.ask("Decoding the point", e -> e.decodePlanePoint(x, y, noise), t -> decoded.show(t, x, y, noise));
    }

    private void regenerate() {
        long seed = ++sampleSeed;
        vm.ask("Generating", e -> e.generate(e.noise(64, seed)), t -> generated.show(t, 8,
                "decode(T(z)) for 64 new noise vectors (noise seed " + seed + ")"));
    }

    private void refreshReconstructions() {
        vm.ask("Reconstructing", e -> images(e).reconstructions(32, 8), t -> reconstructions.show(t, 8,
                "32 held-out images (upper rows) and their reconstructions decode(encode(x)) (lower rows)"));
    }

    private void refreshNearest() {
        long seed = ++sampleSeed;
        vm.ask("Finding nearest training images", e -> images(e).nearestTraining(e.noise(16, seed), 8), t -> nearest.show(t,
                8, "generated (upper rows) and the nearest training image in pixel space (lower rows, distance d)"));
    }

    private void trainBaselines() {
        vm.ask("Queuing the baselines", e -> {
            images(e).requestBaselines();
            return images(e).hasBaselines();
        }, ready -> {
            if (ready) {
                showComparison();
            } else {
                vm.messageProperty().set("The VAE and WGAN-GP baselines train next, on the same images, epochs and"
                        + " codes; press Show comparison when the phase is done.");
            }
        });
    }

    private void showComparison() {
        long seed = ++sampleSeed;
        vm.ask("Comparing", e -> images(e).hasBaselines() ? images(e).comparison(e.noise(8, seed)) : null, t -> {
            if (t == null) {
                vm.errorProperty().set("The baselines are not trained yet: press Train baselines and wait until"
                        + " their phase is done.");
            } else {
                baselines.show(t, 8, "Same noise, one row per generator: this run (top), WGAN-GP, VAE");
            }
        });
    }

    private void interpolate() {
        InterpolationView.Endpoints p = interpolation.endpoints();
        if (p.usePlanePoints() && (clicks[0] == null || clicks[1] == null)) {
            vm.errorProperty().set("Click two points on the plane first, or untick \"Use the last two clicked"
                    + " plane points\".");
            return;
        }
        double[] a = clicks[0];
        double[] b = clicks[1];
        vm.ask("Interpolating", r -> {
            if (r instanceof CodeExperiment c) {
                if (p.usePlanePoints()) {
                    double[] la = c.liftPlanePoint(a[0], a[1]);
                    double[] lb = c.liftPlanePoint(b[0], b[1]);
                    return c.interpolate(la, lb, la, lb, p.steps());
                }
                return c.interpolate(p.imageA(), p.imageB(), c.noise(1, p.seedA())[0], c.noise(1, p.seedB())[0],
                        p.steps());
            }
            ImageExperiment e = images(r);
            if (p.usePlanePoints()) {
                double[] la = e.liftPlanePoint(a[0], a[1]);
                double[] lb = e.liftPlanePoint(b[0], b[1]);
                return e.interpolate(la, lb, la, lb, p.steps());
            }
            return e.interpolate(e.codeOfHeldOutImage(p.imageA()), e.codeOfHeldOutImage(p.imageB()),
                    e.noise(1, p.seedA())[0], e.noise(1, p.seedB())[0], p.steps());
        }, interpolation::show);
    }

    private void evaluate() {
        if (!vm.doneProperty().get()) {
            return;
        }
        if (vm.isCodeRun()) {
            vm.ask("Evaluating", e -> ((CodeExperiment) e).evaluate(1000, ((CodeExperiment) e).settings().seed() + 1),
                    m -> vm.messageProperty().set("Metrics on 1,000 samples: " + m));
            return;
        }
        metrics.pending();
        vm.ask("Evaluating", e -> ImageEvaluation.evaluate(images(e), ImageEvaluation.seedFor(images(e).settings())),
                m -> {
            lastMetrics = m;
            metrics.show(m);
        });
    }

    /** Run &gt; Choose data folder…: the images of a reopened run whose data folder moved (tests call it too). */
    public void chooseData() {
        if (!vm.hasCodesProperty().get()) {
            vm.errorProperty().set("Choose data folder: open a saved run first (the main window's File > Open"
                    + " run\u2026).");
            return;
        }
        dialogs.directory("Choose the run's data folder (the images it was trained on)").ifPresent(dir ->
                vm.chooseData(dir, () -> {
                    refreshReconstructions();
                    refreshNearest();
                    vm.ask("Reading the held-out images", e -> images(e).data().heldOut().count(),
                            interpolation::configure);
                }));
    }

    /** Names the saved run folder this window shows in its title and status bar. */
    public void showSavedRun(java.nio.file.Path runDir) {
        stage.setTitle("LSOT Explorer \u2014 Images: run " + runDir.getFileName() + " (" + runDir + ")");
    }

    // ---- export -----------------------------------------------------------------------------------------------

    private Raster currentGrid() {
        Node content = tabs.getSelectionModel().getSelectedItem().getContent();
        for (TileGridView g : new TileGridView[] {live, generated, reconstructions, nearest, baselines}) {
            if (g.node() == content) {
                return g.raster();
            }
        }
        return interpolation.raster();
    }

    private void saveGrid() {
        String name = tabs.getSelectionModel().getSelectedItem().getText().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-") + ".png";
        savePng(currentGrid(), "Save grid as PNG", name);
    }

    private void saveStrips() {
        savePng(interpolation.raster(), "Save strips as PNG", "interpolation.png");
    }

    private void savePng(Raster r, String title, String name) {
        if (r == null) {
            vm.errorProperty().set("Nothing to save yet: the selected tab shows no figure.");
            return;
        }
        dialogs.save(title, name, "PNG images", "*.png").ifPresent(p -> {
            try {
                PngWriter.write(r, p);
                vm.messageProperty().set("Saved " + p + ".");
            } catch (IOException | RuntimeException e) {
                vm.errorProperty().set("Could not save " + p + ": " + ImageExplorerViewModel.describe(e) + ".");
            }
        });
    }

    private void saveRunFolder() {
        if (!vm.hasCodesProperty().get()) {
            vm.errorProperty().set("Nothing to save yet: the run folder needs the codes (wait for the encoding).");
            return;
        }
        dialogs.directory("Save run folder").ifPresent(dir -> {
            ImageMetrics m = lastMetrics;
            vm.ask("Saving the run folder", e -> e instanceof CodeExperiment c ? CodeRunFolder.write(dir, c, null)
                    : withModels(dir, images(e), m), files -> vm.messageProperty()
                    .set("Saved " + files.size() + " files to " + dir + "."));
        });
    }

    /** The run folder with the models that reopen it (File &gt; Open run… in the main window). */
    private java.util.List<String> withModels(java.nio.file.Path dir, ImageExperiment e, ImageMetrics m)
            throws IOException {
        java.util.List<String> files = new java.util.ArrayList<>(ImageRunBundle.save(dir, e, vm.dataFolder()));
        files.addAll(ImageRunFolder.write(dir, e, m));
        return files;
    }

    /** Shows the Open latent codes dialog (the launcher calls it for a window opened without a folder). */
    public void askForCodes() {
        openCodes();
    }

    /** File &gt; Open latent codes…: asks for the files; a bad file shows its error and keeps the current run. */
    private void openCodes() {
        LatentCodesDialog.ask(stage, dialogs).ifPresent(this::openCodes);
    }

    /** Opens the user's own codes (as the dialog does; tests call it directly). */
    public void openCodes(CodeInputs.Files files) {
        vm.openCodes(files);
    }

    /** The run as an autoencoder experiment; the queries that need images and an encoder say so otherwise. */
    private static ImageExperiment images(ImageRun r) {
        if (r instanceof ImageExperiment e) {
            return e;
        }
        throw new IllegalStateException("not available for your own codes (it needs the encoder and held-out images)");
    }

    /** Stops the pump and the worker (idempotent). */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pump.stop();
        vm.close();
        if (stage.isShowing()) {
            Platform.runLater(stage::close);
        }
    }

    // ---- for tests ----------------------------------------------------------------------------------------------

    public Stage stage() {
        return stage;
    }

    public ImageExplorerViewModel viewModel() {
        return vm;
    }

    /** The live grid's image on screen, or null. */
    public javafx.scene.image.Image liveGridImage() {
        return live.imageView().getImage();
    }

    /** The decoded point's image, or null. */
    public javafx.scene.image.Image decodedImage() {
        return decoded.imageView().getImage();
    }

    public String decodedCoordinates() {
        return decoded.coordsLabel().getText();
    }

    /** The plane on screen, or null. */
    /** The plane point ringed as clicked, or null. */
    public double[] markedPlanePoint() {
        return plane.markedPoint();
    }

    public LatentPlane plane() {
        return plane.plane();
    }

    /** Decodes data point {@code (x, y)} of the plane, as a click there does (review scripts). */
    public void pick(double x, double y) {
        decodeAt(x, y);
    }

    /** Selects the tab whose title starts with {@code title} (review scripts). */
    public void selectTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().startsWith(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Screen coordinates of data point {@code (x, y)} of the plane, or null before the first frame. */
    public javafx.geometry.Point2D planeScreenPoint(double x, double y) {
        double[] local = plane.localPointOf(x, y);
        return local == null ? null : plane.host().localToScreen(local[0], local[1]);
    }

    /** Whether an image has at least two pixel colours. */
    public static boolean hasVaryingPixels(javafx.scene.image.Image img) {
        return RasterImages.hasVaryingPixels(img);
    }

    public String errorText() {
        return error.getText();
    }
}
