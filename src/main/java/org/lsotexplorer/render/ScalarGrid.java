package org.lsotexplorer.render;

import java.util.function.DoubleBinaryOperator;

/**
 * A scalar field sampled on a regular grid over {@code [xMin, xMax] x [yMin, yMax]}: {@code columns x rows} cells,
 * value {@code values[row * columns + col]} taken at the cell centre
 * {@code (xMin + (col + 0.5) * cellWidth, yMin + (row + 0.5) * cellHeight)}.
 * Column 0 is at {@code xMin} (left); <b>row 0 is at {@code yMin} (the bottom)</b>, as in the data plane, not as on
 * a screen. NaN marks a cell with no value; it is drawn in the figure's "no value" colour and skipped by contours.
 *
 * <p>The values array is used as given, not copied (grids are snapshot data, built once and only read after).
 * Failure behaviour: fewer than 2 columns or rows, a values array of the wrong length, or invalid bounds throw
 * {@link IllegalArgumentException}.
 */
public final class ScalarGrid {
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int columns;
    private final int rows;
    private final double[] values;

    public ScalarGrid(double xMin, double xMax, double yMin, double yMax, int columns, int rows, double[] values) {
        new Viewport(xMin, xMax, yMin, yMax); // validates the bounds
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a grid needs at least 2x2 cells, got " + columns + "x" + rows);
        }
        if (values == null || values.length != (long) columns * rows) {
            throw new IllegalArgumentException("values must hold columns*rows = " + (long) columns * rows
                    + " entries, got " + (values == null ? "null" : values.length));
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.columns = columns;
        this.rows = rows;
        this.values = values;
    }

    /** Samples {@code f(x, y)} at the cell centres of a {@code columns x rows} grid covering {@code area}. */
    public static ScalarGrid sample(Viewport area, int columns, int rows, DoubleBinaryOperator f) {
        double[] v = new double[Math.max(0, columns) * Math.max(0, rows)];
        double dx = area.width() / columns;
        double dy = area.height() / rows;
        for (int r = 0; r < rows; r++) {
            double y = area.yMin() + (r + 0.5) * dy;
            for (int c = 0; c < columns; c++) {
                v[r * columns + c] = f.applyAsDouble(area.xMin() + (c + 0.5) * dx, y);
            }
        }
        return new ScalarGrid(area.xMin(), area.xMax(), area.yMin(), area.yMax(), columns, rows, v);
    }

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The live values array, {@code values[row * columns + col]}, row 0 at the bottom. */
    public double[] values() {
        return values;
    }

    /** The area the grid covers. */
    public Viewport bounds() {
        return new Viewport(xMin, xMax, yMin, yMax);
    }

    public double cellWidth() {
        return (xMax - xMin) / columns;
    }

    public double cellHeight() {
        return (yMax - yMin) / rows;
    }

    /** Data x of the centre of column {@code col}. */
    public double xAt(int col) {
        return xMin + (col + 0.5) * cellWidth();
    }

    /** Data y of the centre of row {@code row} (row 0 at the bottom). */
    public double yAt(int row) {
        return yMin + (row + 0.5) * cellHeight();
    }

    /** The value of cell {@code (col, row)}. */
    public double value(int col, int row) {
        if (col < 0 || row < 0 || col >= columns || row >= rows) {
            throw new IndexOutOfBoundsException("cell (" + col + ", " + row + ") outside " + columns + "x" + rows);
        }
        return values[row * columns + col];
    }

    /** {@code {min, max}} over the finite values, or {@code {NaN, NaN}} when there is none. */
    public double[] finiteRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo > hi ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }
}
