package org.lsotexplorer.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;

/**
 * The draft {@link RunSettings} the next Reset builds from, and the edits made to it. Every edit is validated by the
 * engine's option records: a bad value keeps the old one and sets {@link #errorProperty()} to the records' message.
 * A live setting (learning rate, angle threshold, blend width) is also sent to the running solver at once through
 * the {@link LiveAdjuster}; any other change marks {@link #resetNeededProperty()}. Plain Java with JavaFX
 * properties; FX thread only.
 */
public final class SettingsViewModel {
    /** Receives a live setting for the running solver (the engine's {@code TransportSolver.adjust} name). */
    @FunctionalInterface
    public interface LiveAdjuster {
        void adjust(String liveKey, double value);
    }

    private final ObjectProperty<RunSettings> draft;
    private final ObjectProperty<SolverKind> solver;
    private final ObservableList<Setting> settings = FXCollections.observableArrayList();
    private final BooleanProperty resetNeeded = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private LiveAdjuster adjuster = (k, v) -> { };

    /** Starts from {@code initial} (its solver is the selected one). */
    public SettingsViewModel(RunSettings initial) {
        draft = new SimpleObjectProperty<>(initial);
        solver = new SimpleObjectProperty<>(initial.solver());
        settings.setAll(SettingCatalog.forSolver(initial.solver()));
    }

    /** Where live settings go (the controller sends them to the worker). */
    public void setLiveAdjuster(LiveAdjuster adjuster) {
        this.adjuster = adjuster;
    }

    /** The settings of the selected solver, in sheet order. */
    public ObservableList<Setting> settings() {
        return settings;
    }

    /** The current value of a setting, as text. */
    public String valueOf(Setting s) {
        return s.reader().apply(draft.get());
    }

    /**
     * Applies a new text value.
     *
     * @return true when it was taken (or unchanged), false when rejected (the old value stays; see
     *         {@link #errorProperty()})
     */
    public boolean apply(Setting s, String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals(valueOf(s))) {
            error.set("");
            return true;
        }
        try {
            RunSettings next = s.writer().apply(draft.get(), t);
            draft.set(next);
            error.set("");
            if (s.live()) {
                adjuster.adjust(s.liveKey(), Double.parseDouble(t));
            } else {
                resetNeeded.set(true);
            }
            return true;
        } catch (IllegalArgumentException e) {
            String m = e.getMessage() == null ? "invalid value" : e.getMessage();
            error.set(s.name() + ": " + m + ". Kept " + valueOf(s) + ".");
            return false;
        }
    }

    /** Switches the solver; its settings replace the sheet's. The caller resets the run. */
    public void selectSolver(SolverKind kind) {
        if (kind == solver.get()) {
            return;
        }
        draft.set(SettingCatalog.withSolver(draft.get(), kind));
        solver.set(kind);
        settings.setAll(SettingCatalog.forSolver(kind));
        error.set("");
    }

    /**
     * Replaces the draft with the settings of an opened run (its solver's sheet shown); nothing is pending, since the
     * opened run was built from exactly these.
     */
    public void load(RunSettings opened) {
        draft.set(opened);
        solver.set(opened.solver());
        settings.setAll(SettingCatalog.forSolver(opened.solver()));
        resetNeeded.set(false);
        error.set("");
    }

    public ReadOnlyObjectProperty<SolverKind> solverProperty() {
        return solver;
    }

    public ReadOnlyObjectProperty<RunSettings> draftProperty() {
        return draft;
    }

    /** The draft for a target id, ready for {@code TransportRun.create}. */
    public RunSettings settingsFor(String targetId) {
        return SettingCatalog.withTarget(draft.get(), targetId);
    }

    /** Marks the draft as applied by a reset. */
    public void applied() {
        resetNeeded.set(false);
    }

    /** True when a setting changed that only a Reset applies. */
    public BooleanProperty resetNeededProperty() {
        return resetNeeded;
    }

    /** The last rejected edit's message, empty when the last edit was fine. */
    public StringProperty errorProperty() {
        return error;
    }
}
