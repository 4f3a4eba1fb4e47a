package org.lsotexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

/** Small pieces both explorer windows build alike, carrying the style classes of {@code explorer.css}. */
public final class FxParts {
    private FxParts() {
    }

    /** A side column ({@code column} plus any extra style classes) that may shrink to nothing. */
    public static VBox column(String[] styles, Node... children) {
        VBox v = new VBox(children);
        v.getStyleClass().add("column");
        v.getStyleClass().addAll(styles);
        v.setMinWidth(0);
        return v;
    }

    /** A section heading. */
    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A menu item with an optional accelerator (null = none). */
    public static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem it = new MenuItem(text);
        it.setAccelerator(key);
        it.setOnAction(e -> action.run());
        return it;
    }

    /** Ctrl (Cmd on macOS) + {@code k}. */
    public static KeyCombination ctrl(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN);
    }

    /** Ctrl (Cmd) + Shift + {@code k}. */
    public static KeyCombination ctrlShift(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
