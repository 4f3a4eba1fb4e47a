package org.lsotexplorer.render;

/**
 * A rectangle of the data plane, {@code [xMin, xMax] x [yMin, yMax]}, in data coordinates (the latent space).
 * It is what a figure shows; {@link PlotLayout} maps it onto pixels with x to the right and y upwards.
 *
 * <p>Failure behaviour: non-finite bounds or an empty span ({@code xMin >= xMax} or {@code yMin >= yMax}) throw
 * {@link IllegalArgumentException}.
 */
public record Viewport(double xMin, double xMax, double yMin, double yMax) {

    /** Validates the bounds. */
    public Viewport {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))) {
            throw new IllegalArgumentException("viewport bounds must be finite: " + xMin + ", " + xMax + ", "
                    + yMin + ", " + yMax);
        }
        if (!(xMin < xMax && yMin < yMax)) {
            throw new IllegalArgumentException("viewport needs xMin < xMax and yMin < yMax, got x in [" + xMin
                    + ", " + xMax + "], y in [" + yMin + ", " + yMax + "]");
        }
    }

    /** The square {@code [-halfSide, halfSide]^2}. */
    public static Viewport centered(double halfSide) {
        return new Viewport(-halfSide, halfSide, -halfSide, halfSide);
    }

    /**
     * The smallest box holding every finite point of the given interleaved clouds ({@code x0, y0, x1, y1, ...}),
     * grown on each side by {@code margin} times the larger of its two spans. Points with a NaN or infinite
     * coordinate are skipped. With no finite point the result is {@code [-1, 1]^2}; a zero span is widened to 1.
     *
     * @param margin fraction of the larger span added on every side, {@code >= 0}
     */
    public static Viewport around(double margin, float[]... clouds) {
        if (!(margin >= 0) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException("margin must be a finite fraction >= 0, got " + margin);
        }
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (float[] xy : clouds) {
            for (int i = 0; i + 1 < xy.length; i += 2) {
                float x = xy[i];
                float y = xy[i + 1];
                if (Float.isFinite(x) && Float.isFinite(y)) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x0 > x1) {
            return centered(1);
        }
        if (x1 - x0 == 0) {
            x0 -= 0.5;
            x1 += 0.5;
        }
        if (y1 - y0 == 0) {
            y0 -= 0.5;
            y1 += 0.5;
        }
        double pad = margin * Math.max(x1 - x0, y1 - y0);
        return new Viewport(x0 - pad, x1 + pad, y0 - pad, y1 + pad);
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    /** True when {@code (x, y)} lies in the closed rectangle. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /**
     * The viewport with the same centre, grown along one axis so that {@code width() / height()} equals
     * {@code aspect}; used to give x and y the same scale on a plot area of {@code aspect = widthPx / heightPx}.
     */
    public Viewport expandedToAspect(double aspect) {
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new IllegalArgumentException("aspect must be positive, got " + aspect);
        }
        double cx = 0.5 * (xMin + xMax);
        double cy = 0.5 * (yMin + yMax);
        double w = width();
        double h = height();
        if (w / h < aspect) {
            w = h * aspect;
        } else {
            h = w / aspect;
        }
        return new Viewport(cx - 0.5 * w, cx + 0.5 * w, cy - 0.5 * h, cy + 0.5 * h);
    }
}
