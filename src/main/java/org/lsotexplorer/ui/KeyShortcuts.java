package org.lsotexplorer.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Single-key shortcuts (Space, S, R, 1..8, ...) that never fire while the user types in a text field. A scene
 * filter runs them and consumes the key, so a focused button or drop-down never sees it; menu items show the same
 * keys as accelerators, and {@link #guard(Runnable)} keeps those from firing on a key typed into a field.
 */
final class KeyShortcuts {
    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
    private boolean typing;

    /** Registers a plain-key shortcut and returns the guarded action for its menu item. */
    Runnable register(KeyCombination key, Runnable action) {
        keys.put(key, action);
        return guard(action);
    }

    /** The action, skipped when its key press went into a text field. */
    Runnable guard(Runnable action) {
        return () -> {
            if (!typing) {
                action.run();
            }
        };
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl) {
                if (!e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                    typing = true;
                    Platform.runLater(() -> typing = false);
                }
                return;
            }
            for (Map.Entry<KeyCombination, Runnable> k : keys.entrySet()) {
                if (k.getKey().match(e)) {
                    k.getValue().run();
                    e.consume();
                    return;
                }
            }
        });
    }
}
