package org.lsotexplorer.ui.settings;

import java.util.List;
import java.util.function.Function;
import org.lsotexplorer.engine.RunSettings;

/**
 * One editable setting: how to read it from {@link RunSettings} as text and how to write text back. Writing goes
 * through the engine's option records, so a bad value throws {@link IllegalArgumentException} with the records'
 * message (naming the setting and its range) and nothing changes.
 *
 * @param key stable identifier, e.g. {@code lsot.learningRate}
 * @param name label in the property sheet
 * @param category group in the property sheet
 * @param help one sentence: what the setting does
 * @param range the valid values, in words
 * @param liveKey the engine's name for {@code TransportSolver.adjust} when it changes mid-run, else null
 * @param choices allowed texts for a pick-one setting, else empty
 * @param reader the current value as text
 * @param writer a copy of the settings with the new text applied
 */
public record Setting(String key, String name, String category, String help, String range, String liveKey,
                      List<String> choices, Function<RunSettings, String> reader, Writer writer) {
    /** Applies a text value; throws {@link IllegalArgumentException} with a readable message when it is invalid. */
    @FunctionalInterface
    public interface Writer {
        RunSettings apply(RunSettings current, String text);
    }

    /** Copies the choices. */
    public Setting {
        choices = List.copyOf(choices);
    }

    /** True when the setting changes the running solver at once (no reset). */
    public boolean live() {
        return liveKey != null;
    }

    /** The tooltip: what it does, its range, and when a change takes effect. */
    public String tooltip() {
        return help + "\nRange: " + range + "\n" + (live() ? "Changes at once, while training (no reset)."
                : "Applies on Reset (R).");
    }
}
