package org.lsotexplorer.ui.settings;

import java.math.BigDecimal;
import java.util.Arrays;

/** Text to numbers for the settings, with messages that name the setting; and numbers back to short text. */
final class Parse {
    private Parse() {
    }

    static double real(String name, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " must be a finite number, got '" + text.trim() + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text.trim() + "' is not a number");
        }
    }

    static int whole(String name, String text) {
        long v = wholeLong(name, text);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + ": " + v + " is too large");
        }
        return (int) v;
    }

    static long wholeLong(String name, String text) {
        String t = text.trim().replace(",", "").replace("_", "");
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text.trim() + "' is not a whole number");
        }
    }

    /** Comma- or space-separated layer widths, e.g. {@code 512, 512, 512}. */
    static int[] widths(String name, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(name + ": give at least one layer width, e.g. 512, 512, 512");
        }
        String[] parts = t.split("[,;\\s]+");
        int[] w = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            w[i] = whole(name, parts[i]);
        }
        return w;
    }

    static String widths(int[] w) {
        return String.join(", ", Arrays.stream(w).mapToObj(Integer::toString).toList());
    }

    /** A short decimal text: {@code 0.0001}, {@code 0.02}, {@code 10}. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return Math.abs(v) >= 1e-6 ? d.toPlainString() : d.toString();
    }
}
