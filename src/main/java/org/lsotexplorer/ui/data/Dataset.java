package org.lsotexplorer.ui.data;

import java.util.ArrayList;
import java.util.List;
import org.lsotexplorer.data.ToyPreset;

/**
 * One entry of the dataset picker: a toy preset of method.md section 5, the points the user drew, or a CSV file.
 *
 * @param kind which kind of data
 * @param preset the toy for {@link Kind#PRESET}, null otherwise
 */
public record Dataset(Kind kind, ToyPreset preset) {
    /** Where the target points come from. */
    public enum Kind { PRESET, DRAWN, CSV }

    /** Drawn points. */
    public static final Dataset DRAWN = new Dataset(Kind.DRAWN, null);
    /** A CSV file. */
    public static final Dataset CSV = new Dataset(Kind.CSV, null);

    /** Validates that a preset comes with its toy and only then. */
    public Dataset {
        if ((kind == Kind.PRESET) != (preset != null)) {
            throw new IllegalArgumentException("a preset dataset needs its toy, and only a preset has one");
        }
    }

    /** A toy preset. */
    public static Dataset of(ToyPreset preset) {
        return new Dataset(Kind.PRESET, preset);
    }

    /** The picker's entries in order: the six toys, then drawn points, then a CSV file. */
    public static List<Dataset> choices() {
        List<Dataset> out = new ArrayList<>();
        for (ToyPreset p : ToyPreset.values()) {
            out.add(of(p));
        }
        out.add(DRAWN);
        out.add(CSV);
        return List.copyOf(out);
    }

    /** The name shown in the picker. */
    public String label() {
        return switch (kind) {
            case PRESET -> preset.displayName();
            case DRAWN -> "Drawn points";
            case CSV -> "CSV file\u2026";
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
