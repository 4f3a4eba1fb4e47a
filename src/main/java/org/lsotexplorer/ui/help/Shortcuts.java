package org.lsotexplorer.ui.help;

import java.util.List;

/** The keyboard and mouse shortcuts of the window, as listed in Help &gt; Keyboard shortcuts. */
public final class Shortcuts {
    /** One shortcut: the keys and what they do. */
    public record Shortcut(String keys, String action) {
    }

    private Shortcuts() {
    }

    /** Every shortcut, in the order the help lists them. */
    public static List<Shortcut> all() {
        return List.of(
            new Shortcut("Space", "Train / Pause"),
            new Shortcut("S", "Take one training step"),
            new Shortcut("R", "Reset the run (applies changed settings)"),
            new Shortcut("F", "Train the potential only (the map stays frozen)"),
            new Shortcut("1 \u2026 8", "Show or hide a layer: source, target, mapped, arrows, potential, contours,"
                    + " raw D, singular set"),
            new Shortcut("X", "Show or hide the exact OT map's arrows (with L2-UVP and cosine against it)"),
            new Shortcut("B", "Brush: paint target points (drawn points)"),
            new Shortcut("0", "Fit the plane to the data (undo pan and zoom)"),
            new Shortcut("Ctrl+O", "Open a CSV of points as the target"),
            new Shortcut("Ctrl+S", "Save the current points as CSV"),
            new Shortcut("Ctrl+E", "Export the plane view as PNG"),
            new Shortcut("Ctrl+Shift+E", "Export the plane view as PNG at twice the size"),
            new Shortcut("Ctrl+M", "Export the metrics as CSV"),
            new Shortcut("Ctrl+Shift+S", "Save the whole run folder (same format as the command line)"),
            new Shortcut("Ctrl+K", "Compare solvers side by side (2 to 4 linked panes)"),
            new Shortcut("F1", "This list"),
            new Shortcut("Ctrl+Q", "Quit"),
            new Shortcut("Mouse wheel", "Zoom about the cursor"),
            new Shortcut("Drag", "Pan (right-drag while the brush is on)"),
            new Shortcut("Double-click", "Fit the plane to the data"),
            new Shortcut("Hover", "Coordinates and the potential's value under the cursor"));
    }
}
