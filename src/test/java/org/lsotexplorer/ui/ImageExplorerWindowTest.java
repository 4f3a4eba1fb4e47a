package org.lsotexplorer.ui;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.engine.images.ImageRunSettings;
import org.lsotexplorer.engine.images.ImageSnapshot;
import org.lsotexplorer.engine.images.LatentPlane;
import org.lsotexplorer.engine.images.ModelStore;
import org.lsotexplorer.ui.images.ImageExplorerWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The image explorer end to end, headless (Monocle), on a small slice of the real MNIST files in
 * {@code ../shared/data/mnist} (skipped when that folder is missing): the File menu opens a queued folder, the run
 * trains with a live grid, and a click on the latent plane decodes the point. A folder without MNIST files shows a
 * clear error and the app keeps working.
 */
@ExtendWith(ApplicationExtension.class)
class ImageExplorerWindowTest {
    private static final Path MNIST = Path.of("../shared/data/mnist");
    private static final String PREFS = "org/lsotexplorer/ui-image-test";
    @TempDir
    Path dir;
    private final QueuedFileDialogs dialogs = new QueuedFileDialogs();
    private ExplorerWindow window;

    @BeforeAll
    static void freshPreferences() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    /** A run small enough for 2 cores: 256 training images, 1 epoch, 256 codes, 30 discriminator steps. */
    static ImageRunSettings small(ImageRunSettings s) {
        return s.withTrainLimit(256).withAutoencoderEpochs(1).withCodeCount(256).withSampleCount(64)
                .withLsot(s.lsot().withDiscriminatorSteps(30).withRefinement(s.lsot().refinement()
                        .withMaxIterations(5)));
    }

    @Start
    void start(Stage stage) {
        ExplorerOptions o = ExplorerWindowTest.small();
        window = new ExplorerWindow(stage, new ExplorerOptions(o.initial(), o.schedule(),
                Preferences.userRoot().node(PREFS)), dialogs);
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

    private ImageExplorerWindow images() {
        return window.images().current();
    }

    private void openThroughMenu(FxRobot robot, Path folder) throws Exception {
        dialogs.answer(folder);
        robot.clickOn("#menuBar .menu").clickOn("Open MNIST folder\u2026");
        waitFor(10, "the image explorer opens", () -> images() != null && images().stage().isShowing());
        assertTrue(robot.lookup("#imagePhase").queryAs(Label.class).getText().startsWith("Ready"),
                "opening the data does not start training: the settings come first");
        assertEquals(null, state(), "no run before Start");
        robot.clickOn("#imageStart");
    }

    private ImageSnapshot.State state() {
        ImageSnapshot s = images().viewModel().snapshot();
        return s == null ? null : s.state();
    }

    @Test
    void mnistOpensTrainsWithALiveGridAndClickDecodes(FxRobot robot) throws Exception {
        assumeTrue(Files.isDirectory(MNIST), "shared data folder " + MNIST.toAbsolutePath() + " is missing");
        openThroughMenu(robot, MNIST);
        assertTrue(images().stage().getTitle().contains("Images"), images().stage().getTitle());
        assertEquals("256", robot.lookup("#imageTrainLimit").queryTextInputControl().getText(),
                "the settings row shows the run's settings");
        waitFor(120, "the live grid shows a non-blank image", () -> ImageExplorerWindow.hasVaryingPixels(
                images().liveGridImage()));
        waitFor(180, "the codes exist and the plane is drawn", () -> images().plane() != null
                && robot.lookup("#imagePlaneImage").query().isVisible());
        waitFor(180, "the run is done", () -> state() == ImageSnapshot.State.DONE);
        assertTrue(robot.lookup("#imagePhase").queryAs(Label.class).getText().startsWith("Done"),
                robot.lookup("#imagePhase").queryAs(Label.class).getText());
        waitFor(10, "the live grid shows generated images", () -> robot.lookup("#liveGridTitle")
                .queryAs(Label.class).getText().startsWith("decode(T(z))"));
        assertTrue(ImageExplorerWindow.hasVaryingPixels(images().liveGridImage()));

        LatentPlane plane = images().plane();
        assertEquals(8, plane.latentDim());
        assertEquals(256, plane.codes().length, "every code of the small run is drawn");
        String before = images().decodedCoordinates();
        assertTrue(images().decodedImage() == null, "nothing decoded before a click");
        double[] code = plane.codes()[0];
        Point2D at = images().planeScreenPoint(code[0], code[1]);
        assertNotNull(at);
        robot.clickOn(at);
        waitFor(30, "the decoded point shows", () -> images().decodedImage() != null
                && !images().decodedCoordinates().startsWith("decoding"));
        assertTrue(ImageExplorerWindow.hasVaryingPixels(images().decodedImage()), "the decoded digit is not blank");
        assertTrue(images().decodedImage().getWidth() >= 140, "enlarged: " + images().decodedImage().getWidth());
        String coords = images().decodedCoordinates();
        assertNotEquals(before, coords);
        assertTrue(coords.startsWith("code point ("), coords);
        String[] xy = coords.substring(coords.indexOf('(') + 1, coords.indexOf(')')).split(",\\s*");
        assertEquals(code[0], Double.parseDouble(xy[0]), 0.05, "the clicked point is the code under the cursor");
        assertNotNull(images().markedPlanePoint(), "the clicked point is ringed on the plane");
        assertEquals(code[0], images().markedPlanePoint()[0], 0.05);
        assertEquals(code[1], Double.parseDouble(xy[1]), 0.05);

        // hovering decodes a small preview above the coordinates
        robot.moveTo(images().planeScreenPoint(code[0] + 0.3, code[1] - 0.2));
        waitFor(30, "the hover preview shows", () -> {
            javafx.scene.image.ImageView p = robot.lookup("#imagePlanePreview").queryAs(
                    javafx.scene.image.ImageView.class);
            return p.getImage() != null && ImageExplorerWindow.hasVaryingPixels(p.getImage());
        });

        robot.clickOn("#noiseClicks");
        robot.clickOn(images().planeScreenPoint(0, 0));
        waitFor(30, "the noise point is decoded through T", () -> images().decodedCoordinates()
                .startsWith("noise point"));
        assertTrue(ImageExplorerWindow.hasVaryingPixels(images().decodedImage()));
        assertFalse(images().errorText() != null && !images().errorText().isEmpty(), images().errorText());
    }

    @Test
    void aFolderWithoutMnistShowsAClearErrorAndTheAppKeepsWorking(FxRobot robot) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("not-mnist"));
        Files.writeString(empty.resolve("notes.txt"), "no digits here");
        openThroughMenu(robot, empty);
        waitFor(60, "the run reports the bad folder", () -> state() == ImageSnapshot.State.FAILED);
        waitFor(5, "the error shows in the window", () -> !images().errorText().isEmpty());
        String error = images().errorText();
        assertTrue(error.contains("MNIST folder") && error.contains("not-mnist") && error.contains("train"),
                error);
        assertTrue(robot.lookup("#imageError").queryAs(Label.class).isVisible());
        assertTrue(images().stage().isShowing(), "the image window stays open");
        assertFalse(robot.lookup("#imageStart").queryButton().isDisabled(), "Start can be pressed again");
        assertTrue(robot.lookup("#imagePause").queryButton().isDisabled(), "nothing to pause");

        robot.clickOn("#imageTrainLimit").eraseText(5).write("-3").type(javafx.scene.input.KeyCode.ENTER);
        String refused = images().viewModel().form().errorProperty().get();
        assertTrue(refused.contains("train limit"), refused);
        assertEquals("256", robot.lookup("#imageTrainLimit").queryTextInputControl().getText(),
                "a bad value is refused and the old one kept");

        robot.interact(() -> images().stage().close());
        waitFor(5, "the image window closes", () -> !images().stage().isShowing());
        assertTrue(window.stage().isShowing(), "the main window keeps working");
        waitFor(30, "the main worker runs", () -> window.controller().session().isReady());
    }

    /** Serves {@code folder}'s files over HTTP on 127.0.0.1 (optionally one file replaced by other bytes). */
    private static com.sun.net.httpserver.HttpServer serve(Path folder, String corrupt) throws java.io.IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            Path f = folder.resolve(ex.getRequestURI().getPath().substring(1));
            if (!java.nio.file.Files.isRegularFile(f)) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            byte[] body = java.nio.file.Files.readAllBytes(f);
            if (f.getFileName().toString().equals(corrupt)) {
                body[body.length / 2] ^= 0x5A;
            }
            ex.sendResponseHeaders(200, body.length);
            try (java.io.OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private String downloadThroughMenu(FxRobot robot, java.net.URI source, Path target) throws Exception {
        window.images().setDownloadSource(source);
        dialogs.answer(target);
        robot.clickOn("#menuBar .menu").clickOn("Download MNIST\u2026");
        waitFor(120, "the download ends", () -> {
            var d = window.images().download();
            return d != null && !d.statusText().startsWith("Downloading");
        });
        return window.images().download().statusText();
    }

    @Test
    void downloadFromALocalMirrorVerifiesTheFilesAndRejectsACorruptOne(FxRobot robot) throws Exception {
        assumeTrue(java.nio.file.Files.isDirectory(MNIST), "shared MNIST folder is missing");
        com.sun.net.httpserver.HttpServer server = serve(MNIST, null);
        try {
            java.net.URI base = java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            String ok = downloadThroughMenu(robot, base, dir.resolve("good"));
            assertTrue(ok.startsWith("MNIST is ready in"), ok);
            for (String f : List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                    "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")) {
                assertEquals(java.nio.file.Files.size(MNIST.resolve(f)),
                        java.nio.file.Files.size(dir.resolve("good").resolve(f)), f);
            }
        } finally {
            server.stop(0);
        }
        com.sun.net.httpserver.HttpServer bad = serve(MNIST, "t10k-labels-idx1-ubyte.gz");
        try {
            java.net.URI base = java.net.URI.create("http://127.0.0.1:" + bad.getAddress().getPort() + "/");
            String failed = downloadThroughMenu(robot, base, dir.resolve("bad"));
            assertTrue(failed.startsWith("The download failed") && failed.contains("t10k-labels-idx1-ubyte.gz"),
                    failed);
        } finally {
            bad.stop(0);
        }
        String offline = downloadThroughMenu(robot, java.net.URI.create("http://127.0.0.1:9/"), dir.resolve("off"));
        assertTrue(offline.startsWith("You appear to be offline"), offline);
        assertTrue(window.stage().isShowing(), "the app keeps running");
    }
}
