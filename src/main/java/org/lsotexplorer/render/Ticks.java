package org.lsotexplorer.render;

import java.util.Locale;

/**
 * "Nice" axis values and their labels: steps of {@code m * 10^k} with {@code m} in {1, 2, 2.5, 5}, the step chosen
 * so that the span holds about {@code targetCount} steps; labels carry just enough decimals to tell neighbours
 * apart (the same number on every label of an axis), switch to {@code 2.5e−4} notation for very small steps or very large values, and use the typographic minus
 * sign (U+2212).
 *
 * <p>Failure behaviour: a non-finite or empty range gives an empty array, never an exception.
 */
public final class Ticks {
    private static final double[] MANTISSAS = {1, 2, 2.5, 5, 10};
    /** The typographic minus sign used in labels. */
    public static final char MINUS = '\u2212';

    private Ticks() {
    }

    /**
     * The nice step whose number of intervals over {@code span} is closest to {@code targetCount}
     * (ties go to the larger step); NaN for a span that is not finite and positive.
     */
    public static double niceStep(double span, int targetCount) {
        if (!(span > 0) || Double.isInfinite(span)) {
            return Double.NaN;
        }
        int target = Math.max(1, targetCount);
        double magnitude = Math.pow(10, Math.floor(Math.log10(span / target)));
        double best = Double.NaN;
        double bestMiss = Double.POSITIVE_INFINITY;
        for (double m : MANTISSAS) {
            double step = m * magnitude;
            double miss = Math.abs(span / step - target);
            if (miss <= bestMiss) {
                best = step;
                bestMiss = miss;
            }
        }
        return best;
    }

    /** Multiples of {@link #niceStep} lying in the closed range {@code [min, max]}, ascending. */
    public static double[] nice(double min, double max, int targetCount) {
        return multiples(min, max, niceStep(max - min, targetCount), false);
    }

    /** Multiples of {@code step} in {@code [min, max]} (or the open range when {@code strict}), ascending. */
    static double[] multiples(double min, double max, double step, boolean strict) {
        if (!(step > 0) || !Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            return new double[0];
        }
        double eps = step * 1e-9;
        long first = (long) Math.ceil((min + (strict ? eps : -eps)) / step);
        long last = (long) Math.floor((max + (strict ? -eps : eps)) / step);
        if (last < first || last - first > 10_000) {
            return new double[0];
        }
        double[] out = new double[(int) (last - first + 1)];
        for (int i = 0; i < out.length; i++) {
            double v = (first + i) * step;
            out[i] = Math.abs(v) < eps ? 0.0 : v;
        }
        return out;
    }

    /** Powers of ten in {@code [min, max]} (both must be positive), for logarithmic axes. */
    public static double[] decades(double min, double max) {
        if (!(min > 0) || !(max >= min) || Double.isInfinite(max)) {
            return new double[0];
        }
        int lo = (int) Math.ceil(Math.log10(min) - 1e-9);
        int hi = (int) Math.floor(Math.log10(max) + 1e-9);
        double[] out = new double[Math.max(0, hi - lo + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.pow(10, lo + i);
        }
        return out;
    }

    /** Labels for ascending evenly spaced values; the spacing sets the number of decimals. */
    public static String[] labels(double[] values) {
        double step = values.length > 1 ? Math.abs(values[1] - values[0])
                : values.length == 1 ? Math.abs(values[0]) : 1;
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = format(values[i], step);
        }
        return out;
    }

    /** The label of {@code value} on an axis whose ticks are {@code step} apart. */
    public static String format(double value, double step) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221E" : MINUS + "\u221E";
        }
        double s = step > 0 && Double.isFinite(step) ? step : Math.max(Math.abs(value), 1e-300);
        if (value == 0 || Math.abs(value) < s * 1e-6) {
            return s < 1e-3 ? "0" : fixed(0, s);
        }
        double a = Math.abs(value);
        String text;
        if (a >= 1e5 || (s < 1e-3 && a < 1e-2)) {
            int exponent = (int) Math.floor(Math.log10(a));
            double scale = Math.pow(10, exponent);
            String mantissa = fixed(value / scale, Math.min(s / scale, 1));
            text = mantissa + "e" + exponent;
        } else {
            text = fixed(value, s);
        }
        return text.replace('-', MINUS);
    }

    private static String fixed(double value, double step) {
        return String.format(Locale.ROOT, "%." + decimals(step) + "f", value);
    }

    private static int decimals(double step) {
        for (int d = 0; d < 12; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) <= 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 12;
    }
}
