package org.lsotexplorer.data;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Point clouds as CSV: one point per line, coordinates separated by commas (or semicolons, tabs, spaces).
 * An optional first line of column names is skipped; blank lines and lines starting with {@code #} are ignored.
 * Every point must have the same number of finite coordinates.
 */
public final class PointCsv {
    private PointCsv() {
    }

    /**
     * Reads a point cloud.
     *
     * @throws DataFormatException for a ragged row, a non-number, NaN/infinity, or a file without points
     * @throws IOException when the file cannot be read (message names it)
     */
    public static double[][] read(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        int dim = -1;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\s*[,;\\t ]\\s*");
                if (rows.isEmpty() && dim < 0 && !startsNumeric(parts[0])) {
                    dim = -2;                     // header seen; the next row fixes the dimension
                    continue;
                }
                double[] p = parse(file, lineNo, parts);
                if (dim < 0) {
                    dim = p.length;
                } else if (p.length != dim) {
                    throw new DataFormatException(file, lineNo, "has " + p.length + " values, expected " + dim
                            + " like the rows before it (ragged CSV)");
                }
                rows.add(p);
            }
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(file, "contains no points (expected one point per line, e.g. '0.5,1.2')");
        }
        return rows.toArray(new double[0][]);
    }

    /** Writes one point per line, comma separated, with a header {@code x1,x2,...}. */
    public static void write(Path file, double[][] points) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int d = points.length == 0 ? 2 : points[0].length;
            StringBuilder h = new StringBuilder();
            for (int k = 0; k < d; k++) {
                h.append(k == 0 ? "" : ",").append('x').append(k + 1);
            }
            out.write(h.toString());
            out.newLine();
            for (double[] p : points) {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < p.length; k++) {
                    b.append(k == 0 ? "" : ",").append(format(p[k]));
                }
                out.write(b.toString());
                out.newLine();
            }
        }
    }

    private static double[] parse(Path file, int lineNo, String[] parts) throws DataFormatException {
        double[] p = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                p[k] = Double.parseDouble(parts[k]);
            } catch (NumberFormatException e) {
                throw new DataFormatException(file, lineNo, "'" + parts[k] + "' is not a number");
            }
            if (!Double.isFinite(p[k])) {
                throw new DataFormatException(file, lineNo, "value " + (k + 1) + " is " + parts[k]
                        + "; only finite numbers are allowed");
            }
        }
        return p;
    }

    private static boolean startsNumeric(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        if (t.startsWith("nan") || t.startsWith("inf") || t.startsWith("-inf") || t.startsWith("+inf")) {
            return true;
        }
        return !t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' || t.charAt(0) == '+'
                || t.charAt(0) == '.');
    }

    static String format(double v) {
        return Double.toString(v);
    }
}
