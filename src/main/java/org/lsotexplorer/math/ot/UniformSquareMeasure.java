package org.lsotexplorer.math.ot;

/**
 * The uniform law on {@code [-1, 1]^2} (density 1/4) over polygons inside that square: mass = area / 4 (shoelace),
 * segment density = length / 4, and the transport cost from the polygon's first and second area moments. Exact
 * up to rounding.
 */
final class UniformSquareMeasure implements SourceMeasure {
    @Override
    public double boxHalfWidth() {
        return 1;
    }

    @Override
    public double mass(double[] xs, double[] ys, int from, int count) {
        double a = 0;
        for (int i = 0; i < count; i++) {
            int p = from + i;
            int q = from + (i + 1) % count;
            a += xs[p] * ys[q] - xs[q] * ys[p];
        }
        return Math.max(0, a / 8);
    }

    @Override
    public double segmentDensity(double ax, double ay, double bx, double by) {
        return 0.25 * Math.hypot(bx - ax, by - ay);
    }

    @Override
    public double cost(double[] xs, double[] ys, int from, int count, double yx, double yy) {
        double area = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < count; i++) {
            int p = from + i;
            int q = from + (i + 1) % count;
            double x0 = xs[p] - yx;
            double y0 = ys[p] - yy;
            double x1 = xs[q] - yx;
            double y1 = ys[q] - yy;
            double cr = x0 * y1 - x1 * y0;
            area += cr;
            sxx += cr * (x0 * x0 + x0 * x1 + x1 * x1);
            syy += cr * (y0 * y0 + y0 * y1 + y1 * y1);
        }
        if (area <= 0) {
            return 0;
        }
        return 0.25 * 0.5 * (sxx + syy) / 12;
    }
}
