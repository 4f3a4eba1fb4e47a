package org.lsotexplorer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.controlsfx.control.action.Action;
import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.engine.ExplainedPhase;
import org.lsotexplorer.engine.LiveMetrics;
import org.lsotexplorer.engine.RunState;
import org.lsotexplorer.engine.StepExplanation;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.engine.WorkerState;
import org.lsotexplorer.engine.WorkerStatus;
import org.lsotexplorer.live.PlaneFigureFactory;
import org.lsotexplorer.math.metrics.ModeSet;
import org.lsotexplorer.ui.data.DataActions;
import org.lsotexplorer.ui.data.DataViewModel;
import org.lsotexplorer.ui.data.Dataset;
import org.lsotexplorer.ui.export.ExportController;
import org.lsotexplorer.ui.export.FileDialogs;
import org.lsotexplorer.ui.metrics.CurvesView;
import org.lsotexplorer.ui.metrics.MetricsViewModel;
import org.lsotexplorer.ui.plane.PlaneView;
import org.lsotexplorer.ui.plane.PlaneViewModel;
import org.lsotexplorer.ui.run.RunSession;
import org.lsotexplorer.ui.run.RunViewModel;
import org.lsotexplorer.ui.run.TimelineView;
import org.lsotexplorer.ui.settings.Setting;
import org.lsotexplorer.ui.settings.SettingsViewModel;

/**
 * Wires the view models to the training worker: the run commands, dataset and solver changes (each resets the
 * run), CSV loading and saving, exports, error reports, and {@link #pulse(long)}, which the frame pump calls once per
 * JavaFX pulse to take the newest snapshot, status and metrics from the worker's latest-wins slots. Nothing here
 * waits for training. FX thread only.
 */
public final class ExplorerController implements DataActions, AutoCloseable {
    private static final long CURVES_NANOS = 1_000_000_000L;
    private final RunViewModel run = new RunViewModel();
    private final DataViewModel data = new DataViewModel();
    private final PlaneViewModel plane = new PlaneViewModel();
    private final MetricsViewModel metrics = new MetricsViewModel();
    private final SettingsViewModel settings;
    private final RunSession session;
    private final ExportController export;
    private final BooleanBinding canTrain;
    private final ExplorerOptions options;
    private FileDialogs dialogs;
    private MessageBanner banner;
    private ExportActions exports;
    private PlaneView planeView;
    private CurvesView curves;
    private TimelineView timeline;
    private static final long STATUS_NANOS = 100_000_000L;
    private WorkerStatus lastStatus;
    private long lastStatusNanos;
    private LiveMetrics lastMetrics;
    private StepExplanation explained;
    private int explainedPhase;
    private boolean awaitingExplanation;
    private long lastCurvesNanos;
    private int seenGeneration = -1;
    private int nextModeCount;
    private boolean awaitingRun;
    private final ObjectProperty<Path> runFolder = new SimpleObjectProperty<>();

    /** @param ui runs callbacks on the FX thread ({@code Platform::runLater}) */
    public ExplorerController(ExplorerOptions options, Executor ui) {
        this.options = options;
        this.settings = new SettingsViewModel(options.initial());
        this.session = new RunSession(options.schedule(), ui, m -> banner.error("The worker could not do that: " + m));
        this.export = new ExportController(ui);
        this.canTrain = run.readyProperty().and(data.usableProperty());
        settings.setLiveAdjuster(session::adjust);
        run.freezeMapProperty().addListener((o, was, now) -> planeView.setFreezeMap(now));
        run.speedIndexProperty().addListener((o, was, now) -> session.setSlowMotionMillis(run.slowMotionMillis()));
        nextModeCount = modeCount(data.target());
    }

    /** Connects the views the controller drives (called once by the window). */
    void attach(FileDialogs fileDialogs, MessageBanner messages, PlaneView planeView, CurvesView curveView,
                TimelineView timelineView) {
        this.timeline = timelineView;
        this.dialogs = fileDialogs;
        this.banner = messages;
        this.planeView = planeView;
        this.curves = curveView;
        planeView.setFrames(session.frames());
        this.exports = new ExportActions(export, fileDialogs, messages, planeView, session, metrics, run, dir -> {
            runFolder.set(dir);
            session.setRunFolder(dir.toString());
        });
        planeView.setOverlay(() -> data.dataset().kind() == Dataset.Kind.DRAWN ? data.drawnXy() : null);
        planeView.setOnStrokeEnd(this::strokeEnded);
        data.drawnCountProperty().addListener(o -> updatePlane());
        planeView.setHint("Starting the training worker\u2026");
    }

    /** Starts the worker with the first run (off the FX thread); the window is usable at once. */
    public void start() {
        TargetDistribution target = data.target();
        RunSettings first = settings.settingsFor(target.id());
        session.start(() -> TransportRun.create(first, target), () -> {
            run.readyProperty().set(true);
            updatePlane();
        }, e -> banner.error("The training worker could not start: " + e.getMessage()
                + ". Check that the ND4J native libraries can load, then restart the explorer."));
    }

    // ---- the frame pump ----------------------------------------------------------------------------------------

    /** One JavaFX pulse: take the newest slots and redraw what changed. */
    public void pulse(long now) {
        planeView.renderIfDirty();
        if (session.isReady()) {
            if (session.generation() != seenGeneration) {
                newRunInstalled();
            }
            takeStatus(now);
            if (awaitingExplanation) {
                takeExplanation();
            }
            LiveMetrics m = session.latestMetrics();
            if (m != null && m != lastMetrics) {
                lastMetrics = m;
                metrics.update(m);
            }
            if (now - lastCurvesNanos >= CURVES_NANOS) {
                lastCurvesNanos = now;
                int shown = timeline.shownStep();
                if (shown >= 0) {
                    curves.refresh(session.historyUpTo(shown), shown);
                } else {
                    curves.refresh(session.history());
                }
                timeline.update(session.timelineSteps(), lastStatus == null ? 0 : lastStatus.step());
                RunState st = session.latestState();
                curves.convergence().update(st == null ? null : st.refinement());
            }
        }
    }

    private void newRunInstalled() {
        seenGeneration = session.generation();
        endExplanation();
        awaitingRun = false;
        metrics.clear(nextModeCount, settings.solverProperty().get() == SolverKind.LSOT);
        lastMetrics = null;
        planeView.clearRunState();
        lastCurvesNanos = 0;
        updatePlane();
    }

    /**
     * While training runs the status bar is refreshed ten times a second (each refresh costs the FX thread a layout
     * pass); any change of state shows at once. The plane's frames come three times as often and carry a step at most
     * about one frame behind the worker, so between refreshes the title runs ahead of the status bar, never far
     * behind it.
     */
    private void takeStatus(long now) {
        WorkerStatus st = session.status();
        if (st == null || st == lastStatus) {
            return;
        }
        boolean stateChanged = lastStatus == null || st.state() != lastStatus.state();
        if (!stateChanged && st.state() == WorkerState.RUNNING && now - lastStatusNanos < STATUS_NANOS) {
            return;
        }
        lastStatusNanos = now;
        lastStatus = st;
        run.update(st);
        if (stateChanged && st.state() == WorkerState.DIVERGED) {
            diverged(st.message());
        }
    }

    private void diverged(String message) {
        Action lower = new Action("Lower rate 10\u00d7 & reset", e -> lowerLearningRate());
        Action reset = new Action("Reset", e -> reset());
        String text = "Training diverged and paused on the last good state. " + message + ".";
        if (liveLearningRate() != null) {
            banner.error(text, lower, reset);
        } else {
            banner.error(text, reset);
        }
    }

    private Setting liveLearningRate() {
        return settings.settings().stream().filter(s -> "learning_rate".equals(s.liveKey())).findFirst()
                .orElse(null);
    }

    private void lowerLearningRate() {
        Setting lr = liveLearningRate();
        if (lr != null) {
            double v = Double.parseDouble(settings.valueOf(lr)) / 10;
            settings.apply(lr, Double.toString(v));
        }
        banner.hide();
        reset();
    }

    private void updatePlane() {
        boolean drawn = data.dataset().kind() == Dataset.Kind.DRAWN;
        boolean tooFew = drawn && !data.usableProperty().get();
        planeView.setSnapshotHidden(drawn && (tooFew || awaitingRun));
        planeView.setEmptyTitle(drawn ? String.format(Locale.ROOT, "Drawn points (%,d): click or drag to paint",
                data.drawnCountProperty().get()) : "");
        if (tooFew) {
            metrics.clear(0);
        }
        planeView.setHint(!session.isReady() ? "Starting the training worker\u2026"
                : tooFew ? "Click or drag on the plane to paint target points (at least 2)" : "");
        planeView.invalidate();
    }

    // ---- run commands ------------------------------------------------------------------------------------------

    /** Train / Pause. */
    public void toggleTrain() {
        if (!canTrain.get()) {
            return;
        }
        if (run.runningProperty().get()) {
            session.pause();
        } else {
            banner.hide();
            endExplanation();
            timeline.followLatest();
            session.play();
        }
    }

    /** One step, then pause. */
    public void step() {
        if (canTrain.get()) {
            endExplanation();
            timeline.followLatest();
            session.stepOnce();
        }
    }

    /**
     * "Explain" mode: the next phase of the explained step on screen, or, after its last phase, one more step that
     * explains itself (lsot). The plane highlights the points each phase is about and a caption says what happened.
     */
    public void explain() {
        if (!canTrain.get()) {
            return;
        }
        if (settings.solverProperty().get() != SolverKind.LSOT) {
            banner.info("Explain mode describes the phases of an lsot step (c-transform, discriminator step,"
                    + " re-assignment, the tears of the map); pick the LSOT solver to use it.");
            return;
        }
        if (explained != null && explainedPhase + 1 < explained.phases().size()) {
            explainedPhase++;
            showExplainedPhase();
            return;
        }
        if (run.runningProperty().get()) {
            session.pause();
        }
        awaitingExplanation = true;
        session.explainStep();
    }

    private void takeExplanation() {
        RunState st = session.latestState();
        if (st == null || st.explanation() == null || explained != null && st.explanation() == explained) {
            return;
        }
        explained = st.explanation();
        explainedPhase = 0;
        awaitingExplanation = false;
        showExplainedPhase();
    }

    private void showExplainedPhase() {
        ExplainedPhase p = explained.phases().get(explainedPhase);
        boolean last = explainedPhase + 1 == explained.phases().size();
        planeView.setHighlight(p);
        planeView.setCaption(String.format(Locale.ROOT, "Step %,d, %s (%d of %d): %s  %s", explained.step(),
                p.title(), explainedPhase + 1, explained.phases().size(), p.caption(),
                last ? "Press E to explain the next step." : "Press E for the next phase."));
    }

    private void endExplanation() {
        explained = null;
        awaitingExplanation = false;
        planeView.setHighlight(null);
        planeView.setCaption("");
    }

    /** Rebuilds the run from the draft settings and the current data (keeps the view). */
    public void reset() {
        resetRun(false);
    }

    private void resetRun(boolean fitView) {
        if (!data.usableProperty().get()) {
            session.pause();
            updatePlane();
            return;
        }
        TargetDistribution target = data.target();
        RunSettings s = settings.settingsFor(target.id());
        settings.applied();
        nextModeCount = modeCount(target);
        awaitingRun = true;
        runFolder.set(null);
        session.reset(() -> TransportRun.create(s, target));
        if (fitView) {
            plane.viewportProperty().set(null);
        }
        updatePlane();
    }

    /**
     * Installs a run opened from {@code folder}: its settings fill the sheet, its target becomes the dataset, and
     * the run, rebuilt on the worker by {@code restore}, shows paused at its saved step (Train continues it).
     */
    void installOpened(RunSettings opened, TargetDistribution target, Supplier<TransportRun> restore, Path folder) {
        settings.load(opened);
        data.useTarget(target, folder.getFileName() + " (saved points)");
        nextModeCount = modeCount(target);
        awaitingRun = true;
        session.open(restore, folder.toString());
        plane.viewportProperty().set(null);
        runFolder.set(folder);
        updatePlane();
    }

    /** The run folder the current run was opened from or saved to; null for a new run (the window title names it). */
    public ObjectProperty<Path> runFolderProperty() {
        return runFolder;
    }

    private static int modeCount(TargetDistribution t) {
        return t.modes().map(ModeSet::count).orElse(0);
    }

    // ---- timeline ------------------------------------------------------------------------------------------------

    /** Shows the kept step at or before {@code step} on the plane (training pauses; the run is kept). */
    public void showTimelineStep(int step) {
        endExplanation();
        session.showStep(step);
        lastCurvesNanos = 0;
    }

    /** Back to the run's newest step after {@link #showTimelineStep}. */
    public void showLatestStep() {
        session.showLatest();
        lastCurvesNanos = 0;
    }

    /**
     * "Branch here": continues from the kept step at or before {@code step} as a new run with the settings sheet's
     * values (same data, solver and seed; another learning rate or step budget is fine). The branch is unsaved; its
     * manifest will name this run's folder and the step as its parent.
     */
    public void branchAt(int step) {
        RunSettings current = session.runSettings();
        if (current != null && settings.solverProperty().get() != current.solver()) {
            banner.error("A branch continues the same solver; switch the solver back to "
                    + PlaneFigureFactory.shortLabel(current.solver()) + " to branch, or press Reset for a new run.");
            return;
        }
        RunSettings s = settings.settingsFor(data.target().id());
        settings.applied();
        awaitingRun = true;
        runFolder.set(null);
        session.branch(step, s);
        banner.info(String.format(Locale.ROOT, "Branched at step %,d: a new run continues from there with the"
                + " settings on the left. Save it with File > Save run folder; its manifest names its parent.", step));
    }

    // ---- data ----------------------------------------------------------------------------------------------------

    /**
     * Runs {@code change} at once on an untrained run; on a run that has trained, asks first in the banner (the
     * run is discarded only on "Switch"; "Keep this run" leaves everything as it is).
     */
    void confirmDiscard(String what, Runnable change) {
        WorkerStatus st = lastStatus;
        if (st == null || st.step() == 0) {
            change.run();
            return;
        }
        banner.info(String.format(Locale.ROOT, "%s discards the current run (%,d steps trained). Save it first with"
                + " File > Save run folder if you want to keep it.", what, st.step()),
                new Action("Switch", e -> {
                    banner.hide();
                    change.run();
                }),
                new Action("Keep this run", e -> banner.hide()));
        banner.holdOpen();
    }

    @Override
    public void pickDataset(Dataset d) {
        if (d.kind() == Dataset.Kind.CSV) {
            pickDatasetNow(d);
        } else {
            confirmDiscard("Switching to " + d, () -> pickDatasetNow(d));
        }
    }

    private void pickDatasetNow(Dataset d) {
        switch (d.kind()) {
            case CSV -> loadCsv();
            case DRAWN -> {
                data.select(d);
                plane.viewportProperty().set(null);
                resetRun(true);
            }
            case PRESET -> {
                data.select(d);
                resetRun(true);
            }
        }
    }

    @Override
    public void pickSolver(SolverKind k) {
        confirmDiscard("Switching to " + PlaneFigureFactory.shortLabel(k), () -> pickSolverNow(k));
    }

    private void pickSolverNow(SolverKind k) {
        settings.selectSolver(k);
        if (k != SolverKind.LSOT) {
            plane.rawDiscriminatorProperty().set(false);
            if (!plane.potentialProperty().get()) {
                plane.potentialProperty().set(true);
            }
        }
        resetRun(false);
    }

    @Override
    public void loadCsv() {
        dialogs.open("Open points (CSV)", "CSV files", "*.csv").ifPresent(this::loadCsvFrom);
    }

    /** Loads a CSV of points as the target; a bad file keeps the previous data and says why. */
    public void loadCsvFrom(Path file) {
        try {
            data.loadCsv(file);
        } catch (IOException | RuntimeException e) {
            banner.error("Could not load " + e.getMessage() + ". The previous data is kept; a points CSV has one"
                    + " x,y point per line.", new Action("Open another\u2026", ev -> loadCsv()));
            return;
        }
        resetRun(true);
        banner.info("Loaded the target " + data.csvSummaryProperty().get() + ".");
    }

    @Override
    public void savePoints() {
        dialogs.save("Save points as CSV", "points.csv", "CSV files", "*.csv").ifPresent(p -> {
            try {
                data.savePoints(p, planeView.snapshot() == null ? null : planeView.snapshot().target());
                banner.info("Saved the points to " + p + ".");
            } catch (IOException | RuntimeException e) {
                banner.error("Could not save the points: " + e.getMessage());
            }
        });
    }

    @Override
    public void clearDrawing() {
        data.clearDrawing();
        session.pause();
        updatePlane();
    }

    private void strokeEnded() {
        if (plane.viewportProperty().get() == null && planeView.figure() != null) {
            plane.viewportProperty().set(planeView.figure().viewport());
        }
        if (data.dataset().kind() == Dataset.Kind.DRAWN) {
            resetRun(false);
        }
    }

    // ---- export ----------------------------------------------------------------------------------------------------

    /** Exports the plane as PNG at screen size ({@code factor} 1) or twice that (2). */
    public void exportView(int factor) {
        exports.exportView(factor);
    }

    /** Exports losses and live metrics against the step as CSV. */
    public void exportMetrics() {
        exports.exportMetrics();
    }

    /** Writes the whole run folder (CLI format) into a new folder inside the chosen one. */
    public void saveRunFolder() {
        exports.saveRunFolder();
    }

    // ---- accessors -------------------------------------------------------------------------------------------------

    public RunViewModel runModel() {
        return run;
    }

    public DataViewModel dataModel() {
        return data;
    }

    public SettingsViewModel settingsModel() {
        return settings;
    }

    public PlaneViewModel planeModel() {
        return plane;
    }

    public MetricsViewModel metricsModel() {
        return metrics;
    }

    /** The worker handle (tests read the engine through it). */
    public RunSession session() {
        return session;
    }

    /** True when Train and Step may be pressed. */
    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    public ExplorerOptions options() {
        return options;
    }

    @Override
    public void close() {
        export.close();
        session.close();
    }
}
