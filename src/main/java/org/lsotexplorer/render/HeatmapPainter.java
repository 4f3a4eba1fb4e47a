package org.lsotexplorer.render;

import java.util.Arrays;

/**
 * Paints a {@link ScalarGrid} into the plot area, one colour per pixel: the field is evaluated at each pixel centre
 * (through {@link PlotLayout}), by bilinear interpolation between the four nearest cell centres (or the containing
 * cell when smoothing is off), mapped to {@code t = (v - lo) / (hi - lo)} and looked up in the colour map's table.
 *
 * <p>Beyond the outermost cell centres the value is held constant; pixels outside the grid's area get the plot
 * background. If one of the interpolation corners is NaN the nearest corner is used, and a NaN there gives the
 * figure's NaN colour. Cost: one pass over the grid rows per pixel row and two lookups per pixel.
 */
final class HeatmapPainter {
    private int[] column0 = new int[0];
    private float[] columnWeight = new float[0];
    private double[] rowValues = new double[0];

    void paint(int[] dst, PlotLayout layout, PlaneFigure figure) {
        ScalarGrid grid = figure.heatmap();
        int[] lut = figure.colormap().table();
        double[] range = figure.colorRange();
        double lo = range[0];
        double toIndex = (Colormap.SIZE - 1) / (range[1] - range[0]);
        int nan = figure.nanArgb() | 0xFF000000;
        int background = figure.plotBackgroundArgb();
        boolean smooth = figure.smoothHeatmap();
        int left = layout.plotLeft();
        int pw = layout.plotWidth();
        int cols = grid.columns();
        int rows = grid.rows();
        double[] v = grid.values();
        prepareColumns(layout, grid, pw, smooth);
        if (rowValues.length < cols) {
            rowValues = new double[cols];
        }
        for (int j = 0; j < layout.plotHeight(); j++) {
            int py = layout.plotTop() + j;
            int rowStart = py * layout.widthPx() + left;
            double y = layout.toDataY(py + 0.5);
            if (y < grid.yMin() || y > grid.yMax()) {
                Arrays.fill(dst, rowStart, rowStart + pw, background);
                continue;
            }
            double gv = (y - grid.yMin()) / grid.cellHeight() - 0.5;
            int r0 = Math.max(0, Math.min(rows - 2, (int) Math.floor(gv)));
            double fy = Math.max(0, Math.min(1, gv - r0));
            if (!smooth) {
                fy = fy < 0.5 ? 0 : 1;
            }
            interpolateRow(v, r0 * cols, (r0 + 1) * cols, cols, fy, lo, toIndex);
            for (int i = 0; i < pw; i++) {
                int c0 = column0[i];
                if (c0 < 0) {
                    dst[rowStart + i] = background;
                    continue;
                }
                double a = rowValues[c0];
                double b = rowValues[c0 + 1];
                float fx = columnWeight[i];
                double t = a + (b - a) * fx;
                if (t != t) {
                    t = fx < 0.5f ? a : b;
                }
                int k = t != t ? -1 : t <= 0 ? 0 : t >= Colormap.SIZE - 1 ? Colormap.SIZE - 1 : (int) (t + 0.5);
                dst[rowStart + i] = k < 0 ? nan : lut[k];
            }
        }
    }

    /** For each plot column: the left grid column of its interpolation pair (-1 outside the grid) and the weight. */
    private void prepareColumns(PlotLayout layout, ScalarGrid grid, int pw, boolean smooth) {
        if (column0.length < pw) {
            column0 = new int[pw];
            columnWeight = new float[pw];
        }
        int cols = grid.columns();
        for (int i = 0; i < pw; i++) {
            double x = layout.toDataX(layout.plotLeft() + i + 0.5);
            if (x < grid.xMin() || x > grid.xMax()) {
                column0[i] = -1;
                continue;
            }
            double gu = (x - grid.xMin()) / grid.cellWidth() - 0.5;
            int c0 = Math.max(0, Math.min(cols - 2, (int) Math.floor(gu)));
            double fx = Math.max(0, Math.min(1, gu - c0));
            column0[i] = c0;
            columnWeight[i] = smooth ? (float) fx : fx < 0.5 ? 0f : 1f;
        }
    }

    /** Row values in colour-table units, {@code (v - lo) * toIndex}, interpolated between two grid rows. */
    private void interpolateRow(double[] v, int below, int above, int cols, double fy, double lo, double toIndex) {
        for (int c = 0; c < cols; c++) {
            double a = v[below + c];
            double b = v[above + c];
            double value = a + (b - a) * fy;
            if (value != value) {
                value = fy < 0.5 ? a : b;
            }
            rowValues[c] = (value - lo) * toIndex;
        }
    }
}
