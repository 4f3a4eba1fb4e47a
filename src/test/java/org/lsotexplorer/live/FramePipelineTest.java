package org.lsotexplorer.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.CriticRaysOptions;
import org.lsotexplorer.engine.EntropicOtOptions;
import org.lsotexplorer.engine.LsotOptions;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.TrainingLoop;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.SemiDiscreteOptions;
import org.lsotexplorer.model.Nd4jRuntime;

/** The frame worker's body on a fake clock, fed by a real training loop. */
public class FramePipelineTest {
    private final AtomicLong now = new AtomicLong();

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static TrainingLoop loop(long seed) {
        LsotOptions l = new LsotOptions(new int[] {32, 32}, 1e-3, 0.5, 0.9, 64, 200,
                new SemiDiscreteOptions(0, 1e-2, 512, 4096, 1e-9, 20), 0.4, 0.02);
        RunSettings s = new RunSettings("eight-gaussians", SolverKind.LSOT, seed, 256, SourceDistribution.GAUSSIAN,
                l, CriticRaysOptions.defaults(), 256, EntropicOtOptions.defaults(), 300, 200);
        return new TrainingLoop(() -> TransportRun.create(s, ToyPreset.EIGHT_GAUSSIANS), System::nanoTime);
    }

    private FramePipeline pipeline(TrainingLoop l) {
        FramePipeline p = new FramePipeline(l::latestState, new FrameSchedule(30, 150, 1000, 0.4, 32), now::get);
        p.request(FrameRequest.of(200, 160));
        return p;
    }

    @Test
    void newStatesBecomeFramesAtThePointsRateWithGridsLessOften() {
        TrainingLoop l = loop(1);
        FramePipeline p = pipeline(l);
        assertTrue(p.tick());
        Frame first = p.latestFrame();
        assertNotNull(first);
        assertEquals(200 * 160, first.argb().length);
        assertNotNull(first.snapshot().potential(), "the first frame has a potential");
        assertEquals(0, first.snapshot().step());
        l.play();
        l.tick();
        p.tick();
        assertSame(first, p.latestFrame(), "a new state waits for the points interval");
        l.tick();      // live heights are the D values of each step's own batch, one step behind: take two steps
        now.addAndGet(40_000_000L);
        p.tick();
        Frame second = p.latestFrame();
        assertNotSame(first, second);
        assertEquals(2, second.snapshot().step(), "the frame shows the newest step");
        assertEquals(first.gridSerial(), second.gridSerial(), "the grid is not due yet");
        assertSame(first.snapshot().potential(), second.snapshot().potential());
        assertFalse(Arrays.equals(first.snapshot().mapped(), second.snapshot().mapped()), "the points moved");
        assertEquals(FramePipeline.LIVE_ARROWS, second.snapshot().arrowFrom().length / 2);
        now.addAndGet(200_000_000L);
        l.tick();
        p.tick();
        Frame third = p.latestFrame();
        assertEquals(second.gridSerial() + 1, third.gridSerial(), "grid refreshed after its interval");
        assertEquals(16, third.snapshot().potential().columns(), "coarse while training runs");
    }

    @Test
    void aStillStateGetsTheFineGridAndARequestChangeRedraws() {
        TrainingLoop l = loop(2);
        FramePipeline p = pipeline(l);
        p.tick();
        l.play();
        l.tick();
        now.addAndGet(200_000_000L);
        p.tick();
        assertEquals(16, p.latestFrame().snapshot().potential().columns());
        l.pause();
        l.tick();   // publishes the exact state
        now.addAndGet(200_000_000L);
        p.tick();
        p.tick();
        assertEquals(32, p.latestFrame().snapshot().potential().columns(), "fine once still");
        Frame still = p.latestFrame();
        assertFalse(p.tick(), "nothing new: no work");
        p.request(FrameRequest.of(300, 200).withLayers(new LayerSelection(false, true, true, false, false, false,
                false, false, false)));
        p.tick();
        Frame resized = p.latestFrame();
        assertNotSame(still, resized);
        assertEquals(300, resized.width());
        assertNull(resized.figure().heatmap(), "the heatmap switched off");
    }

    @Test
    void frozenMapKeepsThePointsWhileThePotentialMoves() {
        TrainingLoop l = loop(3);
        FramePipeline p = pipeline(l);
        p.request(new FrameRequest(LayerSelection.defaults(), null, 200, 160, null, "", false, true, null));
        p.tick();
        float[] mapped = p.latestFrame().snapshot().mapped();
        l.play();
        for (int i = 0; i < 5; i++) {
            l.tick();
            now.addAndGet(200_000_000L);
            p.tick();
        }
        assertEquals(5, p.latestFrame().snapshot().step());
        assertTrue(Arrays.equals(mapped, p.latestFrame().snapshot().mapped()), "the map stays frozen");
    }

    @Test
    void laguerreCellsAreDrawnColouredByMassError() {
        TrainingLoop l = loop(5);
        FramePipeline p = pipeline(l);
        LayerSelection cellsOnly = new LayerSelection(false, true, false, false, false, false, false, false, true);
        p.request(FrameRequest.of(240, 200).withLayers(cellsOnly));
        p.tick();
        var layer = p.latestFrame().figure().layers().stream()
                .filter(x -> x instanceof org.lsotexplorer.render.CellLayer).findFirst();
        assertTrue(layer.isPresent(), "the cells layer is drawn");
        var cells = (org.lsotexplorer.render.CellLayer) layer.get();
        assertEquals(256, cells.polygons().length, "one cell per code");
        long coloured = Arrays.stream(cells.fills()).filter(c -> (c & 0xFFFFFF) != 0xf7f7f7).count();
        assertTrue(coloured > 100, "an untrained map has cells far from their mass: " + coloured);
        assertEquals(0x9cf7f7f7, CellColors.color(0.0), "exact mass: white");
        assertEquals(0x9cb2182b, CellColors.color(5.0), "far too much: full red");
        assertEquals(0x9c2166ac, CellColors.color(-1.0), "empty: full blue");
    }

    @Test
    void metricEstimatesComeAboutOnceASecond() {
        TrainingLoop l = loop(4);
        FramePipeline p = pipeline(l);
        p.tick();
        assertNotNull(p.latestMetrics());
        assertFalse(p.latestMetrics().isFinal());
        var first = p.latestMetrics();
        l.play();
        l.tick();
        now.addAndGet(100_000_000L);
        p.tick();
        assertSame(first, p.latestMetrics());
        now.addAndGet(1_000_000_000L);
        p.tick();
        assertNotSame(first, p.latestMetrics());
        assertEquals(1, p.latestMetrics().step());
    }

    /** Pixels within a small distance of the exact map's arrow colour. */
    public static long exactColoured(int[] argb) {
        int c = PlaneFigureFactory.EXACT_ARROW_ARGB;
        return Arrays.stream(argb).filter(px -> Math.abs((px >> 16 & 0xFF) - (c >> 16 & 0xFF))
                + Math.abs((px >> 8 & 0xFF) - (c >> 8 & 0xFF)) + Math.abs((px & 0xFF) - (c & 0xFF)) < 60).count();
    }

    @Test
    void theExactMapLayerDrawsItsArrowsWithReadOutsOfTheEngine() {
        TrainingLoop l = loop(5);
        l.play();
        for (int i = 0; i < 20; i++) {
            l.tick();
        }
        l.pause();
        l.tick();
        FramePipeline p = pipeline(l);
        LayerSelection plain = new LayerSelection(false, true, false, true, false, false, false, false, false);
        p.request(FrameRequest.of(400, 400).withLayers(plain));
        p.tick();
        Frame off = p.latestFrame();
        assertNull(off.exactAgreement(), "no read-out while the layer is off");
        p.request(FrameRequest.of(400, 400).withLayers(plain.withExactMap(true)));
        p.tick();
        Frame on = p.latestFrame();
        long before = exactColoured(off.argb());
        long after = exactColoured(on.argb());
        assertTrue(after > before + 300, "cyan arrows drawn: " + before + " -> " + after);
        // the engine's side: the exact assignment between the first m probe points and the first m codes
        TransportRun run = l.run();
        int m = Math.min(FramePipeline.LIVE_ARROWS, run.problem().codeCount());
        double[][] probe = org.lsotexplorer.math.PointClouds.slice(l.latestState().probe(), 0, m);
        var exact = org.lsotexplorer.engine.ExactProbeMap.solve(probe, run.problem().codes(), m);
        var expected = exact.agreement(run.solver().map(probe));
        var shown = on.exactAgreement();
        assertNotNull(shown);
        assertEquals(m, shown.points());
        assertEquals(expected.l2Uvp(), shown.l2Uvp(), 1e-3 * Math.max(1, expected.l2Uvp()));
        assertEquals(expected.cosine(), shown.cosine(), 1e-4);
        assertTrue(on.figure().layers().stream().anyMatch(x -> x.label().contains(String.format(
                java.util.Locale.ROOT, "L2-UVP %.2f", shown.l2Uvp()))), "the legend carries the read-outs");
    }
}
