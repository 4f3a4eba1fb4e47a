package org.lsotexplorer.engine;

import java.util.Locale;

/**
 * The {@code state} of a run folder's manifest: {@code running} (written first, and kept by checkpoints of an
 * unfinished or paused run: {@code run --resume DIR} continues it), {@code complete} (written last, after every
 * other file) or {@code failed} (the run diverged or stopped on an error; no final metrics).
 */
public enum BundleState {
    RUNNING, COMPLETE, FAILED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown state */
    public static BundleState parse(String s) {
        for (BundleState b : values()) {
            if (b.id().equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown run state '" + s + "' (expected running, complete or failed)");
    }
}
