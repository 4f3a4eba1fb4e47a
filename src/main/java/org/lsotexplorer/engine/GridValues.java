package org.lsotexplorer.engine;

/**
 * A potential sampled on a regular grid over a rectangle of the plane: {@code values[row*columns + col]} at the
 * cell centre {@code (xMin + (col+0.5) dx, yMin + (row+0.5) dy)}, row 0 at the BOTTOM ({@code yMin}).
 * Immutable by convention: the array is never written after construction.
 */
public record GridValues(String label, String caveat, PlaneBounds bounds, int columns, int rows, double[] values) {
    public GridValues {
        if (values.length != columns * rows) {
            throw new IllegalArgumentException("grid of " + columns + "x" + rows + " needs " + columns * rows
                    + " values, got " + values.length);
        }
    }

    /** Samples a field on the grid (first two coordinates; further coordinates 0). */
    public static GridValues sample(PotentialField field, PlaneBounds b, int columns, int rows, int dimension) {
        double[][] pts = new double[columns * rows][dimension];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double[] p = pts[r * columns + c];
                p[0] = b.xMin() + (b.xMax() - b.xMin()) * (c + 0.5) / columns;
                p[1] = b.yMin() + (b.yMax() - b.yMin()) * (r + 0.5) / rows;
            }
        }
        return new GridValues(field.label(), field.caveat(), b, columns, rows, field.evaluate(pts));
    }
}
