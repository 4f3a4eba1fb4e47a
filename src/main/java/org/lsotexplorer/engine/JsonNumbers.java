package org.lsotexplorer.engine;

import java.util.Map;

/**
 * Numbers for JSON files: JSON has no NaN or infinity (Jackson would write the strings {@code "NaN"} and
 * {@code "Infinity"}, which readers take for text). A non-finite value is written as {@code null} with a
 * {@code <key>_note} beside it that says why, e.g. {@code "l2_uvp": null, "l2_uvp_note": "undefined: ..."}.
 */
public final class JsonNumbers {
    /** Suffix of the key that explains a {@code null}. */
    public static final String NOTE_SUFFIX = "_note";

    private JsonNumbers() {
    }

    /**
     * Puts {@code value}, or {@code null} and a note when it is NaN or infinite ({@code null} stays {@code null}).
     *
     * @param whyNotFinite what a non-finite value means here, e.g. "undefined: the target has zero variance"
     */
    public static void put(Map<String, Object> map, String key, Double value, String whyNotFinite) {
        if (value == null || Double.isFinite(value)) {
            map.put(key, value);
            return;
        }
        map.put(key, null);
        map.put(key + NOTE_SUFFIX, whyNotFinite + " (the value was " + value + ")");
    }
}
