package org.lsotexplorer.math.ot;

import java.nio.FloatBuffer;
import java.util.stream.IntStream;

/**
 * The cell search {@code j*(z) = argmax_j <z, y_j> + h_j} for many points at once, as blocked single-precision
 * matrix products ({@link MatrixProducts}, e.g. BLAS gemm) with the arg-max fused per block, and an exact answer:
 * <ol>
 *   <li>points are processed in blocks of {@value #BLOCK_ROWS}; for each block the products {@code <z_i, y_j>} come
 *       from one matrix product, and one pass over each row adds the float heights and takes the best value;</li>
 *   <li>every float score is within {@code E_i = (dim + 4) u (|z_i| max_j |y_j| + max_j |h_j|)} of the exact one
 *       ({@code u = 2^-24}, the standard bound for any summation order, including the rounding of the inputs to
 *       float); when only one code scores within {@code 2 E_i} (with a safety factor) of the best float score, it
 *       is the exact arg-max;</li>
 *   <li>otherwise (near-ties, typically well under 1% of points) every code whose float score lies within that
 *       margin of the best is re-evaluated in double precision by {@link BrenierPotential#plane}, the arithmetic of
 *       the per-point search, in increasing index order with a strict comparison, so ties go to the lowest index.</li>
 * </ol>
 * Hence {@link #cells} equals {@link BrenierPotential#cellOf} for every point, bit for bit, ties included. The
 * search runs on the calling thread, or in up to {@code 4 threads} fixed chunks on the common fork-join pool;
 * the result does not depend on the schedule.
 * Work: {@code points x codes x dim} multiply-adds (8.6 G for 32,768 points, 4,096 codes, d = 64).
 */
public final class BlockedCellSearch implements CellSearch {
    /** Points per matrix product (a 256 x 4,096 float block of scores is 4 MB). */
    static final int BLOCK_ROWS = 256;
    private static final double UNIT_ROUNDOFF = 0x1p-24;
    private static final double SAFETY = 1.25;
    private final MatrixProducts products;
    private final int threads;

    /** On the calling thread only. @param products the matrix-product kernel (BLAS through ND4J in the engine) */
    public BlockedCellSearch(MatrixProducts products) {
        this(products, 1);
    }

    /**
     * @param threads 1: the calling thread only; more: up to {@code 4 threads} chunks in parallel on the common
     *                fork-join pool (pays only when cores are free: on the shared 2-core test machine two threads
     *                used twice the CPU for a slower result)
     */
    public BlockedCellSearch(MatrixProducts products, int threads) {
        this.products = products;
        this.threads = Math.max(1, threads);
    }

    @Override
    public int[] cellCounts(BrenierPotential potential, double[][] points) {
        int[] counts = new int[potential.codeCount()];
        for (int c : cells(potential, points)) {
            counts[c]++;
        }
        return counts;
    }

    /** The cell of every point, equal to {@code potential.cellOf(points[i])}. */
    public int[] cells(BrenierPotential potential, double[][] points) {
        Codes codes = new Codes(potential);
        for (double[] z : points) {
            if (z.length != codes.dim) {
                throw new IllegalArgumentException("point of dimension " + z.length + ", codes have " + codes.dim);
            }
        }
        int[] cells = new int[points.length];
        // a few chunks per thread, so that a thread slowed by other processes does not hold the others up
        int chunks = threads == 1 ? 1 : Math.max(1, Math.min(4 * threads, points.length / (2 * BLOCK_ROWS)));
        IntStream.range(0, chunks).parallel().forEach(c -> searchChunk(potential, codes, points, cells,
                (int) ((long) c * points.length / chunks), (int) ((long) (c + 1) * points.length / chunks)));
        return cells;
    }

    /** The codes in float, and the constants of the error bound. */
    private static final class Codes {
        final int n;
        final int dim;
        final float[] flat;
        final float[] heights;
        final double maxNorm;
        final double maxHeight;

        Codes(BrenierPotential u) {
            n = u.codeCount();
            dim = u.dimension();
            flat = new float[n * dim];
            heights = new float[n];
            double[] h = u.heights();
            double norm = 0;
            double height = 0;
            for (int j = 0; j < n; j++) {
                double[] y = u.code(j);
                double sq = 0;
                for (int k = 0; k < dim; k++) {
                    flat[j * dim + k] = (float) y[k];
                    sq += y[k] * y[k];
                }
                norm = Math.max(norm, Math.sqrt(sq));
                heights[j] = (float) h[j];
                height = Math.max(height, Math.abs(h[j]));
            }
            maxNorm = norm;
            maxHeight = height;
        }

        /** Twice the float error bound of one score, with a safety factor (plus the double rounding). */
        double margin(double[] z) {
            double sq = 0;
            for (double v : z) {
                sq += v * v;
            }
            double scale = Math.sqrt(sq) * maxNorm + maxHeight;
            return SAFETY * 2 * (dim + 4) * UNIT_ROUNDOFF * scale * (1 + 1e-6) + Double.MIN_NORMAL;
        }
    }

    private void searchChunk(BrenierPotential u, Codes codes, double[][] points, int[] cells, int from, int to) {
        if (from >= to) {
            return;
        }
        MatrixProducts.Bound bound = products.bind(codes.flat, codes.n, codes.dim);
        float[] block = new float[BLOCK_ROWS * codes.dim];
        float[] row = new float[codes.n];
        for (int start = from; start < to; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, to - start);
            for (int r = 0; r < rows; r++) {
                double[] z = points[start + r];
                for (int k = 0; k < codes.dim; k++) {
                    block[r * codes.dim + k] = (float) z[k];
                }
            }
            FloatBuffer scores = bound.times(block, rows);
            for (int r = 0; r < rows; r++) {
                cells[start + r] = rowArgmax(u, codes, scores, r * codes.n, points[start + r], row);
            }
        }
    }

    /**
     * The exact arg-max for one row of float scores (see the class comment): the row is copied out in bulk, the
     * heights added and the maximum taken in one loop (which the JIT vectorises), then one more loop collects the
     * codes within the margin of it; a single one is the answer, several are re-checked in double.
     */
    private static int rowArgmax(BrenierPotential u, Codes codes, FloatBuffer scores, int offset, double[] z,
                                 float[] row) {
        float[] h = codes.heights;
        int n = codes.n;
        scores.get(offset, row, 0, n);
        float best = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            float v = row[j] + h[j];
            row[j] = v;
            best = Math.max(best, v);
        }
        double threshold = best - codes.margin(z);
        int candidates = 0;
        int arg = -1;
        for (int j = 0; j < n; j++) {
            if (row[j] >= threshold) {
                candidates++;
                arg = j;
            }
        }
        if (candidates == 1) {
            return arg;
        }
        int exact = -1;
        double value = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (row[j] >= threshold) {
                double p = u.plane(j, z);
                if (exact < 0 || p > value) {
                    exact = j;
                    value = p;
                }
            }
        }
        return exact;
    }
}
