package org.lsotexplorer.engine;

/** Range checks shared by the option records; messages name the setting and its valid range. */
public final class Checks {
    private Checks() {
    }

    public static void range(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
    }

    public static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", got " + value);
        }
    }

    public static int[] widths(int[] widths) {
        if (widths == null || widths.length == 0 || widths.length > 8) {
            throw new IllegalArgumentException("need 1..8 hidden layers");
        }
        for (int w : widths) {
            range("hidden width", w, 1, 4096);
        }
        return widths.clone();
    }
}
