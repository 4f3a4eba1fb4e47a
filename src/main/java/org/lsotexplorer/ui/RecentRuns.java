package org.lsotexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The run folders opened or saved most recently, newest first, at most {@link #MAX}, remembered in the window's
 * preferences node (keys {@code recent.0} ...). A folder that is opened again moves to the front; one that no longer
 * exists is still listed until opening it fails, and then {@link #remove}d.
 */
final class RecentRuns {
    static final int MAX = 8;
    private static final String KEY = "recent.";
    private final Preferences node;

    RecentRuns(Preferences node) {
        this.node = node;
    }

    /** The remembered folders, newest first. */
    List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String v = node.get(KEY + i, null);
            if (v != null && !v.isBlank()) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Puts {@code dir} first (absolute, without repeats), dropping the oldest beyond {@link #MAX}. */
    void add(Path dir) {
        Path a = dir.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(list());
        next.remove(a);
        next.add(0, a);
        store(next);
    }

    /** Forgets {@code dir} (it could not be opened). */
    void remove(Path dir) {
        List<Path> next = new ArrayList<>(list());
        next.remove(dir.toAbsolutePath().normalize());
        store(next);
    }

    private void store(List<Path> dirs) {
        for (int i = 0; i < MAX; i++) {
            if (i < dirs.size()) {
                node.put(KEY + i, dirs.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
    }
}
