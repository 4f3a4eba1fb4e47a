package org.lsotexplorer.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Window size, position and pane dividers remembered between launches in {@link Preferences}. A remembered
 * position that lies on no current screen is ignored (the window centres instead). Failure behaviour: a preference
 * store that cannot be read or written is ignored; the window then simply opens at its defaults.
 */
public final class WindowPreferences {
    private final Preferences node;

    public WindowPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's node for the explorer. */
    public static WindowPreferences user() {
        return new WindowPreferences(Preferences.userRoot().node("org/lsotexplorer/ui"));
    }

    /** Sizes and places the stage as last time, or at the given size. */
    public void restore(Stage stage, double defaultWidth, double defaultHeight) {
        double w = Math.max(stage.getMinWidth(), node.getDouble("width", defaultWidth));
        double h = Math.max(stage.getMinHeight(), node.getDouble("height", defaultHeight));
        stage.setWidth(w);
        stage.setHeight(h);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && onScreen(x, y, w)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    private static boolean onScreen(double x, double y, double w) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(100, w / 3), 40)).isEmpty();
    }

    /** Remembers the stage's size and place (not while maximized: the restored size is kept then). */
    public void save(Stage stage) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
        }
    }

    /** Sets a split pane's dividers as last time (call once the window shows). */
    public void restoreDividers(SplitPane pane, String key) {
        String s = node.get("dividers." + key, "");
        if (s.isEmpty()) {
            return;
        }
        try {
            double[] p = Arrays.stream(s.split(";")).mapToDouble(Double::parseDouble).toArray();
            if (p.length == pane.getDividers().size() && Arrays.stream(p).allMatch(v -> v > 0.02 && v < 0.98)) {
                pane.setDividerPositions(p);
            }
        } catch (NumberFormatException e) {
            node.remove("dividers." + key);
        }
    }

    /** Remembers a split pane's dividers. */
    public void saveDividers(SplitPane pane, String key) {
        node.put("dividers." + key, String.join(";", Arrays.stream(pane.getDividerPositions())
                .mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).toList()));
    }

    /** Writes the store now. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: the next launch opens at its defaults
        }
    }
}
