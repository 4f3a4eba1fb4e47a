package org.lsotexplorer.ui.run;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lsotexplorer.engine.WorkerState;
import org.lsotexplorer.engine.WorkerStatus;

/**
 * The run's state as the window shows it: worker state, step counter, speed, elapsed time, progress, the speed
 * setting and "train the potential only". Filled from {@link WorkerStatus} by the frame pump; a long job (writing a
 * run folder) overrides the status text and shows an indeterminate progress. Plain Java with JavaFX properties.
 */
public final class RunViewModel {
    /** The speed slider's positions: pause between steps in ms, slowest first; the last is full speed. */
    public static final int[] SLOW_MOTION_MILLIS = {1000, 300, 100, 20, 0};

    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final ObjectProperty<WorkerState> state = new SimpleObjectProperty<>(WorkerState.PAUSED);
    private final IntegerProperty step = new SimpleIntegerProperty();
    private final IntegerProperty totalSteps = new SimpleIntegerProperty(1);
    private final StringProperty phase = new SimpleStringProperty("");
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty();
    private final DoubleProperty elapsedSeconds = new SimpleDoubleProperty();
    private final StringProperty job = new SimpleStringProperty("");
    private final BooleanProperty freezeMap = new SimpleBooleanProperty();
    private final IntegerProperty speedIndex = new SimpleIntegerProperty(SLOW_MOTION_MILLIS.length - 1);
    private final BooleanBinding running = Bindings.createBooleanBinding(() -> state.get() == WorkerState.RUNNING,
            state);

    /** Takes a worker status (FX thread). */
    public void update(WorkerStatus s) {
        if (s == null) {
            return;
        }
        state.set(s.state());
        step.set(s.step());
        totalSteps.set(Math.max(1, s.totalSteps()));
        phase.set(s.phase());
        stepsPerSecond.set(s.state() == WorkerState.RUNNING ? s.stepsPerSecond() : 0);
        elapsedSeconds.set(s.elapsedSeconds());
    }

    /** The status line: state, step of total, phase (or the running job). */
    public String statusText() {
        if (!ready.get()) {
            return "Starting the training worker (ND4J)\u2026";
        }
        if (!job.get().isEmpty()) {
            return job.get();
        }
        String what = switch (state.get()) {
            case RUNNING -> "Training";
            case PAUSED -> step.get() == 0 ? "Ready: press Train (Space)" : "Paused";
            case DONE -> "Done";
            case DIVERGED -> "Diverged: paused on the last good state";
            case STOPPED -> "Stopped";
        };
        return String.format(Locale.ROOT, "%s  \u00b7  step %,d of %,d  \u00b7  %s", what, step.get(),
                totalSteps.get(), phase.get());
    }

    /** The progress bar: the share of the step budget done, or -1 (indeterminate) while a job runs. */
    public double progress() {
        return job.get().isEmpty() ? Math.min(1.0, step.get() / (double) totalSteps.get()) : -1;
    }

    /** "48.2 steps/s" (empty when not training). */
    public String rateText() {
        return state.get() == WorkerState.RUNNING && stepsPerSecond.get() > 0
                ? String.format(Locale.ROOT, "%.1f steps/s", stepsPerSecond.get()) : "";
    }

    /** Training time as {@code m:ss.s}. */
    public String elapsedText() {
        double s = elapsedSeconds.get();
        return String.format(Locale.ROOT, "%d:%04.1f", (int) (s / 60), s % 60);
    }

    /** The pause between steps of the speed setting, in ms. */
    public int slowMotionMillis() {
        return SLOW_MOTION_MILLIS[Math.max(0, Math.min(SLOW_MOTION_MILLIS.length - 1, speedIndex.get()))];
    }

    /** The speed setting in words. */
    public String speedText() {
        int ms = slowMotionMillis();
        return ms == 0 ? "full speed" : String.format(Locale.ROOT, "slow: %s steps/s", ms >= 1000 ? "1"
                : Integer.toString(Math.round(1000f / ms)));
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public ObjectProperty<WorkerState> stateProperty() {
        return state;
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public IntegerProperty totalStepsProperty() {
        return totalSteps;
    }

    public StringProperty phaseProperty() {
        return phase;
    }

    public DoubleProperty stepsPerSecondProperty() {
        return stepsPerSecond;
    }

    public DoubleProperty elapsedSecondsProperty() {
        return elapsedSeconds;
    }

    /** Text of a running job (e.g. writing a run folder); empty when none. */
    public StringProperty jobProperty() {
        return job;
    }

    /** "Train the potential only": the map stays frozen. */
    public BooleanProperty freezeMapProperty() {
        return freezeMap;
    }

    /** Position of the speed slider, 0 (slowest) .. {@code SLOW_MOTION_MILLIS.length - 1} (full speed). */
    public IntegerProperty speedIndexProperty() {
        return speedIndex;
    }
}
