package org.lsotexplorer.ui.images;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsotexplorer.data.DatasetCache;
import java.io.IOException;
import org.lsotexplorer.engine.images.CodeInputs;
import org.lsotexplorer.engine.images.CodeRunSettings;
import org.lsotexplorer.engine.images.ImageData;
import org.lsotexplorer.engine.images.LatentGeneratorKind;
import org.lsotexplorer.engine.images.ImageExperiment;
import org.lsotexplorer.engine.images.ImagePhase;
import org.lsotexplorer.engine.images.ImageProgress;
import org.lsotexplorer.engine.images.ImageRunBundle;
import org.lsotexplorer.engine.images.ImageRunSettings;
import org.lsotexplorer.engine.images.ImageSnapshot;
import org.lsotexplorer.engine.images.ImageWorker;
import org.lsotexplorer.engine.images.ModelStore;

/**
 * The image explorer's state and its one {@link ImageWorker}. {@link #start()} builds a new worker from the settings
 * form (the old one is cancelled and joined off the FX thread); {@link #poll()} is called once per pulse and turns a
 * new snapshot (by {@code version}) into the properties the views bind to; {@link #ask} sends a query to the worker
 * and hands its result to the UI executor once. FX thread only, except where stated.
 */
public final class ImageExplorerViewModel implements AutoCloseable {
    private final Path folder;
    private final ImageSettingsForm form;
    private final ModelStore store;
    private final DatasetCache cache;
    private final Executor ui;
    private final StringProperty state = new SimpleStringProperty("not started");
    private final StringProperty phase = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty eta = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    private final BooleanProperty hasCodes = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final BooleanProperty codeRun = new SimpleBooleanProperty(false);
    private ImageWorker worker;
    private CodeInputs codeInputs;
    private CodeInputs.Files codeFiles;
    private int openTicket;
    private ImageSnapshot last;
    private int runs;
    private Path savedRun;
    private Path chosenData;

    /**
     * @param store the model cache (null = none)
     * @param cache the decoded-faces cache (null = none)
     * @param ui    runs job results on the FX thread ({@code Platform::runLater})
     */
    public ImageExplorerViewModel(Path folder, ImageSettingsForm form, ModelStore store, DatasetCache cache,
            Executor ui) {
        this.folder = folder;
        this.form = form;
        this.store = store;
        this.cache = cache;
        this.ui = ui;
    }

    /** The state before the first run: the data folder is chosen, the settings wait for Start. */
    public void ready() {
        if (worker == null && folder == null) {
            phase.set("Ready: open your latent codes (File > Open latent codes\u2026); the solver, seed, codes (n)"
                    + " and lsot settings come from the settings row");
            progress.set(0);
        } else if (worker == null) {
            phase.set("Ready: set the train limit, epochs and latent dimension, then press Start");
            progress.set(0);
        }
    }

    /** Starts a new run with the form's settings (replacing the current one); false when the settings are bad. */
    public boolean start() {
        if (codeRun.get() && codeFiles != null) {
            openCodes(codeFiles);
            return true;
        }
        if (folder == null) {
            error.set("Cannot start: open your latent codes first (File > Open latent codes\u2026).");
            return false;
        }
        ImageRunSettings s;
        try {
            s = form.settings();
        } catch (IllegalArgumentException e) {
            error.set("Cannot start: " + e.getMessage() + ".");
            return false;
        }
        stopWorker();
        codeRun.set(false);
        savedRun = null;
        beginRun("loading " + s.preset().label() + " from " + folder);
        Path dir = folder;
        worker = new ImageWorker(p -> new ImageExperiment(s, ImageData.load(s.preset(), dir, s.imageSize(),
                s.trainLimit(), cache, p), store), true);
        return true;
    }

    /**
     * Opens the user's own codes: the files are read and checked on a background thread; only when they are fine
     * does the current run make way for a run on them (solver, seed, targets and lsot settings from the form;
     * the baselines fall back to lsot). A bad file sets the error line to the same {@code error:} message as the CLI
     * and keeps the current run and its state.
     */
    public void openCodes(CodeInputs.Files files) {
        ImageRunSettings s;
        try {
            s = form.settings();
        } catch (IllegalArgumentException e) {
            error.set("Cannot start: " + e.getMessage() + ".");
            return;
        }
        LatentGeneratorKind kind = s.generator();
        if (kind != LatentGeneratorKind.LSOT && kind != LatentGeneratorKind.EXACT
                && kind != LatentGeneratorKind.SINKHORN) {
            kind = LatentGeneratorKind.LSOT;
        }
        CodeRunSettings settings = new CodeRunSettings(kind, s.seed(), s.codeCount(), s.lsot(), 1000);
        int ticket = ++openTicket;
        CodeInputs.Files chosen = files;
        message.set("reading " + files.codes().getFileName() + "\u2026");
        Thread t = new Thread(() -> {
            try {
                CodeInputs inputs = CodeInputs.load(files);
                ui.execute(() -> startCodes(ticket, inputs, settings, chosen));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> {
                    if (ticket == openTicket) {
                        error.set("error: " + describe(e));
                        message.set("");
                    }
                });
            }
        }, "lsot-open-codes");
        t.setDaemon(true);
        t.start();
    }

    private void startCodes(int ticket, CodeInputs inputs, CodeRunSettings settings, CodeInputs.Files files) {
        if (ticket != openTicket) {
            inputs.close();
            return;
        }
        stopWorker();
        codeInputs = inputs;
        codeFiles = files;
        codeRun.set(true);
        beginRun("your own codes: " + inputs.codes().name());
        worker = new ImageWorker(p -> inputs.experiment(settings), true);
    }

    /**
     * Opens a saved image run (its run folder's {@code model/}) without training: the worker rebuilds it in phase
     * DONE, loading its images from the saved data folder when it is there. A folder that cannot be opened shows
     * its error as a failed start.
     */
    public void openSaved(Path runDir) {
        stopWorker();
        codeRun.set(false);
        savedRun = runDir;
        beginRun("opening the saved run " + runDir);
        playing.set(false);
        worker = new ImageWorker(p -> ImageRunBundle.open(runDir, cache, p), false);
    }

    /** The folder the run's images come from: one chosen for a reopened run, else the window's folder. */
    public Path dataFolder() {
        return chosenData != null ? chosenData : folder;
    }

    /** The saved run folder this window shows, or null for a run trained here. */
    public Path savedRun() {
        return savedRun;
    }

    /**
     * Gives a reopened run its images from {@code dataFolder} (on the worker); the reconstructions and nearest
     * training images are then shown again by {@code then}.
     */
    public void chooseData(Path dataFolder, Runnable then) {
        ask("Loading the images from " + dataFolder, e -> {
            if (!(e instanceof ImageExperiment x)) {
                throw new IllegalStateException("this run has no images to load (your own codes)");
            }
            ImageRunBundle.loadData(x, dataFolder, cache);
            return x.data().train().count();
        }, n -> {
            chosenData = dataFolder;
            error.set("");
            message.set("Loaded " + n + " training images from " + dataFolder + ".");
            then.run();
        });
    }

    /** Resets the run state shown for a new run that starts loading ({@code phaseText} names what it loads). */
    private void beginRun(String phaseText) {
        error.set("");
        message.set("");
        last = null;
        runs++;
        done.set(false);
        hasCodes.set(false);
        loading.set(true);
        active.set(true);
        playing.set(true);
        state.set("loading");
        phase.set(phaseText);
        progress.set(-1);
        eta.set("");
    }

    /** Whether the current run is on the user's own codes (no encoder, no held-out images). */
    public boolean isCodeRun() {
        return codeRun.get();
    }

    public BooleanProperty codeRunProperty() {
        return codeRun;
    }

    /** Pause or resume training. */
    public void togglePause() {
        if (worker == null || !active.get()) {
            return;
        }
        if (playing.get()) {
            worker.pause();
        } else {
            worker.play();
        }
        playing.set(!playing.get());
    }

    /** Stops loading or training; the last frame stays. */
    public void cancel() {
        if (worker != null) {
            worker.cancel();
        }
    }

    /**
     * Takes the worker's newest snapshot; returns it when its version is new (the views then redraw), else null.
     */
    public ImageSnapshot poll() {
        ImageSnapshot s = worker == null ? null : worker.latest();
        if (s == null || (last != null && s.version() == last.version())) {
            return null;
        }
        ImageSnapshot before = last;
        last = s;
        update(s, before);
        return s;
    }

    private void update(ImageSnapshot s, ImageSnapshot before) {
        boolean stateChanged = before == null || before.state() != s.state();
        loading.set(s.state() == ImageSnapshot.State.LOADING);
        active.set(!s.isFinal() || s.state() == ImageSnapshot.State.DONE);
        done.set(s.state() == ImageSnapshot.State.DONE);
        hasCodes.set(s.plane() != null);
        state.set(s.state().name().toLowerCase(Locale.ROOT));
        ImageProgress p = s.progress();
        if (s.state() == ImageSnapshot.State.LOADING) {
            progress.set(s.loadedFraction() > 0 ? s.loadedFraction() : -1);
            eta.set(s.loadedFraction() > 0 ? String.format(Locale.ROOT, "loaded %.0f%%", 100 * s.loadedFraction())
                    : "reading the files\u2026");
        } else if (p != null) {
            phase.set(capitalized(p.phase().label()) + (p.phase() == ImagePhase.DONE ? "" : ": " + p.detail()));
            progress.set(p.fraction());
            eta.set(p.phase() == ImagePhase.DONE ? "all phases finished" : EtaText.of(p.etaSeconds()) + losses(p));
        }
        if (stateChanged && s.state() == ImageSnapshot.State.FAILED) {
            phase.set("stopped");
            progress.set(0);
            eta.set("");
            error.set("Could not start the image run: " + s.message()
                    + ". Choose another folder from the main window's File menu, or fix the folder and press Start.");
        } else if (s.state() == ImageSnapshot.State.PAUSED && s.message().startsWith("paused:")
                && (before == null || !s.message().equals(before.message()))) {
            playing.set(false);
            error.set("Training " + s.message() + ". Press Resume to try again, or Start for a new run.");
        } else if (!s.message().isBlank() && (before == null || !s.message().equals(before.message()))) {
            message.set(s.message());     // only a new worker message: one the window set ("Saved ...") stays
        }
        if (!s.log().equals(before == null ? null : before.log())) {
            log.setAll(s.log());
        }
    }

    private static String losses(ImageProgress p) {
        StringBuilder b = new StringBuilder();
        p.losses().forEach((k, v) -> b.append(String.format(Locale.ROOT, " \u00b7 %s %.4g", k.replace('_', ' '),
                v)));
        return b.toString();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Runs {@code job} on the worker between steps and hands its result to {@code onResult} on the UI executor
     * (one hand-over per job); a failure sets the error line, prefixed by {@code what}.
     */
    public <T> void ask(String what, ImageWorker.Job<T> job, Consumer<T> onResult) {
        if (worker == null) {
            error.set(what + ": start a run first.");
            return;
        }
        if (last != null && (last.state() == ImageSnapshot.State.CANCELLED
                || last.state() == ImageSnapshot.State.FAILED)) {
            error.set(what + ": the run has stopped; press Start for a new one.");
            return;
        }
        int run = runs;
        worker.submit(job, r -> ui.execute(() -> {
            if (run == runs) {
                onResult.accept(r);
            }
        }), e -> ui.execute(() -> error.set(what + " failed: " + describe(e) + ".")));
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private void stopWorker() {
        ImageWorker old = worker;
        CodeInputs oldInputs = codeInputs;
        worker = null;
        codeInputs = null;
        if (old != null) {
            old.cancel();
            Thread t = new Thread(() -> {
                old.close();
                if (oldInputs != null) {
                    oldInputs.close();
                }
            }, "lsot-images-close");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Cancels the worker; its thread ends in the background (never blocks the FX thread). */
    @Override
    public void close() {
        stopWorker();
        active.set(false);
    }

    public Path folder() {
        return folder;
    }

    public ImageSettingsForm form() {
        return form;
    }

    /** The snapshot last taken by {@link #poll()}, or null. */
    public ImageSnapshot snapshot() {
        return last;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public StringProperty phaseProperty() {
        return phase;
    }

    /** Fraction of the phase done; -1 while unknown (indeterminate bar). */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty etaProperty() {
        return eta;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** A worker exists and is loading, training, paused or done (not failed or cancelled). */
    public BooleanProperty activeProperty() {
        return active;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public BooleanProperty hasCodesProperty() {
        return hasCodes;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<String> log() {
        return log;
    }
}
