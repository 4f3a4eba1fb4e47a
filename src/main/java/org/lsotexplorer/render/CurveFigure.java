package org.lsotexplorer.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of metrics over training steps, as an immutable value: named series of {@code (step, value)} points,
 * axes, a legend and an optional logarithmic y axis. {@link CurveRenderer} draws it; run folders store loss curves
 * made with it.
 *
 * <p>Each series is a polyline through its points in the given order. A point whose step or value is NaN or
 * infinite (or, with {@code logY}, whose value is not positive) is left out and breaks the line; a point with no
 * drawn neighbour is shown as a dot. Axis ranges cover every drawn point, padded by 4 % of the span.
 *
 * <p>Failure behaviour: {@link Builder#build()} throws {@link IllegalArgumentException} for a size outside
 * {@code [120, 8192]} px; {@link Series} throws for arrays of different length.
 */
public final class CurveFigure {
    /** Colours given to series whose colour is 0, in order (a colour-blind-aware ten-colour cycle). */
    private static final int[] PALETTE = {0xFF1F77B4, 0xFFFF7F0E, 0xFF2CA02C, 0xFFD62728, 0xFF9467BD, 0xFF8C564B,
        0xFFE377C2, 0xFF7F7F7F, 0xFFBCBD22, 0xFF17BECF};

    /**
     * One named curve: {@code values[i]} at {@code steps[i]}; colour {@code argb}, or 0 for the next palette colour.
     * The arrays are used as given, not copied.
     */
    public record Series(String name, double[] steps, double[] values, int argb) {
        /** Validates the series. */
        public Series {
            name = name == null ? "" : name;
            if (steps == null || values == null || steps.length != values.length) {
                throw new IllegalArgumentException("steps and values must have equal length, got "
                        + (steps == null ? "null" : steps.length) + " and "
                        + (values == null ? "null" : values.length));
            }
        }
    }

    private final String title;
    private final int widthPx;
    private final int heightPx;
    private final String xTitle;
    private final String yTitle;
    private final boolean logY;
    private final boolean showLegend;
    private final List<Series> series;

    private CurveFigure(Builder b) {
        if (b.widthPx < 120 || b.heightPx < 120 || b.widthPx > 8192 || b.heightPx > 8192) {
            throw new IllegalArgumentException("figure size must be 120..8192 px per side, got " + b.widthPx + "x"
                    + b.heightPx);
        }
        title = b.title;
        widthPx = b.widthPx;
        heightPx = b.heightPx;
        xTitle = b.xTitle;
        yTitle = b.yTitle;
        logY = b.logY;
        showLegend = b.showLegend;
        List<Series> coloured = new ArrayList<>();
        int next = 0;
        for (Series s : b.series) {
            coloured.add(s.argb() != 0 ? s : new Series(s.name(), s.steps(), s.values(), PALETTE[next++ % 10]));
        }
        series = List.copyOf(coloured);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String title() { return title; }
    public int widthPx() { return widthPx; }
    public int heightPx() { return heightPx; }
    public String xTitle() { return xTitle; }
    public String yTitle() { return yTitle; }
    public boolean logY() { return logY; }
    public boolean showLegend() { return showLegend; }
    /** The series, each with its final (non-zero) colour. */
    public List<Series> series() { return series; }

    /** True when {@code (step, value)} is drawn on this figure's axes. */
    boolean drawable(double step, double value) {
        return Double.isFinite(step) && Double.isFinite(value) && (!logY || value > 0);
    }

    /** Mutable settings of a {@link CurveFigure}. */
    public static final class Builder {
        private String title = "";
        private int widthPx = 640;
        private int heightPx = 400;
        private String xTitle = "step";
        private String yTitle = "value";
        private boolean logY;
        private boolean showLegend = true;
        private final List<Series> series = new ArrayList<>();

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title == null ? "" : title;
            return this;
        }

        /** Raster size in pixels (default 640 x 400). */
        public Builder size(int widthPx, int heightPx) {
            this.widthPx = widthPx;
            this.heightPx = heightPx;
            return this;
        }

        /** Axis titles (default "step", "value"). */
        public Builder axisTitles(String xTitle, String yTitle) {
            this.xTitle = xTitle == null ? "" : xTitle;
            this.yTitle = yTitle == null ? "" : yTitle;
            return this;
        }

        /** Logarithmic y axis (default off); non-positive values are then left out. */
        public Builder logY(boolean logY) {
            this.logY = logY;
            return this;
        }

        /** Legend box in the emptiest corner of the plot (default on). */
        public Builder showLegend(boolean show) {
            this.showLegend = show;
            return this;
        }

        /** Adds a series with an automatic colour. */
        public Builder series(String name, double[] steps, double[] values) {
            return series(new Series(name, steps, values, 0));
        }

        public Builder series(Series s) {
            if (s == null) {
                throw new IllegalArgumentException("series must not be null");
            }
            series.add(s);
            return this;
        }

        public CurveFigure build() {
            return new CurveFigure(this);
        }
    }
}
