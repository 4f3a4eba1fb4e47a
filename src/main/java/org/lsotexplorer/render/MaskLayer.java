package org.lsotexplorer.render;

/**
 * A flag per grid cell, drawn as a colour overlay: cell {@code (col, row)} of a {@code columns x rows} grid over
 * {@code area} is filled with {@code argb} (its alpha is the overlay's opacity) when
 * {@code cells[row * columns + col]} is true. The layout is that of {@link ScalarGrid}: column 0 at
 * {@code area.xMin()}, <b>row 0 at {@code area.yMin()} (the bottom)</b>. Used for the singular set of the
 * semi-discrete map (the tears between modes); a singular set given as points is a {@link PointLayer} instead.
 *
 * <p>The flag array is used as given, not copied. Failure behaviour: fewer than one column or row, or a flag array
 * of the wrong length, throws {@link IllegalArgumentException}.
 */
public record MaskLayer(String label, Viewport area, int columns, int rows, boolean[] cells, int argb)
        implements PlaneLayer {

    /** Validates the layer. */
    public MaskLayer {
        label = label == null ? "" : label;
        if (area == null) {
            throw new IllegalArgumentException("mask area must not be null");
        }
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("mask needs at least 1x1 cells, got " + columns + "x" + rows);
        }
        if (cells == null || cells.length != (long) columns * rows) {
            throw new IllegalArgumentException("cells must hold columns*rows = " + (long) columns * rows
                    + " flags, got " + (cells == null ? "null" : cells.length));
        }
    }

    /** A mask on the same cells as {@code grid}. */
    public static MaskLayer over(ScalarGrid grid, boolean[] cells, String label, int argb) {
        return new MaskLayer(label, grid.bounds(), grid.columns(), grid.rows(), cells, argb);
    }

    /** The number of flagged cells. */
    public int count() {
        int n = 0;
        for (boolean b : cells) {
            if (b) {
                n++;
            }
        }
        return n;
    }
}
