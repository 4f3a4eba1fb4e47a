package org.lsotexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.data.ProgressListener;
import org.lsotexplorer.engine.RunFolder;
import org.lsotexplorer.engine.images.ImageData;
import org.lsotexplorer.engine.images.ImageExperiment;
import org.lsotexplorer.engine.images.ImagePhase;
import org.lsotexplorer.engine.images.ImagePreset;
import org.lsotexplorer.engine.images.ImageRunBundle;
import org.lsotexplorer.engine.images.ImageSnapshot;
import org.lsotexplorer.engine.images.LatentGeneratorKind;
import org.lsotexplorer.engine.images.SyntheticMnist;
import org.lsotexplorer.report.ImageRunFolder;
import org.lsotexplorer.ui.images.ImageExplorerWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A saved image run opened through the explorer window's openRun (File &gt; Open run…, a run folder on the command
 * line): the image window shows it at once in phase DONE, without a training step, with its grid, its plane and
 * click-to-decode; without its data folder it says what needs the images, and Run &gt; Choose data folder… brings
 * them back.
 */
@ExtendWith(ApplicationExtension.class)
class ImageRunReopenWindowTest {
    private static final String PREFS = "org/lsotexplorer/ui-image-reopen-test";
    @TempDir
    static Path tmp;
    static Path mnist;
    static Path run;
    private final QueuedFileDialogs dialogs = new QueuedFileDialogs();
    private ExplorerWindow window;

    @BeforeAll
    static void trainAndSave() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
        mnist = SyntheticMnist.write(tmp.resolve("mnist"), 240, 60, 7);
        ImageData data = ImageData.load(ImagePreset.MNIST, mnist, 28, 0, null, ProgressListener.NONE);
        ImageExperiment e = new ImageExperiment(SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 5), data,
                null);
        while (!e.isDone()) {
            e.step();
        }
        run = tmp.resolve("mnist-run");
        ImageRunBundle.save(run, e, mnist);
        ImageRunFolder.write(run, e, null);
    }

    @Start
    void start(Stage stage) {
        ExplorerOptions o = ExplorerWindowTest.small();
        window = new ExplorerWindow(stage, new ExplorerOptions(o.initial(), o.schedule(),
                Preferences.userRoot().node(PREFS)), dialogs);
        window.images().setCaches(null, null);
        window.show();
    }

    @Stop
    void stop() {
        window.close();
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        FxWait.until(what, 60, condition);
    }

    private ImageExplorerWindow images() {
        return window.images().current();
    }

    private ImageSnapshot.State state() {
        ImageSnapshot s = images() == null ? null : images().viewModel().snapshot();
        return s == null ? null : s.state();
    }

    private void openAndWait(FxRobot robot, Path dir) throws Exception {
        robot.interact(() -> window.openRun(dir));
        waitFor("the image window opens", () -> images() != null && images().stage().isShowing());
        waitFor("the saved run is shown", () -> state() == ImageSnapshot.State.DONE && images().plane() != null
                && images().liveGridImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSavedImageRunOpensDoneWithItsGridAndPlaneWithoutTraining(FxRobot robot) throws Exception {
        openAndWait(robot, run);
        ImageSnapshot s = images().viewModel().snapshot();
        assertEquals(ImagePhase.DONE, s.progress().phase(), "no training phase: the run is rebuilt done");
        assertEquals(1.0, s.progress().fraction());
        assertTrue(images().stage().getTitle().contains("mnist-run"), images().stage().getTitle());
        assertTrue(ImageExplorerWindow.hasVaryingPixels(images().liveGridImage()), "the grid shows images");
        assertEquals(120, images().plane().codes().length, "every saved code is on the plane");
        assertEquals("", images().errorText(), "the data folder was found: nothing is missing");
        robot.interact(() -> images().pick(0.2, -0.1));
        waitFor("the clicked point is decoded", () -> images().decodedImage() != null);
        assertTrue(robot.lookup("#imagePhase").queryAs(Label.class).getText().startsWith("Done"),
                robot.lookup("#imagePhase").queryAs(Label.class).getText());
        assertEquals(run, images().viewModel().savedRun());
    }

    @Test
    void withoutItsDataFolderItSaysWhatNeedsTheImagesAndTheFolderCanBeChosen(FxRobot robot) throws Exception {
        Path moved = tmp.resolve("moved-run");
        Files.createDirectories(moved.resolve(RunFolder.MODEL_DIR));
        try (var files = Files.list(run.resolve(RunFolder.MODEL_DIR))) {
            for (Path f : files.toList()) {
                Files.copy(f, moved.resolve(RunFolder.MODEL_DIR).resolve(f.getFileName()));
            }
        }
        Files.copy(run.resolve(RunFolder.MANIFEST), moved.resolve(RunFolder.MANIFEST));
        Path json = moved.resolve(RunFolder.MODEL_DIR).resolve(ImageRunBundle.RUN_JSON);
        Files.writeString(json, Files.readString(json).replace(mnist.toAbsolutePath().toString(),
                tmp.resolve("gone").toString()));
        openAndWait(robot, moved);
        assertTrue(ImageExplorerWindow.hasVaryingPixels(images().liveGridImage()), "browsable without the images");
        waitFor("the missing images are explained", () -> images().errorText().contains("Choose data folder"));
        assertTrue(images().errorText().contains(tmp.resolve("gone").toString()), images().errorText());
        dialogs.answer(mnist);
        robot.interact(() -> images().chooseData());
        waitFor("the images are loaded", () -> mnist.equals(images().viewModel().dataFolder()));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);     // a few worker snapshots: the message stays
        assertTrue(images().viewModel().messageProperty().get().startsWith("Loaded"),
                images().viewModel().messageProperty().get());
        assertEquals("", images().errorText());
        assertNotNull(images().liveGridImage());
    }
}
