package org.lsotexplorer.ui.plane;

import org.lsotexplorer.live.ColorRangeTracker;
import org.lsotexplorer.live.PlaneFigureFactory;
import org.lsotexplorer.live.LayerSelection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.engine.GridValues;
import org.lsotexplorer.engine.PlaneBounds;
import org.lsotexplorer.engine.PlaneSnapshot;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.render.ArrowLayer;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PlotLayout;
import org.lsotexplorer.render.PointLayer;
import org.lsotexplorer.render.Viewport;

/** Figure building, viewport maths, grid look-ups and layer switches, without the toolkit. */
class PlaneModelTest {
    /** A 4x4 grid over [-2, 2]^2 with value x + 10 y at each cell centre. */
    static GridValues ramp() {
        PlaneBounds b = new PlaneBounds(-2, 2, -2, 2);
        double[] v = new double[16];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                v[r * 4 + c] = (-1.5 + c) + 10 * (-1.5 + r);
            }
        }
        return new GridValues("ramp", "", b, 4, 4, v);
    }

    static PlaneSnapshot snapshot(GridValues g) {
        float[] pts = {0, 0, 1, 1, -1, 0.5f};
        return new PlaneSnapshot(3, 10, "discriminator", SolverKind.LSOT, "Toy", g.bounds(), pts, pts, pts, pts,
                new float[] {1, 1, 0, 0, 0.5f, 0.5f}, g, g, new boolean[16], 4, 4, Map.of("loss", 1.0));
    }

    @Test
    void probeIsBilinearInsideAndNaNOutside() {
        GridValues g = ramp();
        assertEquals(-16.5, PotentialProbe.valueAt(g, -1.5, -1.5), 1e-12);
        assertEquals(0.0, PotentialProbe.valueAt(g, 0, 0), 1e-12);
        assertEquals(0.25 + 10 * -0.75, PotentialProbe.valueAt(g, 0.25, -0.75), 1e-12);
        assertEquals(-16.5, PotentialProbe.valueAt(g, -2, -2), 1e-12, "clamped to the outer centres");
        assertTrue(Double.isNaN(PotentialProbe.valueAt(g, 2.5, 0)));
        assertTrue(Double.isNaN(PotentialProbe.valueAt(null, 0, 0)));
    }

    @Test
    void zoomKeepsTheAnchorAndPanMoves() {
        Viewport v = new Viewport(-2, 2, -1, 3);
        Viewport z = ViewportNavigator.zoom(v, 1, 1, 0.5);
        assertEquals(-0.5, z.xMin(), 1e-12);
        assertEquals(1.5, z.xMax(), 1e-12);
        assertEquals(0, z.yMin(), 1e-12);
        assertEquals(2, z.yMax(), 1e-12);
        Viewport tiny = ViewportNavigator.zoom(v, 0, 0, 1e-9);
        assertEquals(ViewportNavigator.MIN_SPAN, tiny.width(), 1e-12);
        Viewport p = ViewportNavigator.pan(v, 1, -1);
        assertEquals(-1, p.xMin(), 1e-12);
        assertEquals(-2, p.yMin(), 1e-12);
        assertTrue(ViewportNavigator.wheelFactor(120) < 1, "wheel up zooms in");
        assertTrue(ViewportNavigator.wheelFactor(-120) > 1);
    }

    @Test
    void figureFollowsTheLayerSwitches() {
        PlaneFigureFactory f = new PlaneFigureFactory();
        PlaneSnapshot s = snapshot(ramp());
        PlaneFigure all = f.build(s, LayerSelection.defaults(), null, 400, 300, null);
        assertNotNull(all.heatmap());
        assertEquals(12, all.contourCount());
        assertEquals(s.bounds().xMin(), all.viewport().xMin(), "the default view is the snapshot's bounds");
        assertTrue(all.layers().stream().anyMatch(l -> l instanceof ArrowLayer));
        assertTrue(all.title().contains("LSOT (Liu et al. 2018)") && all.title().contains("step 3 of 10"));
        PlaneFigure bare = f.build(s, new LayerSelection(false, true, false, false, false, false, false, false, false),
                new Viewport(-1, 1, -1, 1), 400, 300, new float[] {0.1f, 0.2f});
        assertEquals(null, bare.heatmap());
        assertEquals(2, bare.layers().size(), "the painted points and the target");
        assertTrue(bare.layers().get(0) instanceof PointLayer p && p.label().startsWith("drawn points"));
        assertEquals(-1, bare.viewport().xMin());
        PlaneFigure raw = f.build(s, new LayerSelection(false, false, false, false, false, true, true, false, false),
                null, 400, 300, null);
        assertTrue(raw.colorLabel().contains("extrapolated"), raw.colorLabel());
        PlaneFigure tiny = f.build(null, LayerSelection.defaults(), null, 10, 10, null, "Drawn points (0)");
        assertEquals(64, tiny.widthPx());
        assertEquals("Drawn points (0)", tiny.title());
        assertEquals("Critic rays", PlaneFigureFactory.shortLabel(SolverKind.CRITIC_RAYS));
        assertEquals("LSOT (Liu et al. 2018)", PlaneFigureFactory.shortLabel(SolverKind.LSOT));
    }

    @Test
    void colourRangeHoldsStillButFollowsRealChanges() {
        ColorRangeTracker t = new ColorRangeTracker();
        double[] a = t.update(new double[] {0, 10});
        double[] b = t.update(new double[] {1, 9});
        assertEquals(a[0], b[0]);
        assertEquals(a[1], b[1], "a slightly narrower frame keeps the range");
        double[] c = t.update(new double[] {0, 12});
        assertEquals(12, c[1], 1e-12, "grows at once");
        double[] d = t.update(new double[] {0, 2});
        assertTrue(d[1] < 3, "refits once the field spans less than half");
        assertEquals(d[0], t.update(new double[] {Double.NaN, Double.NaN})[0]);
    }

    @Test
    void hoverShowsCoordinatesAndThePotential() {
        PlaneSnapshot s = snapshot(ramp());
        String on = PlaneViewModel.hoverText(s, LayerSelection.defaults(), 0, 0);
        assertTrue(on.contains("z = (0.000, 0.000)") && on.contains("\u03c6(z) = 0.0000"), on);
        String off = PlaneViewModel.hoverText(s, LayerSelection.defaults(), 5, 0);
        assertTrue(off.contains("outside"), off);
        LayerSelection raw = new LayerSelection(true, true, true, true, false, true, true, true, false);
        assertTrue(PlaneViewModel.hoverText(s, raw, 0, 0).contains("raw D(z)"));
    }

    @Test
    void potentialAndRawDiscriminatorExcludeEachOther() {
        PlaneViewModel vm = new PlaneViewModel();
        assertTrue(vm.potentialProperty().get());
        vm.rawDiscriminatorProperty().set(true);
        assertFalse(vm.potentialProperty().get());
        vm.potentialProperty().set(true);
        assertFalse(vm.rawDiscriminatorProperty().get());
        assertEquals(LayerSelection.defaults(), vm.selection());
    }

    @Test
    void hoverCoordinatesInvertTheLayout() {
        PlaneFigure fig = new PlaneFigureFactory().build(snapshot(ramp()), LayerSelection.defaults(), null, 500, 420,
                null);
        PlotLayout l = PlotLayout.of(fig);
        double[] px = l.toPixel(1.25, -0.5);
        double[] back = l.toData(px[0], px[1]);
        assertEquals(1.25, back[0], 1e-9);
        assertEquals(-0.5, back[1], 1e-9);
    }
}
