package org.lsotexplorer.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.CriticRaysOptions;
import org.lsotexplorer.engine.EntropicOtOptions;
import org.lsotexplorer.engine.ExactProbeMap;
import org.lsotexplorer.engine.LsotOptions;
import org.lsotexplorer.engine.RunMetrics;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.engine.WorkerState;
import org.lsotexplorer.live.FramePipeline;
import org.lsotexplorer.live.FramePipelineTest;
import org.lsotexplorer.live.FrameSchedule;
import org.lsotexplorer.math.PointClouds;
import org.lsotexplorer.math.metrics.MapAgreement;
import org.lsotexplorer.math.ot.SemiDiscreteOptions;
import org.lsotexplorer.render.PlotLayout;
import org.lsotexplorer.ui.QueuedFileDialogs;
import org.lsotexplorer.ui.metrics.MetricsViewModel;
import org.lsotexplorer.ui.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The compare view end to end, headless, on small runs (256 codes, small networks) so each test takes seconds. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    @TempDir
    Path dir;
    private final QueuedFileDialogs dialogs = new QueuedFileDialogs();
    private CompareWindow window;

    static RunSettings small() {
        LsotOptions l = new LsotOptions(new int[] {32, 32}, 1e-3, 0.5, 0.9, 64, 100_000,
                new SemiDiscreteOptions(30, 1e-2, 512, 4096, 1e-9, 20), 0.4, 0.02);
        CriticRaysOptions c = new CriticRaysOptions(new int[] {32, 32}, 1e-3, 0.5, 0.9, 64, 100_000, 10, 1, 128,
                new int[] {16}, 50, 1e-3);
        return new RunSettings("eight-gaussians", SolverKind.LSOT, 7, 256,
                org.lsotexplorer.math.SourceDistribution.GAUSSIAN, l, c, 256, new EntropicOtOptions(0.05, 128, 10,
                1e-12), 300, 200);
    }

    private void open(FxRobot robot, int panes) throws Exception {
        robot.interact(() -> {
            window = new CompareWindow(new Stage(), ToyPreset.EIGHT_GAUSSIANS, small(),
                    new FrameSchedule(50, 100, 300, 0.1, 32), panes, dialogs);
            window.show();
        });
        waitFor("every pane drew its run", () -> window.session().isReady() && allDrawn());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean allDrawn() {
        for (int i = 0; i < window.paneCount(); i++) {
            if (window.pane(i).plane().snapshot() == null) {
                return false;
            }
        }
        return true;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(window::close);
        }
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        FxWait.until(what, 60, condition);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(10, TimeUnit.SECONDS);
    }

    @Test
    void twoPanesDifferBySolverAndShareZoomHoverAndExport(FxRobot robot) throws Exception {
        open(robot, 2);
        assertEquals(2, window.paneCount());
        assertEquals(SolverKind.LSOT, window.pane(0).plane().snapshot().solver());
        assertEquals(SolverKind.CRITIC_RAYS, window.pane(1).plane().snapshot().solver());
        assertTrue(fx(() -> window.pane(1).statusText()).contains("step 0"), window.pane(1).statusText());
        for (int k = 0; k < 3; k++) {
            robot.clickOn("#compareStep");
        }
        waitFor("both panes took three steps", () -> window.pane(0).plane().snapshot().step() == 3
                && window.pane(1).plane().snapshot().step() == 3);
        // the same noise, different maps
        float[] from0 = window.pane(0).plane().snapshot().arrowFrom();
        assertEquals(from0[10], window.pane(1).plane().snapshot().arrowFrom()[10]);
        assertNotEquals(window.pane(0).plane().snapshot().arrowTo()[10],
                window.pane(1).plane().snapshot().arrowTo()[10]);

        // zoom in pane 1 changes pane 2's viewport
        var fitted = window.pane(1).plane().figure().viewport();
        robot.moveTo("#comparePlane0");
        robot.scroll(3, VerticalDirection.UP);
        waitFor("the wheel zooms", () -> window.layers().viewportProperty().get() != null);
        var zoomed = window.layers().viewportProperty().get();
        assertEquals(zoomed, window.pane(1).model().viewportProperty().get(), "the other pane follows");
        assertNotEquals(fitted.width(), zoomed.width(), 1e-9);
        waitFor("the other pane draws the zoomed viewport", () -> window.pane(1).plane().figure().viewport()
                .equals(zoomed));
        robot.interact(() -> window.layers().viewportProperty().set(null));
        waitFor("both panes fit again", () -> window.pane(1).plane().figure().viewport().equals(fitted)
                && window.pane(0).plane().figure().viewport().equals(fitted));

        // hovering a probe point in pane 1 marks the same noise point in pane 2
        int probe = 5;
        Point2D at = fx(() -> screenPoint(0, probe));
        robot.moveTo(at);
        waitFor("a probe point is picked", () -> window.hoveredProbe().get() >= 0);
        int picked = window.hoveredProbe().get();
        double[] mark = fx(() -> window.pane(1).marks().tailAt());
        double[] expected = fx(() -> localPoint(1, picked));
        assertEquals(expected[0], mark[0], 0.5, "pane 2 marks the same z");
        assertEquals(expected[1], mark[1], 0.5);
        assertTrue(fx(() -> window.pane(1).marks().exactMarkShown()), "T_exact(z_i) is marked too (layer on)");

        // export the whole view as one PNG through the button
        Path png = dir.resolve("compare.png");
        dialogs.answer(png);
        robot.clickOn("#compareExport");
        waitFor("the PNG is written", () -> Files.exists(png));
        BufferedImage img = ImageIO.read(png.toFile());
        Node content = robot.lookup("#compareContent").query();
        double[] size = fx(() -> new double[] {content.getBoundsInLocal().getWidth(),
            content.getBoundsInLocal().getHeight()});
        assertEquals(Math.ceil(size[0]), img.getWidth(), 1.0);
        assertEquals(Math.ceil(size[1]), img.getHeight(), 1.0);
        assertTrue(img.getWidth() > 1000 && img.getHeight() > 600, img.getWidth() + "x" + img.getHeight());
        assertTrue(variance(img) > 200, "the PNG is not blank: variance " + variance(img));
    }

    private Point2D screenPoint(int pane, int probe) {
        double[] p = localPoint(pane, probe);
        return window.pane(pane).marks().wrap().localToScreen(p[0], p[1]);
    }

    /** Where probe point i's tail lies in pane p's coordinates. */
    private double[] localPoint(int pane, int probe) {
        var f = window.pane(pane).plane().frame();
        PlotLayout l = f.layout();
        double k = f.width() / window.pane(pane).marks().wrap().getLayoutBounds().getWidth();
        float[] xy = f.snapshot().arrowFrom();
        return new double[] {l.toPixelX(xy[2 * probe]) / k, l.toPixelY(xy[2 * probe + 1]) / k};
    }

    private static double variance(BufferedImage img) {
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int p = img.getRGB(x, y);
                double v = ((p >> 16 & 0xFF) + (p >> 8 & 0xFF) + (p & 0xFF)) / 3.0;
                s += v;
                s2 += v * v;
                n++;
            }
        }
        return s2 / n - (s / n) * (s / n);
    }

    @Test
    void fourPanesFinishedPaneShowsTheEngineEvaluationAndTheExactMapLayerDraws(FxRobot robot) throws Exception {
        open(robot, 4);
        assertEquals(4, window.paneCount());
        SolverKind[] solvers = new SolverKind[4];
        for (int i = 0; i < 4; i++) {
            solvers[i] = window.pane(i).plane().snapshot().solver();
        }
        assertEquals(java.util.List.of(SolverKind.LSOT, SolverKind.CRITIC_RAYS, SolverKind.SINKHORN,
                SolverKind.EXACT), java.util.List.of(solvers));
        robot.clickOn("#compareTrain");
        int sinkhorn = 2;
        waitFor("the sinkhorn pane finishes", () -> window.session().status(sinkhorn).state() == WorkerState.DONE
                && window.session().latestMetrics(sinkhorn) != null
                && window.session().latestMetrics(sinkhorn).isFinal());
        waitFor("its column shows the final evaluation", () -> fx(() -> window.table().column(sinkhorn)
                .sourceProperty().get()).startsWith("Final evaluation"));
        waitFor("the others show estimates", () -> fx(() -> window.table().column(0).sourceProperty().get())
                .startsWith("Estimates"));
        robot.clickOn("#compareTrain");   // pause all

        // the engine's evaluation of the same settings, run alone
        TransportRun alone = TransportRun.create(window.pane(sinkhorn).setup().settings(), ToyPreset.EIGHT_GAUSSIANS);
        while (!alone.isDone()) {
            alone.step();
        }
        RunMetrics m = alone.evaluate();
        assertEquals(m, window.session().latestMetrics(sinkhorn).metrics(), "the pane's numbers are metrics.json's");
        String w2 = robot.lookup("#cmp-w2_to_target-" + sinkhorn).queryLabeled().getText();
        assertEquals(MetricsViewModel.format("w2_to_target", m.w2ToTarget(), 8), w2);
        assertEquals(MetricsViewModel.format("l2_uvp", m.l2Uvp(), 8),
                robot.lookup("#cmp-l2_uvp-" + sinkhorn).queryLabeled().getText());
        assertEquals(MetricsViewModel.format("mass_balance", m.massBalance(), 8),
                robot.lookup("#cmp-mass_balance-" + sinkhorn).queryLabeled().getText());
        assertTrue(Double.isFinite(m.w2ToTarget()) && m.w2ToTarget() > 0);

        // the exact OT map layer (on by default here) draws cyan arrows, with read-outs of the engine's computation
        waitFor("the finished pane shows its final frame", () -> window.pane(sinkhorn).plane().frame()
                .exactAgreement() != null && window.pane(sinkhorn).plane().snapshot().step() == alone.solver()
                .completedSteps());
        MapAgreement shown = window.pane(sinkhorn).plane().frame().exactAgreement();
        int k = Math.min(FramePipeline.LIVE_ARROWS, alone.problem().codeCount());
        double[][] probe = PointClouds.slice(window.session().latestState(sinkhorn).probe(), 0, k);
        MapAgreement engine = ExactProbeMap.solve(probe, alone.problem().codes(), k).agreement(
                alone.solver().map(probe));
        assertEquals(engine.l2Uvp(), shown.l2Uvp(), 1e-3 * Math.max(1, engine.l2Uvp()));
        assertEquals(engine.cosine(), shown.cosine(), 1e-4);
        waitFor("the read-out label follows", () -> fx(() -> window.pane(sinkhorn).exactReadout())
                .contains(String.format(java.util.Locale.ROOT, "L2-UVP %.2f", shown.l2Uvp())));
        int[] withExact = fx(() -> window.pane(sinkhorn).plane().pixels());
        long cyanOn = FramePipelineTest.exactColoured(withExact);
        robot.interact(() -> window.layers().exactMapProperty().set(false));
        waitFor("the layer is off", () -> !window.pane(sinkhorn).plane().frame().request().layers().exactMap());
        long cyanOff = FramePipelineTest.exactColoured(fx(() -> window.pane(sinkhorn).plane().pixels()));
        assertTrue(cyanOn > cyanOff + 200, "cyan arrows drawn: " + cyanOff + " -> " + cyanOn);
        assertTrue(fx(() -> window.pane(sinkhorn).exactReadout()).contains("off"));
    }

    @Test
    void aPaneTakesAnotherSolverAndABadValueIsExplained(FxRobot robot) throws Exception {
        open(robot, 2);
        robot.clickOn("#compareValue1").eraseText(12).write("-5").type(javafx.scene.input.KeyCode.ENTER);
        assertTrue(robot.lookup("#compareError1").queryLabeled().getText().contains("Allowed"),
                robot.lookup("#compareError1").queryLabeled().getText());
        robot.interact(() -> window.pane(1).setupSolverForTest(SolverKind.SINKHORN));
        waitFor("pane 2 retrains with sinkhorn", () -> window.pane(1).plane().snapshot().solver()
                == SolverKind.SINKHORN);
        assertTrue(robot.lookup("#cmp-head-1").queryLabeled().getText().contains("Entropic OT"));
        assertNotNull(window.pane(1).setup().key());
        assertEquals("sinkhorn.epsilon", window.pane(1).setup().key().key());
        // a third pane: the first two keep their setups, the new one starts with its default solver
        robot.interact(() -> window.setPaneCount(3));
        assertEquals(3, window.paneCount());
        assertEquals(SolverKind.SINKHORN, window.pane(1).setup().solver());
        waitFor("three panes draw", () -> window.session().isReady() && allDrawn());
        assertEquals(SolverKind.SINKHORN, window.pane(1).plane().snapshot().solver());
        assertEquals(SolverKind.SINKHORN, window.pane(2).plane().snapshot().solver());
        assertEquals(SolverKind.LSOT, window.pane(0).plane().snapshot().solver());
    }
}
