package org.lsotexplorer.live;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.lsotexplorer.engine.ExactProbeMap;
import org.lsotexplorer.engine.LiveMetrics;
import org.lsotexplorer.engine.PlaneSnapshot;
import org.lsotexplorer.engine.RunState;
import org.lsotexplorer.engine.SnapshotOptions;
import org.lsotexplorer.math.PointClouds;
import org.lsotexplorer.math.metrics.MapAgreement;
import org.lsotexplorer.math.ot.LaguerreDiagram;
import org.lsotexplorer.render.MaskLayer;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PlaneRenderer;
import org.lsotexplorer.render.PlotLayout;
import org.lsotexplorer.render.Raster;
import org.lsotexplorer.render.Viewport;
import org.lsotexplorer.report.PlaneFigures;

/**
 * The body of the frame worker, one {@link #tick()} at a time with an injected clock (like the training loop), so
 * tests drive it synchronously. Each tick reads the newest {@link RunState} and {@link FrameRequest} and, when due:
 * <ol>
 *   <li>grids (potential, raw discriminator, singular set) for a new state, about every
 *       {@link FrameSchedule#gridIntervalMillis()}: at half the resolution while the state keeps changing, then at
 *       full resolution once it is still (coarse to fine);</li>
 *   <li>otherwise new points (mapped display samples, {@value #LIVE_ARROWS} arrows) for a new state, at most every
 *       {@link FrameSchedule#pointsIntervalMillis()}, with the latest grids;</li>
 *   <li>a new frame when the snapshot or the request changed: figure, then pixels; the singular set is
 *       recomputed at the plot's pixel size for the viewport shown whenever the grids, the viewport or the size
 *       change, so it stays crisp at any zoom and in a 2x export;</li>
 *   <li>metric estimates about every {@link FrameSchedule#metricsIntervalMillis()} on the run's small sample.</li>
 * </ol>
 * Only the owning thread ticks; any thread may post requests and read the slots. A failure while drawing keeps the
 * last frame and is reported by {@link #lastError()}.
 */
public final class FramePipeline implements FrameSource {
    /** Arrows drawn live (a readable subset of the fixed probe batch). */
    public static final int LIVE_ARROWS = 300;
    /** Cells per side of the raw discriminator's grid (a network evaluated in plain Java is costly). */
    public static final int RAW_RESOLUTION = 32;

    private final Supplier<RunState> states;
    private final FrameSchedule schedule;
    private final LongSupplier clock;
    private final PlaneFigureFactory factory = new PlaneFigureFactory();
    private final PlaneRenderer renderer = new PlaneRenderer();
    private final AtomicReference<FrameRequest> request = new AtomicReference<>();
    private final AtomicReference<Frame> frame = new AtomicReference<>();
    private final AtomicReference<LiveMetrics> metrics = new AtomicReference<>();
    private volatile String lastError = "";
    private RunState pointsState;
    private RunState gridState;
    private RunState metricsState;
    private SnapshotOptions gridOptions;
    private PlaneSnapshot grids;
    private PlaneSnapshot snapshot;
    private PlaneSnapshot frozen;
    private FrameRequest drawn;
    private PlaneSnapshot drawnSnapshot;
    private final Raster[] rasters = new Raster[3];
    private RunState sharpState;
    private double[][] exactProbe;
    private ExactProbeMap exactMap;
    private RunState cellsState;
    private Viewport cellsViewport;
    private LaguerreDiagram diagram;
    private Viewport sharpViewport;
    private int sharpWidth;
    private int sharpHeight;
    private long nextPoints;
    private long nextGrid;
    private long nextMetrics;
    private long serial;
    private long gridSerial;

    /** @param states the training loop's state slot (may return null before the first run) */
    public FramePipeline(Supplier<RunState> states, FrameSchedule schedule, LongSupplier nanoClock) {
        this.states = states;
        this.schedule = schedule;
        this.clock = nanoClock;
    }

    /** Whether frames carry the layer legend (any thread; default on): small compare panes show it outside. */
    public void showLegend(boolean on) {
        factory.showLegend(on);
    }

    /** Posts what the screen wants (any thread); the newest request wins. */
    @Override
    public void request(FrameRequest r) {
        request.set(r);
    }

    /** One iteration; returns true when it did any work. */
    public boolean tick() {
        FrameRequest req = request.get();
        RunState s = states.get();
        if (req == null) {
            return false;
        }
        try {
            boolean work = updateSnapshot(s, req);
            if (snapshot != drawnSnapshot || req != drawn) {
                draw(req);
                work = true;
            }
            return updateMetrics(s) || work;
        } catch (RuntimeException e) {
            lastError = e.toString();
            drawn = req;
            drawnSnapshot = snapshot;
            return false;
        }
    }

    private boolean updateSnapshot(RunState s, FrameRequest req) {
        if (s == null || req.snapshotHidden()) {
            return false;
        }
        long now = clock.getAsLong();
        boolean newRun = pointsState == null || s.targetXy() != pointsState.targetXy();
        if (newRun) {
            factory.clear();
            diagram = null;
            cellsState = null;
            metrics.set(null);
            metricsState = null;
            grids = null;
            gridState = null;
            frozen = null;
        }
        SnapshotOptions wanted = gridOptions(req.layers(), s == gridState);
        boolean gridsDue = grids == null || !covers(gridOptions, wanted)
                || s != gridState && now >= nextGrid
                || s == gridState && wanted.gridResolution() > gridOptions.gridResolution();
        if (gridsDue && (s != gridState || !wanted.equals(gridOptions))) {
            long t0 = clock.getAsLong();
            grids = s.snapshot(wanted);
            long cost = clock.getAsLong() - t0;
            gridState = s;
            gridOptions = wanted;
            gridSerial++;
            nextGrid = t0 + schedule.nextDelayNanos(schedule.gridIntervalMillis(), cost);
            pointsState = s;
            nextPoints = t0 + schedule.pointsIntervalMillis() * 1_000_000L;
            setSnapshot(grids, req);
            return true;
        }
        if (s != pointsState && now >= nextPoints) {
            pointsState = s;
            nextPoints = now + schedule.pointsIntervalMillis() * 1_000_000L;
            setSnapshot(s.points(grids, LIVE_ARROWS), req);
            return true;
        }
        return false;
    }

    /** The grid layers the request needs; fine resolution once the state is still, half of it while it moves. */
    private SnapshotOptions gridOptions(LayerSelection l, boolean still) {
        int fine = schedule.gridResolution();
        int res = still || gridOptions == null ? fine : Math.max(16, fine / 2);
        // the singular set is computed at screen resolution when drawn (sharpenSingularSet), not on the grid
        return new SnapshotOptions(res, true, l.rawDiscriminator(), false, RAW_RESOLUTION, LIVE_ARROWS);
    }

    private static boolean covers(SnapshotOptions have, SnapshotOptions want) {
        return have != null && (have.rawDiscriminator() || !want.rawDiscriminator());
    }

    private void setSnapshot(PlaneSnapshot next, FrameRequest req) {
        if (req.freezeMap()) {
            if (frozen == null) {
                frozen = snapshot == null ? next : snapshot;
            }
            next = new PlaneSnapshot(next.step(), next.totalSteps(), next.phase(), next.solver(), next.targetName(),
                    next.bounds(), next.source(), next.target(), frozen.mapped(), frozen.arrowFrom(),
                    frozen.arrowTo(), next.potential(), next.rawDiscriminator(), next.singularMask(),
                    next.maskColumns(), next.maskRows(), next.losses());
        } else {
            frozen = null;
        }
        snapshot = next;
    }

    private void draw(FrameRequest req) {
        PlaneSnapshot shown = req.snapshotHidden() ? null : snapshot;
        LayerSelection layers = req.highlight() != null && req.highlight().singularSet()
                ? req.layers().withSingularSet(true) : req.layers();
        factory.highlight(shown == null ? null : req.highlight());
        MapAgreement agreement = shown != null && layers.exactMap() ? updateExactMap(shown) : null;
        PlaneFigure figure = factory.build(shown, layers, req.viewport(), req.widthPx(), req.heightPx(),
                req.overlay(), req.emptyTitle());
        boolean again = shown != null && layers.cells() && updateCells(figure);
        if (shown != null && layers.singularSet() && sharpenSingularSet(figure) || again) {
            figure = factory.build(shown, layers, req.viewport(), req.widthPx(), req.heightPx(),
                    req.overlay(), req.emptyTitle());
        }
        Raster raster = renderer.render(figure, nextRaster(figure.widthPx(), figure.heightPx()));
        serial++;
        frame.set(new Frame(raster.argb(), raster.width(), raster.height(), figure, renderer.layout(figure), shown,
                req, serial, gridSerial, agreement));
        drawn = req;
        drawnSnapshot = snapshot;
    }

    /**
     * Recomputes the singular set at the plot's pixel size over the shown viewport when the grids' state, the
     * viewport or the size changed, so it is crisp at any zoom; returns true when it changed.
     */
    private boolean sharpenSingularSet(PlaneFigure figure) {
        PlotLayout layout = renderer.layout(figure);
        Viewport v = layout.viewport();
        // at half the pixel size while training moves the cells (a quarter of the work), at full size once still
        boolean still = gridOptions != null && gridOptions.gridResolution() >= schedule.gridResolution();
        int w = still ? layout.plotWidth() : Math.max(16, layout.plotWidth() / 2);
        int h = still ? layout.plotHeight() : Math.max(16, layout.plotHeight() / 2);
        if (gridState == sharpState && v.equals(sharpViewport) && w == sharpWidth && h == sharpHeight) {
            return false;
        }
        sharpState = gridState;
        sharpViewport = v;
        sharpWidth = w;
        sharpHeight = h;
        MaskLayer m = gridState == null || w < 16 || h < 16 ? null : gridState.state()
                .singularMask(v.xMin(), v.xMax(), v.yMin(), v.yMax(), w, h)
                .map(cells -> new MaskLayer(PlaneFigureFactory.SINGULAR_LABEL, v, w, h,
                        still ? thicken(cells, w, h) : cells, PlaneFigures.SINGULAR_ARGB))
                .orElse(null);
        factory.useSingularMask(m);
        return true;
    }

    /**
     * The exact OT map on the run's first probe points ({@link ExactProbeMap#cached}: solved once per probe set and
     * code sample) and the shown map's agreement with it, computed from the snapshot's arrows (the learned map on
     * the same probe points). Null when undefined: no 2-D plane, or an unfinished exact solve (matched pairs only).
     */
    private MapAgreement updateExactMap(PlaneSnapshot shown) {
        RunState s = pointsState;
        if (s == null || s.dimension() != 2) {
            factory.useExactArrows(null, null);
            return null;
        }
        if (s.probe() != exactProbe) {
            int m = Math.min(LIVE_ARROWS, Math.min(s.probe().length, s.targetXy().length / 2));
            exactMap = ExactProbeMap.cached(s.probe(), PointClouds.fromXy(s.targetXy(), m), m);
            exactProbe = s.probe();
        }
        boolean partial = shown.mapped().length == 0 && shown.arrowFrom().length > 0;
        int m = exactMap.size();
        MapAgreement a = partial || shown.arrowTo().length < 2 * m ? null
                : exactMap.agreement(PointClouds.fromXy(shown.arrowTo(), m));
        factory.useExactArrows(exactMap, a);
        return a;
    }

    /**
     * The Laguerre cells of the grids' state, clipped to the viewport shown; the diagram is recomputed (warm-started)
     * only when that state changes. Returns true when the layer changed.
     */
    private boolean updateCells(PlaneFigure figure) {
        Viewport v = renderer.layout(figure).viewport();
        if (gridState == cellsState && v.equals(cellsViewport)) {
            return false;
        }
        if (gridState != cellsState) {
            diagram = gridState == null ? null : gridState.state().laguerreCells(diagram).orElse(null);
            cellsState = gridState;
        }
        cellsViewport = v;
        factory.useCells(diagram == null ? null : CellColors.layer(diagram, v));
        return true;
    }

    /**
     * The next of three rotating pixel buffers (new ones when the size changes). A buffer is written again only two
     * frames after it was published; the screen copies a frame's pixels within a pulse of taking it, long before.
     * Reusing them spares the collector about 50 MB a second of large arrays.
     */
    private Raster nextRaster(int w, int h) {
        int k = (int) (serial % rasters.length);
        if (rasters[k] == null || rasters[k].width() != w || rasters[k].height() != h) {
            rasters[k] = new Raster(w, h);
        }
        return rasters[k];
    }

    /** Lines two pixels wide: each marked pixel also marks its right and upper neighbours. */
    static boolean[] thicken(boolean[] cells, int w, int h) {
        boolean[] out = cells.clone();
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                if (cells[r * w + c]) {
                    if (c + 1 < w) {
                        out[r * w + c + 1] = true;
                    }
                    if (r + 1 < h) {
                        out[(r + 1) * w + c] = true;
                    }
                }
            }
        }
        return out;
    }

    private boolean updateMetrics(RunState s) {
        long now = clock.getAsLong();
        if (s == null || s.liveEvaluator() == null || s == metricsState || now < nextMetrics) {
            return false;
        }
        long t0 = clock.getAsLong();
        metrics.set(new LiveMetrics(s.liveEvaluator().evaluate(s.state()), s.step(), false,
                s.liveEvaluator().mapSamples()));
        metricsState = s;
        nextMetrics = t0 + schedule.nextDelayNanos(schedule.metricsIntervalMillis(), clock.getAsLong() - t0);
        return true;
    }

    /** The newest frame, or null before the first. */
    @Override
    public Frame latestFrame() {
        return frame.get();
    }

    /** The newest metric estimate, or null. */
    public LiveMetrics latestMetrics() {
        return metrics.get();
    }

    /** The last drawing failure, empty if none. */
    public String lastError() {
        return lastError;
    }
}
