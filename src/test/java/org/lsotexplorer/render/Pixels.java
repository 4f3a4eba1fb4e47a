package org.lsotexplorer.render;

/** Small helpers for asserting on ARGB pixels in tests. */
final class Pixels {
    private Pixels() {
    }

    static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }

    static int blue(int argb) {
        return argb & 0xFF;
    }

    /** Largest per-channel difference of the colour channels (alpha ignored). */
    static int distance(int a, int b) {
        return Math.max(Math.abs(red(a) - red(b)), Math.max(Math.abs(green(a) - green(b)),
                Math.abs(blue(a) - blue(b))));
    }

    static String hex(int argb) {
        return String.format("#%08X", argb);
    }

    /** The pixel that contains data point {@code (x, y)}. */
    static int at(Raster r, PlotLayout layout, double x, double y) {
        return r.get((int) Math.floor(layout.toPixelX(x)), (int) Math.floor(layout.toPixelY(y)));
    }

    /** Number of pixels in the rectangle that differ from {@code background} by more than {@code tolerance}. */
    static int countDifferent(Raster r, int x0, int y0, int x1, int y1, int background, int tolerance) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (distance(r.get(x, y), background) > tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
