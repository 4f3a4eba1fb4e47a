package org.lsotexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.engine.SnapshotOptions;
import org.lsotexplorer.ui.run.RunSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs kept through the window: File &gt; Save run folder, a reset, File &gt; Open run (the saved step on the plane,
 * Train continuing it exactly as an uninterrupted run), Open recent, the title; the timeline slider and "Branch
 * here".
 */
@ExtendWith(ApplicationExtension.class)
class RunKeepingWindowTest {
    private static final String PREFS = "org/lsotexplorer/ui-test-keeping";
    @TempDir
    Path dir;
    private final QueuedFileDialogs dialogs = new QueuedFileDialogs();
    private ExplorerWindow window;

    @BeforeAll
    static void freshPreferences() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @Start
    void start(Stage stage) {
        ExplorerOptions o = ExplorerWindowTest.small();
        window = new ExplorerWindow(stage, new ExplorerOptions(o.initial(), o.schedule(),
                Preferences.userRoot().node(PREFS)), dialogs);
        window.show();
    }

    @Stop
    void stop() {
        window.close();
    }

    private ExplorerController c() {
        return window.controller();
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(what, 60, condition);
    }

    private void ready() throws Exception {
        waitFor("the worker runs", () -> c().session().isReady() && window.planeView().snapshot() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int step() {
        return c().runModel().stepProperty().get();
    }

    private <T> T onWorker(RunSession.Job<T> job) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        c().session().submit(job, f::complete, f::completeExceptionally);
        return f.get(60, TimeUnit.SECONDS);
    }

    /** The mapped samples of the worker's run: a fingerprint of the discriminator and the heights. */
    private float[] mapped() throws Exception {
        return onWorker(r -> r.snapshot(SnapshotOptions.pointsOnly()).mapped());
    }

    private int workerStep() throws Exception {
        return onWorker(r -> r.solver().completedSteps());
    }

    private void stepTo(FxRobot robot, int target) throws Exception {
        while (workerStep() < target) {
            int before = workerStep();
            robot.interact(() -> c().step());
            waitFor("one step", () -> workerStep() > before || workerStep() >= target);
        }
        waitFor("the status shows step " + target, () -> step() == target);
    }

    private Path savedFolder() throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(d -> Files.exists(d.resolve("manifest.json"))).findFirst().orElse(null);
        }
    }

    private static JsonNode json(Path p) throws Exception {
        return new ObjectMapper().readTree(p.toFile());
    }

    @Test
    void aSavedRunReopensAtItsStepAndTrainContinuesItExactly(FxRobot robot) throws Exception {
        ready();
        stepTo(robot, 6);
        float[] atSix = mapped();
        dialogs.answer(dir);
        robot.interact(() -> c().saveRunFolder());
        waitFor("the run folder is written and named in the title", () -> savedFolder() != null
                && "running".equals(json(savedFolder().resolve("manifest.json")).path("state").asText())
                && window.stage().getTitle().contains(savedFolder().getFileName().toString()));
        Path saved = savedFolder();

        robot.interact(() -> c().reset());
        waitFor("a fresh run", () -> workerStep() == 0 && step() == 0);
        assertEquals(ExplorerWindow.TITLE, window.stage().getTitle(), "a new run has no folder");
        assertNotEquals(java.util.Arrays.toString(atSix), java.util.Arrays.toString(mapped()));

        robot.interact(() -> window.openRun(saved));
        waitFor("the opened run shows step 6", () -> workerStep() == 6 && step() == 6
                && window.planeView().snapshot() != null && window.planeView().snapshot().step() == 6);
        assertArrayEquals(atSix, mapped(), "the opened run is the saved one, bit for bit");
        assertTrue(window.stage().getTitle().contains(saved.getFileName().toString()), window.stage().getTitle());
        assertTrue(window.banner().text().contains("step 6"), window.banner().text());
        Menu recent = (Menu) window.stage().getScene().getRoot().lookupAll(".menu-bar").stream().findFirst()
                .map(n -> ((javafx.scene.control.MenuBar) n).getMenus().get(0)).orElseThrow().getItems().stream()
                .filter(i -> "openRecent".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> recent.getOnShowing());
        assertTrue(recent.getItems().get(0).getText().startsWith(saved.getFileName().toString()),
                recent.getItems().get(0).getText());

        stepTo(robot, 9);
        float[] resumed = mapped();
        robot.interact(() -> c().reset());
        waitFor("a fresh run", () -> workerStep() == 0 && step() == 0);
        stepTo(robot, 9);
        assertArrayEquals(mapped(), resumed, "save, reopen and continue equals training straight through");
    }

    @Test
    void aCliRunFolderOpensInTheWindowAtItsLastStep(FxRobot robot) throws Exception {
        ready();
        Path out = dir.resolve("cli-run");
        assertEquals(0, org.lsotexplorer.cli.Cli.execute(new String[] {"run", "--steps", "12", "--targets", "64",
            "--refine", "2", "--seed", "3", "--quiet", "--out", out.toString()}));
        JsonNode manifest = json(out.resolve("manifest.json"));
        assertEquals("complete", manifest.path("state").asText());
        int saved = manifest.path("steps_done").asInt();
        assertEquals(14, saved, manifest.toString());
        robot.interact(() -> window.openRun(out));
        waitFor("the CLI run shows in the plane at step " + saved, () -> workerStep() == saved && step() == saved
                && window.planeView().snapshot() != null && window.planeView().snapshot().step() == saved);
        assertTrue(window.stage().getTitle().contains("cli-run"), window.stage().getTitle());
        assertTrue(window.banner().text().contains("complete"), window.banner().text());
        long seed = onWorker(r -> r.settings().seed());
        int codes = onWorker(r -> r.settings().codeCount());
        assertEquals(3L, seed);
        assertEquals(64, codes);
    }

    @Test
    void aBadFolderKeepsTheRunAndSaysWhy(FxRobot robot) throws Exception {
        ready();
        stepTo(robot, 2);
        Path notARun = Files.createDirectories(dir.resolve("holiday-photos"));
        Files.writeString(notARun.resolve("manifest.json"), "");
        robot.interact(() -> window.openRun(notARun));
        waitFor("an error in the banner", () -> window.banner().isShowing() && "error".equals(window.banner().kind()));
        assertTrue(window.banner().text().contains("manifest.json"), window.banner().text());
        assertTrue(window.banner().text().contains("current run is kept"), window.banner().text());
        assertEquals(2, workerStep());
    }

    @Test
    void theTimelineRewindsAndBranchesWithOtherSettings(FxRobot robot) throws Exception {
        ready();
        robot.interact(() -> c().toggleTrain());
        waitFor("30 steps trained", () -> workerStep() >= 30);
        robot.interact(() -> c().toggleTrain());
        int newest = workerStep();
        waitFor("the timeline lists checkpoints 0, 10, 20, 30", () -> {
            int[] s = c().session().timelineSteps();
            return s.length >= 4 && s[0] == 0 && s[1] == 10 && s[2] == 20 && s[3] == 30;
        });
        float[] atNewest = mapped();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.timeline().update(c().session().timelineSteps(), newest));

        robot.interact(() -> window.timeline().scrubTo(14.0));
        assertEquals(10, window.timeline().shownStep(), "the thumb snaps to the kept step at or before it");
        waitFor("the plane shows step 10", () -> window.planeView().snapshot() != null
                && window.planeView().snapshot().step() == 10);
        String label = robot.lookup("#timelineLabel").queryAs(Label.class).getText();
        assertTrue(label.startsWith("Showing step 10"), label);
        assertFalse(robot.lookup("#branchHere").queryButton().isDisabled());
        assertArrayEquals(atNewest, mapped(), "showing a step leaves the run itself untouched");

        var lr = c().settingsModel().settings().stream().filter(x -> "learning_rate".equals(x.liveKey()))
                .findFirst().orElseThrow();
        robot.interact(() -> assertTrue(c().settingsModel().apply(lr, "0.0005")));
        robot.clickOn("#branchHere");
        waitFor("the branch is installed at step 10", () -> workerStep() == 10 && step() == 10);
        assertTrue(window.banner().text().startsWith("Branched at step 10"), window.banner().text());
        double branchRate = onWorker(r -> r.settings().lsot().learningRate());
        assertEquals(5e-4, branchRate, 0.0);

        dialogs.answer(dir);
        robot.interact(() -> c().saveRunFolder());
        waitFor("the branch's folder is written", () -> savedFolder() != null);
        JsonNode parent = json(savedFolder().resolve("manifest.json")).path("parent");
        assertEquals(10, parent.path("step").asInt(-1), parent.toString());
    }
}
