package org.lsotexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.data.ImageLayout;
import org.lsotexplorer.data.NpyFiles;
import org.lsotexplorer.engine.images.CodeInputs;
import org.lsotexplorer.engine.images.ImagePreset;
import org.lsotexplorer.engine.images.ImageSnapshot;
import org.lsotexplorer.engine.images.LatentPlane;
import org.lsotexplorer.engine.images.ModelStore;
import org.lsotexplorer.model.OnnxFixtures;
import org.lsotexplorer.ui.images.ImageExplorerWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The image window on the user's own codes (headless): the codes and the ONNX decoder train and draw the plane with
 * the probe arrows and the noise path; a bad file then shows the CLI's {@code error:} message and keeps the run.
 */
@ExtendWith(ApplicationExtension.class)
class OwnCodesWindowTest {
    private static final String PREFS = "org/lsotexplorer/ui-own-codes-test";
    @TempDir
    Path dir;
    private ExplorerWindow window;

    @BeforeAll
    static void freshPreferences() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @Start
    void start(Stage stage) {
        ExplorerOptions o = ExplorerWindowTest.small();
        window = new ExplorerWindow(stage, new ExplorerOptions(o.initial(), o.schedule(),
                Preferences.userRoot().node(PREFS)), new QueuedFileDialogs());
        window.images().setTuning(ImageExplorerWindowTest::small);
        window.images().setCaches(new ModelStore(dir.resolve("models")), null);
        window.show();
    }

    @Stop
    void stop() {
        window.close();
    }

    private static void waitFor(int seconds, String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    @Test
    void ownCodesWithDecoderTrainAndABadFileKeepsTheRun(FxRobot robot) throws Exception {
        Path codes = NpyFiles.codes(dir.resolve("codes.npy"), NpyFiles.clusteredCodes(200, 4, 4, 5));
        long[] l = new long[200];
        for (int i = 0; i < l.length; i++) {
            l[i] = i % 4;
        }
        Path labels = NpyFiles.labels(dir.resolve("labels.npy"), l);
        Path decoder = OnnxFixtures.copy(OnnxFixtures.DECODER, dir);
        ImageExplorerWindow[] w = new ImageExplorerWindow[1];
        robot.interact(() -> {
            w[0] = window.images().open(ImagePreset.MNIST, null);
            w[0].openCodes(new CodeInputs.Files(codes, labels, null, ImageLayout.AUTO, decoder));
        });
        waitFor(120, "the run on the codes is done", () -> state(w[0]) == ImageSnapshot.State.DONE);
        waitFor(10, "the plane is drawn", () -> w[0].plane() != null);
        LatentPlane plane = w[0].plane();
        assertEquals(4, plane.latentDim());
        assertNotNull(plane.noisePath(), "the plane carries a straight noise path");
        assertEquals(plane.noise().length, plane.mapped().length, "one arrow z -> T(z) per probe point");
        waitFor(10, "the live grid shows decoded images", () -> robot.lookup("#liveGridTitle")
                .queryAs(Label.class).getText().startsWith("decode(T(z))"));
        assertTrue(ImageExplorerWindow.hasVaryingPixels(w[0].liveGridImage()));

        ImageSnapshot before = w[0].viewModel().snapshot();
        Path nan = NpyFiles.codes(dir.resolve("nan.npy"), new double[][] {{1, 2}, {Double.NaN, 0}});
        robot.interact(() -> w[0].openCodes(new CodeInputs.Files(nan, null, null, ImageLayout.AUTO, null)));
        waitFor(20, "the error line names the bad file", () -> robot.lookup("#imageError").queryAs(Label.class)
                .getText().startsWith("error: nan.npy"));
        String message = robot.lookup("#imageError").queryAs(Label.class).getText();
        assertTrue(message.contains("NaN in code 1"), message);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before.state(), w[0].viewModel().snapshot().state(), "the run keeps its state");
        assertEquals(4, w[0].plane().latentDim(), "the plane still shows the earlier d = 4 run");
        org.junit.jupiter.api.Assertions.assertArrayEquals(plane.codes()[0], w[0].plane().codes()[0]);
    }

    @Test
    void withoutDecoderAClickShowsTheTrainingImageOfTheNearestCode(FxRobot robot) throws Exception {
        Path codes = NpyFiles.codes(dir.resolve("codes.npy"), NpyFiles.clusteredCodes(90, 2, 3, 8));
        byte[] px = new byte[90 * 16];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (i * 7);
        }
        Path images = NpyFiles.write(dir.resolve("images.npy"), "|u1", false, "(90, 4, 4)", px);
        ImageExplorerWindow[] w = new ImageExplorerWindow[1];
        robot.interact(() -> {
            w[0] = window.images().open(ImagePreset.MNIST, null);
            w[0].openCodes(new CodeInputs.Files(codes, null, images, ImageLayout.AUTO, null));
        });
        waitFor(120, "the run on the codes is done", () -> state(w[0]) == ImageSnapshot.State.DONE);
        waitFor(10, "the plane is drawn", () -> w[0].plane() != null);
        assertNotNull(w[0].plane().field(), "d = 2: the toy view");
        double[] code = w[0].plane().codes()[0];
        robot.interact(() -> w[0].pick(code[0], code[1]));
        waitFor(20, "the decoded point names its training image", () -> robot.lookup("#decodedCoords")
                .queryAs(Label.class).getText().contains("the training image of code #"));
    }

    private static ImageSnapshot.State state(ImageExplorerWindow w) {
        ImageSnapshot s = w.viewModel().snapshot();
        return s == null ? null : s.state();
    }
}
