package org.lsotexplorer.render;

/**
 * How an axis places and labels its ticks. The axis coordinate is what the plot maps linearly onto pixels:
 * the value itself for {@link #LINEAR}, {@code log10(value)} for {@link #LOG10}.
 */
enum AxisScale {
    LINEAR {
        @Override
        double[] ticks(double min, double max, int targetCount) {
            return Ticks.nice(min, max, targetCount);
        }

        @Override
        String[] labels(double[] ticks) {
            return Ticks.labels(ticks);
        }
    },
    /** Coordinates are decimal exponents; ticks at whole decades (or at 1-2-5 values inside a single decade). */
    LOG10 {
        @Override
        double[] ticks(double min, double max, int targetCount) {
            if (max - min >= 1) {
                double[] t = Ticks.nice(min, max, targetCount);
                double step = t.length > 1 ? t[1] - t[0] : 1;
                return step < 1 ? Ticks.multiples(min, max, 1, false) : t;
            }
            double[] values = Ticks.nice(Math.pow(10, min), Math.pow(10, max), targetCount);
            double[] out = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = Math.log10(values[i]);
            }
            return out;
        }

        @Override
        String[] labels(double[] ticks) {
            String[] out = new String[ticks.length];
            for (int i = 0; i < ticks.length; i++) {
                double v = Math.pow(10, ticks[i]);
                double e = Math.rint(ticks[i]);
                if (Math.abs(ticks[i] - e) < 1e-9 && (e < -2 || e > 3)) {
                    out[i] = "10" + superscript((int) e);
                } else {
                    out[i] = Ticks.format(v, Math.pow(10, Math.floor(ticks[i] + 1e-9)));
                }
            }
            return out;
        }
    };

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    /** {@code n} in superscript digits, e.g. -4 as "⁻⁴". */
    static String superscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            b.append(ch == '-' ? '\u207B' : SUPERSCRIPT_DIGITS.charAt(ch - '0'));
        }
        return b.toString();
    }

    /** Tick positions in axis coordinates within {@code [min, max]}. */
    abstract double[] ticks(double min, double max, int targetCount);

    /** Tick labels (showing values, not axis coordinates). */
    abstract String[] labels(double[] ticks);
}
