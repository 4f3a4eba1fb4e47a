package org.lsotexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A CSV target with point weights: a column whose header is {@code weight} (any case, optionally quoted) holds
 * {@code nu_j} for each row; the other columns are the point. Without such a header the file is unweighted.
 * <p>
 * Rules: every weight finite and &gt;= 0, not all zero. Rows of weight 0 are dropped (they receive no mass);
 * the rest are normalised to sum 1. {@link #note()} says what was done, for logs and the data summary.
 * Failure behaviour: {@link DataFormatException} naming the file, the row and the bad value (negative,
 * not finite, all zero), or a header with two weight columns; {@link IOException} as {@link PointCsv#load}.
 *
 * @param points the points, without the weight column
 * @param weights the normalised positive weights of those points, or null when the file has no weight column
 * @param note one line describing the weights (empty when unweighted)
 */
public record WeightColumn(double[][] points, double[] weights, String note) {
    /** The header name of the weight column. */
    public static final String NAME = "weight";

    /** Reads {@code file} with {@link PointCsv#load} and splits off its weight column, if any. */
    public static WeightColumn read(Path file) throws IOException {
        return of(PointCsv.load(file), file);
    }

    /** Splits the weight column off a table read from {@code file}. */
    public static WeightColumn of(PointCsv.Table table, Path file) throws DataFormatException {
        int column = columnOf(table, file);
        double[][] rows = table.points();
        if (column < 0) {
            return new WeightColumn(rows, null, "");
        }
        if (table.dimension() < 2) {
            throw new DataFormatException(file, "has only the weight column; expected the point's coordinates"
                    + " beside it, e.g. 'x,y,weight'");
        }
        int kept = 0;
        double sum = 0;
        for (int i = 0; i < rows.length; i++) {
            double w = rows[i][column];
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new DataFormatException(file, "row " + (i + 1) + " has weight " + w + "; weights must be"
                        + " finite and non-negative (column '" + NAME + "')");
            }
            kept += w > 0 ? 1 : 0;
            sum += w;
        }
        if (kept == 0) {
            throw new DataFormatException(file, "has all weights zero (column '" + NAME + "'); give at least one"
                    + " point a positive weight, or remove the column for equal weights");
        }
        double[][] points = new double[kept][];
        double[] weights = new double[kept];
        int k = 0;
        for (double[] row : rows) {
            if (row[column] > 0) {
                points[k] = withoutColumn(row, column);
                weights[k++] = row[column] / sum;
            }
        }
        String note = String.format(Locale.ROOT, "weights from column '%s' normalised to sum 1 (they summed to %.6g)",
                NAME, sum) + (kept < rows.length ? String.format(Locale.ROOT, "; %,d rows of weight 0 dropped",
                rows.length - kept) : "");
        return new WeightColumn(points, weights, note);
    }

    /** True when the file had a weight column. */
    public boolean isWeighted() {
        return weights != null;
    }

    /** The smallest and largest weight over the mean weight {@code 1/n}, e.g. for a summary; [1, 1] when uniform. */
    public double[] spread() {
        if (weights == null) {
            return new double[] {1, 1};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double w : weights) {
            lo = Math.min(lo, w);
            hi = Math.max(hi, w);
        }
        return new double[] {lo * weights.length, hi * weights.length};
    }

    private static int columnOf(PointCsv.Table table, Path file) throws DataFormatException {
        if (table.header() == null) {
            return -1;
        }
        String[] names = table.separator().split(table.header());
        int found = -1;
        for (int k = 0; k < names.length; k++) {
            String name = names[k].strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
            if (name.equals(NAME)) {
                if (found >= 0) {
                    throw new DataFormatException(file, "has two columns named '" + NAME + "'; keep one");
                }
                found = k;
            }
        }
        if (found >= table.dimension()) {
            throw new DataFormatException(file, "names '" + NAME + "' in column " + (found + 1) + " of its header,"
                    + " but its rows have only " + table.dimension() + " values");
        }
        return found;
    }

    private static double[] withoutColumn(double[] row, int column) {
        double[] p = new double[row.length - 1];
        for (int k = 0, q = 0; k < row.length; k++) {
            if (k != column) {
                p[q++] = row[k];
            }
        }
        return p;
    }
}
