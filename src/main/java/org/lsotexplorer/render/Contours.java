package org.lsotexplorer.render;

import java.util.Arrays;

/**
 * Iso-lines {@code { (x, y) : f(x, y) = level }} of a {@link ScalarGrid} by marching squares.
 *
 * <p>The lattice is the grid's cell centres. Each square between four neighbouring centres is classified by which
 * corners are {@code >= level}; where an edge has one corner on each side, the crossing point is placed by linear
 * interpolation along the edge. A square with two crossings gives one segment; a saddle (four crossings) is
 * resolved with the mean of its corners: corners on the other side of the mean than the centre are cut off. Each
 * crossing is exact for a field that is linear along the edge, so for smooth fields the error is {@code O(h^2)} in the
 * cell size {@code h}, and never more than one cell.
 *
 * <p>Output: for each level a {@code float[]} of segments in data coordinates, {@code x0, y0, x1, y1} per segment,
 * unordered (segments are not chained). Squares with a NaN corner give no segment. Levels that are NaN give no
 * segment; an empty level array gives an empty result.
 */
public final class Contours {
    private Contours() {
    }

    /**
     * About {@code count} nice contour levels strictly inside {@code (min, max)} (multiples of a
     * {@link Ticks#niceStep nice step}); empty when {@code count <= 0} or the range is empty or not finite.
     */
    public static double[] levels(double min, double max, int count) {
        if (count <= 0 || !(max > min)) {
            return new double[0];
        }
        return Ticks.multiples(min, max, Ticks.niceStep(max - min, count), true);
    }

    /** The segments of one level. */
    public static float[] trace(ScalarGrid grid, double level) {
        return trace(grid, new double[] {level})[0];
    }

    /**
     * The segments of each level, in one pass over the grid. Every lattice node is first given its bin (how many
     * levels lie at or below its value), so a square is visited further only when its corners' bins differ.
     */
    public static float[][] trace(ScalarGrid grid, double[] levels) {
        double[] sorted = levels.clone();
        Arrays.sort(sorted); // NaN levels sort last and are never crossed
        int[] bins = bins(grid.values(), sorted);
        SegmentBuffer[] bySorted = new SegmentBuffer[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            bySorted[i] = new SegmentBuffer();
        }
        int cols = grid.columns();
        double[] v = grid.values();
        double x0 = grid.xAt(0);
        double y0 = grid.yAt(0);
        double dx = grid.cellWidth();
        double dy = grid.cellHeight();
        double[] corners = new double[4];
        for (int r = 0; r + 1 < grid.rows(); r++) {
            for (int c = 0; c + 1 < cols; c++) {
                int i = r * cols + c;
                int b0 = bins[i];
                int b1 = bins[i + 1];
                int b2 = bins[i + cols + 1];
                int b3 = bins[i + cols];
                int lo = Math.min(Math.min(b0, b1), Math.min(b2, b3));
                int hi = Math.max(Math.max(b0, b1), Math.max(b2, b3));
                if (lo == hi || lo < 0) {
                    continue; // no level between the corners, or a NaN corner
                }
                corners[0] = v[i];
                corners[1] = v[i + 1];
                corners[2] = v[i + cols + 1];
                corners[3] = v[i + cols];
                for (int k = lo; k < hi; k++) {
                    square(corners, sorted[k], x0 + c * dx, y0 + r * dy, dx, dy, bySorted[k]);
                }
            }
        }
        float[][] result = new float[levels.length][];
        for (int i = 0; i < levels.length; i++) {
            int k = Arrays.binarySearch(sorted, levels[i]);
            result[i] = Double.isNaN(levels[i]) || k < 0 ? new float[0] : bySorted[k].toArray();
        }
        return result;
    }

    /** For each value the number of (sorted, finite) levels {@code <= value}; -1 for NaN. */
    private static int[] bins(double[] values, double[] sorted) {
        int finite = 0;
        while (finite < sorted.length && !Double.isNaN(sorted[finite])) {
            finite++;
        }
        int[] bins = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (Double.isNaN(x)) {
                bins[i] = -1;
                continue;
            }
            int lo = 0;
            int hi = finite;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            bins[i] = lo;
        }
        return bins;
    }

    /**
     * One square with corners 0 = bottom-left, 1 = bottom-right, 2 = top-right, 3 = top-left; edge {@code e} joins
     * corner {@code e} and corner {@code e + 1 (mod 4)} (bottom, right, top, left).
     */
    private static void square(double[] v, double level, double left, double bottom, double dx, double dy,
            SegmentBuffer out) {
        float[] px = new float[4];
        float[] py = new float[4];
        boolean[] crossed = new boolean[4];
        int count = 0;
        for (int e = 0; e < 4; e++) {
            double a = v[e];
            double b = v[(e + 1) & 3];
            if ((a >= level) != (b >= level)) {
                double t = (level - a) / (b - a);
                px[e] = (float) (left + dx * cornerX(e, t));
                py[e] = (float) (bottom + dy * cornerY(e, t));
                crossed[e] = true;
                count++;
            }
        }
        if (count == 2) {
            int first = -1;
            for (int e = 0; e < 4; e++) {
                if (crossed[e]) {
                    if (first < 0) {
                        first = e;
                    } else {
                        out.add(px[first], py[first], px[e], py[e]);
                    }
                }
            }
        } else if (count == 4) {
            boolean centreInside = 0.25 * (v[0] + v[1] + v[2] + v[3]) >= level;
            for (int corner = 0; corner < 4; corner++) {
                if ((v[corner] >= level) != centreInside) {
                    int before = (corner + 3) & 3; // the edge that ends at this corner
                    out.add(px[before], py[before], px[corner], py[corner]);
                }
            }
        }
    }

    /** x of the point at fraction {@code t} along edge {@code e}, in cell units from the square's left. */
    private static double cornerX(int e, double t) {
        return switch (e) {
            case 0 -> t;
            case 1 -> 1;
            case 2 -> 1 - t;
            default -> 0;
        };
    }

    /** y of the point at fraction {@code t} along edge {@code e}, in cell units from the square's bottom. */
    private static double cornerY(int e, double t) {
        return switch (e) {
            case 0 -> 0;
            case 1 -> t;
            case 2 -> 1;
            default -> 1 - t;
        };
    }

    /** A growable float array of segments. */
    private static final class SegmentBuffer {
        private float[] data = new float[64];
        private int size;

        void add(float ax, float ay, float bx, float by) {
            if (size + 4 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = ax;
            data[size++] = ay;
            data[size++] = bx;
            data[size++] = by;
        }

        float[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
