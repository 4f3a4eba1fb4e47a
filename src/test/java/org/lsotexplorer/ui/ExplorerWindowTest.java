package org.lsotexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.engine.CriticRaysOptions;
import org.lsotexplorer.engine.EntropicOtOptions;
import org.lsotexplorer.live.FrameSchedule;
import org.lsotexplorer.engine.LsotOptions;
import org.lsotexplorer.engine.LsotSolver;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.WorkerState;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.SemiDiscreteOptions;
import org.lsotexplorer.ui.data.Dataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The window end to end, headless (Monocle), with a small lsot run so each test takes a few seconds. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private static final String PREFS = "org/lsotexplorer/ui-test";
    @TempDir
    Path dir;
    private final QueuedFileDialogs dialogs = new QueuedFileDialogs();
    private ExplorerWindow window;

    @BeforeAll
    static void freshPreferences() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    /** Small, fast settings: 256 codes, a 32x32 discriminator; a long budget, so no test sees the run end. */
    static ExplorerOptions small() {
        LsotOptions l = new LsotOptions(new int[] {32, 32}, 1e-3, 0.5, 0.9, 64, 100_000,
                new SemiDiscreteOptions(30, 1e-2, 512, 4096, 1e-9, 20), 0.4, 0.02);
        RunSettings s = new RunSettings("eight-gaussians", SolverKind.LSOT, 1, 256, SourceDistribution.GAUSSIAN, l,
                CriticRaysOptions.defaults(), 256, EntropicOtOptions.defaults(), 300, 200);
        return new ExplorerOptions(s, new FrameSchedule(50, 100, 300, 0.1, 32), Preferences.userRoot().node(PREFS));
    }

    @Start
    void start(Stage stage) {
        window = new ExplorerWindow(stage, small(), dialogs);
        window.show();
    }

    @Stop
    void stop() {
        window.close();
    }

    private ExplorerController c() {
        return window.controller();
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(what, 30, condition);
    }

    private void ready() throws Exception {
        waitFor("the worker runs and drew a frame", () -> c().session().isReady() && window.planeView().frames() > 0
                && window.planeView().snapshot() != null && c().session().latestMetrics() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int step() {
        return c().runModel().stepProperty().get();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private <T> T onWorker(org.lsotexplorer.ui.run.RunSession.Job<T> job) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        c().session().submit(job, f::complete, f::completeExceptionally);
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void opensOnEightGaussiansWithLsotReadyToTrain(FxRobot robot) throws Exception {
        ready();
        assertEquals(Dataset.of(org.lsotexplorer.data.ToyPreset.EIGHT_GAUSSIANS),
                robot.lookup("#datasetPicker").queryAs(ComboBox.class).getValue());
        assertEquals(SolverKind.LSOT, robot.lookup("#solverPicker").queryAs(ComboBox.class).getValue());
        assertEquals("Eight Gaussians", window.planeView().snapshot().targetName());
        assertEquals(SolverKind.LSOT, window.planeView().snapshot().solver());
        assertTrue(window.planeView().figure().heatmap() != null, "the potential shows from the start");
        assertFalse(robot.lookup("#train").queryButton().isDisabled());
        assertEquals(0, step());
        waitFor("the status says ready", () -> c().runModel().statusText().startsWith("Ready"));
    }

    @Test
    void thePlaneIsLiveWhileTraining(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#train");
        waitFor("steps are taken", () -> step() >= 5);
        java.util.Set<Integer> distinct = new java.util.HashSet<>();
        int samples = 40;
        for (int i = 0; i < samples; i++) {
            Thread.sleep(100);
            CompletableFuture<int[]> px = new CompletableFuture<>();
            javafx.application.Platform.runLater(() -> px.complete(window.planeView().pixels()));
            distinct.add(Arrays.hashCode(px.get(5, TimeUnit.SECONDS)));
        }
        // a plane that changes every 2-3 s (the old snapshot schedule) shows 2 or 3 pictures in 4 s; a live one
        // shows a new picture at most samples (loaded machines included)
        assertTrue(distinct.size() >= samples / 4, "a new picture at most samples while training: "
                + distinct.size() + " distinct of " + samples);
    }

    @Test
    void switchingTheSolverOfATrainedRunAsksFirst(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#step");
        robot.clickOn("#step");
        waitFor("two steps", () -> step() == 2);
        robot.interact(() -> c().pickSolver(SolverKind.EXACT));
        waitFor("the banner asks", () -> window.banner().isShowing() && window.banner().text().contains("discards"));
        assertEquals(SolverKind.LSOT, robot.lookup("#solverPicker").queryAs(ComboBox.class).getValue(),
                "nothing switches before the answer");
        robot.clickOn("Keep this run");
        waitFor("the banner closes", () -> !window.banner().isShowing());
        assertEquals(2, step(), "the run is kept");
        assertEquals(SolverKind.LSOT, c().settingsModel().solverProperty().get());
        robot.interact(() -> c().pickSolver(SolverKind.EXACT));
        waitFor("the banner asks again", () -> window.banner().isShowing());
        assertEquals(2, robot.lookup(".notification-bar .button").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Button).count(), "two answers, no pile-up");
        robot.clickOn("Switch");
        waitFor("the solver switched and the run reset", () -> window.planeView().snapshot() != null
                && window.planeView().snapshot().solver() == SolverKind.EXACT && step() == 0);
    }

    @Test
    void explainStepsThroughThePhasesOfOneStep(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#explain");
        waitFor("the first phase is explained", () -> window.planeView().caption().contains("1. c-transform"));
        assertEquals(1, step(), "one step was taken");
        waitFor("the noise batch is highlighted", () -> window.planeView().figure() != null
                && window.planeView().figure().layers().stream().anyMatch(l -> l.label().equals("noise batch z_i")));
        robot.clickOn("#explain");
        waitFor("the second phase", () -> window.planeView().caption().contains("2. discriminator step"));
        robot.clickOn("#explain");
        waitFor("the third phase", () -> window.planeView().caption().contains("3. re-assignment"));
        robot.clickOn("#explain");
        waitFor("the tears", () -> window.planeView().caption().contains("4. the map tears"));
        assertEquals(1, step(), "phases do not take steps");
        robot.clickOn("#explain");
        waitFor("the next step is explained", () -> step() == 2
                && window.planeView().caption().contains("Step 2, 1. c-transform"));
        robot.clickOn("#train");
        waitFor("training clears the caption", () -> window.planeView().caption().isEmpty());
    }

    private void apply(String key, String value) {
        var setting = c().settingsModel().settings().stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow();
        assertTrue(c().settingsModel().apply(setting, value), key + " = " + value);
    }

    @Test
    void newtonRefinementShowsItsLineSearchCellsAndConvergence(FxRobot robot) throws Exception {
        ready();
        robot.interact(() -> {
            apply("lsot.steps", "3");
            apply("lsot.refineMethod", "newton");
            c().reset();
        });
        waitFor("the new run", () -> c().runModel().totalStepsProperty().get() < 100 && step() == 0);
        for (int i = 1; i <= 3; i++) {
            int target = i;
            robot.interact(() -> c().step());
            waitFor("discriminator step " + i, () -> step() == target);
        }
        robot.clickOn("#explain");
        waitFor("a Newton iteration is explained", () -> window.planeView().caption().contains("Damped Newton"));
        assertTrue(window.planeView().caption().contains("worst cell"), window.planeView().caption());
        robot.clickOn("#train");
        waitFor("Newton converges", () -> c().runModel().stateProperty().get() == WorkerState.DONE);
        waitFor("the convergence chart shows Newton", () -> window.curves().convergence().pointCount() >= 2);
        robot.interact(() -> c().planeModel().cellsProperty().set(true));
        waitFor("the Laguerre cells are drawn", () -> window.planeView().figure().layers().stream()
                .anyMatch(l -> l instanceof org.lsotexplorer.render.CellLayer));
    }

    @Test
    void wheelZoomsDragPansDoubleClickFitsAndHoverReadsThePotential(FxRobot robot) throws Exception {
        ready();
        robot.moveTo("#plane");
        waitFor("the hover read-out shows", () -> c().planeModel().hoverProperty().get().contains("\u03c6(z) ="));
        assertTrue(robot.lookup("#planeHover").queryAs(Label.class).isVisible());
        var fitted = window.planeView().figure().viewport();
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        waitFor("the wheel zooms", () -> c().planeModel().viewportProperty().get() != null);
        var zoomed = c().planeModel().viewportProperty().get();
        assertTrue(zoomed.width() != fitted.width(), "the viewport changed size");
        robot.drag("#plane", MouseButton.PRIMARY).moveBy(80, 0).drop();
        var panned = c().planeModel().viewportProperty().get();
        assertTrue(panned.xMin() < zoomed.xMin(), "dragging right shows what lies to the left");
        assertEquals(zoomed.width(), panned.width(), 1e-9);
        robot.doubleClickOn("#plane");
        waitFor("double-click fits the data again", () -> c().planeModel().viewportProperty().get() == null);
    }

    @Test
    void trainMovesTheStepCounterMetricsAndThePlane(FxRobot robot) throws Exception {
        ready();
        int[] before = window.planeView().pixels();
        String w2Before = text(robot, "#metric-w2_to_target");
        assertNotEquals("\u2014", w2Before, "the first metrics show before training");
        robot.clickOn("#train");
        waitFor("steps are taken", () -> step() >= 40);
        waitFor("the metrics change", () -> !text(robot, "#metric-w2_to_target").equals(w2Before));
        waitFor("the plane changes", () -> !Arrays.equals(before, window.planeView().pixels()));
        waitFor("the loss curve fills", () -> {
            var plot = robot.lookup("#lossChart").queryAs(ChartViewer.class).getChart().getXYPlot();
            return plot.getDataset(0) != null && plot.getDataset(0).getItemCount(0) > 10;
        });
        assertTrue(robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText()
                .startsWith("Training"), "the status bar says so");
    }

    @Test
    void pauseStopsTheStepCounter(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#train");
        waitFor("steps are taken", () -> step() >= 10);
        robot.clickOn("#train");
        waitFor("the worker pauses", () -> c().session().status().state() == WorkerState.PAUSED);
        int paused = c().session().status().step();
        Thread.sleep(600);
        assertEquals(paused, c().session().status().step(), "no step after Pause");
        assertEquals("\u25B6  Train", robot.lookup("#train").queryButton().getText());
        robot.clickOn("#step");
        waitFor("Step takes exactly one step", () -> c().session().status().step() == paused + 1);
        Thread.sleep(300);
        assertEquals(paused + 1, c().session().status().step());
    }

    @Test
    void potentialOnlyFreezesTheMapAndSlowMotionSlowsTraining(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#freezeMap");
        robot.interact(() -> c().runModel().speedIndexProperty().set(1));
        robot.clickOn("#train");
        waitFor("a few slow steps", () -> step() >= 3);
        var first = window.planeView().snapshot();
        waitFor("more steps", () -> window.planeView().snapshot().step() >= first.step() + 2);
        var later = window.planeView().snapshot();
        assertArrayEquals(first.arrowTo(), later.arrowTo(), "the map stays frozen while the potential trains");
        assertArrayEquals(first.mapped(), later.mapped());
        int s0 = c().session().status().step();
        Thread.sleep(1000);
        int perSecond = c().session().status().step() - s0;
        assertTrue(perSecond <= 5, "slow motion at about 3 steps per second, got " + perSecond);
        robot.clickOn("#freezeMap");
        robot.interact(() -> c().runModel().speedIndexProperty().set(4));
        waitFor("the map moves again", () -> !Arrays.equals(later.arrowTo(), window.planeView().snapshot()
                .arrowTo()));
    }

    @Test
    void settingsReachTheEngineAndBadValuesAreRefused(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#setting-lsot-learningRate").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A,
                KeyCode.CONTROL).write("0.002").type(KeyCode.ENTER);
        assertEquals(0.002, onWorker(r -> ((LsotSolver) r.solver()).options().learningRate()),
                "a live setting reaches the running solver without a reset");
        robot.clickOn("#setting-lsot-learningRate").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A,
                KeyCode.CONTROL).write("7").type(KeyCode.ENTER);
        Label error = robot.lookup("#settingsError").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().contains("learning rate must be in"), error.getText());
        assertEquals("0.002", robot.lookup("#setting-lsot-learningRate").queryAs(TextField.class).getText());
        assertEquals(0.002, onWorker(r -> ((LsotSolver) r.solver()).options().learningRate()));
        int generation = c().session().generation();
        robot.clickOn("#setting-lsot-batch").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A,
                KeyCode.CONTROL).write("32").type(KeyCode.ENTER);
        assertTrue(c().settingsModel().resetNeededProperty().get(), "batch applies on Reset");
        assertEquals(Integer.valueOf(64), onWorker(r -> r.settings().lsot().batchSize()));
        robot.clickOn("#reset");
        waitFor("the reset installs a new run", () -> c().session().generation() > generation);
        assertEquals(Integer.valueOf(32), onWorker(r -> r.settings().lsot().batchSize()));
        assertEquals(0.002, onWorker(r -> r.settings().lsot().learningRate()));
        assertFalse(c().settingsModel().resetNeededProperty().get());
    }

    @Test
    void malformedCsvShowsAnErrorAndKeepsTheData(FxRobot robot) throws Exception {
        ready();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y\n0.1,0.2\n0.3,zero\n");
        dialogs.answer(bad);
        int generation = c().session().generation();
        robot.clickOn("#loadCsv");
        waitFor("the banner shows", () -> window.banner().isShowing());
        assertEquals("error", window.banner().kind());
        assertTrue(window.banner().text().contains("bad.csv line 3") && window.banner().text().contains("kept"),
                window.banner().text());
        Thread.sleep(300);
        assertEquals(generation, c().session().generation(), "no reset");
        assertEquals("Eight Gaussians", window.planeView().snapshot().targetName());
        assertEquals(Dataset.Kind.PRESET, c().dataModel().dataset().kind());
        Path good = dir.resolve("square.csv");
        Files.writeString(good, "1,1\n-1,1\n-1,-1\n1,-1\n");
        dialogs.answer(good);
        robot.clickOn("#loadCsv");
        waitFor("the CSV run is installed", () -> c().session().generation() > generation
                && window.planeView().snapshot() != null && "square.csv".equals(window.planeView().snapshot()
                .targetName()));
    }

    @Test
    void divergedTrainingPausesAndSaysWhatToDo(FxRobot robot) throws Exception {
        ready();
        Path huge = dir.resolve("huge.csv");
        Files.writeString(huge, "1e20,1e20\n-1e20,0\n");
        dialogs.answer(huge);
        int generation = c().session().generation();
        robot.clickOn("#loadCsv");
        waitFor("the CSV run is installed", () -> c().session().generation() > generation
                && window.planeView().snapshot() != null && "huge.csv".equals(window.planeView().snapshot()
                .targetName()));
        var lastGood = window.planeView().snapshot();
        robot.clickOn("#train");
        waitFor("the worker reports the divergence", () -> c().session().status().state() == WorkerState.DIVERGED);
        waitFor("the banner says what happened", () -> window.banner().isShowing()
                && window.banner().text().startsWith("Training diverged"));
        assertEquals("error", window.banner().kind());
        assertTrue(window.banner().text().contains("lower the learning rate"), window.banner().text());
        assertEquals(0, c().session().status().step(), "the failed step is not counted");
        assertEquals(lastGood.step(), window.planeView().snapshot().step(), "the last good state stays on screen");
        assertEquals("\u25B6  Train", robot.lookup("#train").queryButton().getText(), "training paused");
    }

    @Test
    void paintingAddsTargetPoints(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#datasetPicker").clickOn("Drawn points");
        waitFor("drawn points are chosen", () -> c().dataModel().dataset() == Dataset.DRAWN);
        assertTrue(c().dataModel().brushOnProperty().get(), "the brush is on");
        assertTrue(robot.lookup("#train").queryButton().isDisabled(), "nothing to train yet");
        int generation = c().session().generation();
        robot.drag("#plane", MouseButton.PRIMARY).moveBy(60, 0).moveBy(0, 60).drop();
        waitFor("points were painted", () -> c().dataModel().drawnCountProperty().get() > 2);
        waitFor("a run on the drawn points is installed", () -> c().session().generation() > generation
                && window.planeView().snapshot() != null
                && "Drawn points".equals(window.planeView().snapshot().targetName()));
        assertFalse(robot.lookup("#train").queryButton().isDisabled());
        int painted = c().dataModel().drawnCountProperty().get();
        robot.clickOn("#plane");
        waitFor("a click adds more", () -> c().dataModel().drawnCountProperty().get() > painted);
    }

    @Test
    void shortcutsWorkButNotWhileTyping(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#setting-lsot-learningRate").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A,
                KeyCode.CONTROL).write("0.0015 s5");
        assertTrue(c().planeModel().potentialProperty().get(), "typing 5 in a field does not switch layer 5");
        assertEquals(0, c().session().status().step(), "typing s or a space in a field does not train");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#plane");
        robot.type(KeyCode.DIGIT5);
        waitFor("key 5 hides the potential", () -> !c().planeModel().potentialProperty().get());
        robot.type(KeyCode.SPACE);
        waitFor("Space trains", () -> c().session().status().state() == WorkerState.RUNNING);
        robot.type(KeyCode.SPACE);
        waitFor("Space pauses", () -> c().session().status().state() == WorkerState.PAUSED);
    }

    @Test
    void sizeAndDividersAreRemembered(FxRobot robot) throws Exception {
        ready();
        javafx.scene.control.SplitPane main = robot.lookup(".split-pane").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> window.stage().setWidth(1200));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> main.setDividerPositions(0.3, 0.65));
        robot.interact(window::close);
        Preferences p = Preferences.userRoot().node(PREFS);
        assertEquals(1200, p.getDouble("width", 0), 1);
        assertTrue(p.get("dividers.main", "").startsWith("0.3000;0.6500"), p.get("dividers.main", ""));
        WindowPreferences prefs = new WindowPreferences(p);
        javafx.scene.control.SplitPane fresh = new javafx.scene.control.SplitPane(new javafx.scene.layout.Pane(),
                new javafx.scene.layout.Pane(), new javafx.scene.layout.Pane());
        prefs.restoreDividers(fresh, "main");
        assertEquals(0.3, fresh.getDividerPositions()[0], 1e-3);
        assertEquals(0.65, fresh.getDividerPositions()[1], 1e-3);
    }

    @Test
    void exportsTheViewAtTwiceTheSizeAndTheRunFolder(FxRobot robot) throws Exception {
        ready();
        Path png = dir.resolve("view@2x.png");
        dialogs.answer(png);
        robot.interact(() -> c().exportView(2));
        waitFor("the PNG is written", () -> Files.exists(png) && Files.size(png) > 1000);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(2 * window.planeView().figure().widthPx(), img.getWidth());
        assertEquals(2 * window.planeView().figure().heightPx(), img.getHeight());
        Path csv = dir.resolve("metrics.csv");
        dialogs.answer(csv);
        robot.interact(() -> c().exportMetrics());
        waitFor("the metrics CSV is written", () -> Files.exists(csv) && Files.readString(csv).startsWith(
                "step,phase"));
        dialogs.answer(dir);
        robot.interact(() -> c().saveRunFolder());
        waitFor("the run folder is written", () -> {
            try (var s = Files.list(dir)) {
                return s.filter(Files::isDirectory).anyMatch(d -> Files.exists(d.resolve("potential.png"))
                        && Files.exists(d.resolve("manifest.json")) && Files.exists(d.resolve("metrics.json")));
            }
        });
        assertArrayEquals(new String[0], new String[0]);
    }

    @Test
    void ctrlKOpensTheCompareViewAndKeyXShowsTheExactMapWithItsReadOuts(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#plane");
        robot.type(KeyCode.X);
        waitFor("the exact OT map's arrows are in the legend with L2-UVP and cosine", () -> window.planeView()
                .figure().layers().stream().anyMatch(l -> l.label().startsWith("exact OT map")
                        && l.label().contains("L2-UVP") && l.label().contains("cosine")));
        assertTrue(c().planeModel().exactMapProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor("the compare view opens", () -> window.compareWindow() != null
                && window.compareWindow().stage().isShowing());
        org.lsotexplorer.ui.compare.CompareWindow cmp = window.compareWindow();
        assertTrue(cmp.stage().getTitle().contains("Eight Gaussians"), cmp.stage().getTitle());
        waitFor("both panes draw", () -> robot.lookup("#compareTitle1").tryQuery().isPresent()
                && robot.lookup("#cmp-source-1").queryLabeled().getText().startsWith("Estimates"));
        assertTrue(robot.lookup("#compareTitle0").queryLabeled().getText().contains("LSOT"));
        assertTrue(robot.lookup("#compareTitle1").queryLabeled().getText().contains("Critic rays"));
        robot.interact(window::close);
        assertFalse(cmp.stage().isShowing(), "closing the explorer closes the compare view");
    }
}
