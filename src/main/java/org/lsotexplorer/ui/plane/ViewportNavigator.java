package org.lsotexplorer.ui.plane;

import org.lsotexplorer.render.Viewport;

/**
 * Pan and zoom of the plane in data coordinates. Zoom keeps the data point under the cursor fixed; the viewport's
 * width stays within [{@link #MIN_SPAN}, {@link #MAX_SPAN}] so it can never collapse or blow up.
 */
public final class ViewportNavigator {
    /** Narrowest span (data units). */
    public static final double MIN_SPAN = 1e-3;
    /** Widest span (data units). */
    public static final double MAX_SPAN = 1e4;

    private ViewportNavigator() {
    }

    /** Zooms by {@code factor} (&lt; 1 zooms in) about the data point {@code (ax, ay)}. */
    public static Viewport zoom(Viewport v, double ax, double ay, double factor) {
        double f = factor;
        double w = v.width() * f;
        if (w < MIN_SPAN) {
            f = MIN_SPAN / v.width();
        } else if (w > MAX_SPAN) {
            f = MAX_SPAN / v.width();
        }
        return new Viewport(ax + (v.xMin() - ax) * f, ax + (v.xMax() - ax) * f, ay + (v.yMin() - ay) * f,
                ay + (v.yMax() - ay) * f);
    }

    /** Moves the viewport by {@code (dx, dy)} data units. */
    public static Viewport pan(Viewport v, double dx, double dy) {
        return new Viewport(v.xMin() + dx, v.xMax() + dx, v.yMin() + dy, v.yMax() + dy);
    }

    /** The zoom factor of one mouse-wheel movement of {@code deltaY} pixels (up zooms in). */
    public static double wheelFactor(double deltaY) {
        return Math.exp(-deltaY / 300.0);
    }
}
