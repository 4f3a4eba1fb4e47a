package org.lsotexplorer.math.ot;

import java.util.stream.IntStream;
import org.lsotexplorer.math.PointClouds;

/**
 * The piecewise-linear Brenier potential of semi-discrete OT (method.md 3.1):
 * {@code u(z) = max_j ( <z, y_j> + h_j )} over codes {@code y_1..y_n} with heights {@code h_j}.
 * <ul>
 *   <li>cell {@code W_j = { z : j attains the max }}; the map is {@code T(z) = y_{j*(z)}};</li>
 *   <li>Kantorovich potential {@code phi(z) = |z|^2/2 - u(z) = min_j ( c2(z, y_j) - g_j )} with
 *       {@code g_j = h_j + |y_j|^2/2};</li>
 *   <li>supporting-plane normals {@code m_j = (y_j, -1) / |(y_j, -1)|}; a pair of neighbouring cells whose
 *       normals differ by more than an angle threshold marks the singular set (a tear of the map);</li>
 *   <li>generation: {@code (1-s) y_a + s y_b} with {@code s = 0.5 max(0, 1 - gap/delta)},
 *       {@code gap = u_a(z) - u_b(z)} for the best cell {@code a} and runner-up {@code b}, when the pair is below the
 *       threshold; otherwise {@code y_a}.</li>
 * </ul>
 * Instances are immutable; the codes are copied. Arg-max ties go to the lowest index.
 */
public final class BrenierPotential {
    private final int n;
    private final int dim;
    private final double[] codes;     // n*dim, row-major
    private final double[] heights;   // n
    private final double[] normals;   // n*(dim+1), unit length
    private final double[] dual;      // g_j = h_j + |y_j|^2/2
    private final CodeTree tree;      // shared by every potential over the same codes; null for few codes
    private volatile double[] nodeMaxHeight;  // lazily computed bound per tree node (idempotent)

    /**
     * @param codes n &gt;= 1 finite points of equal dimension
     * @param heights n finite heights
     */
    public BrenierPotential(double[][] codes, double[] heights) {
        this(flatten(codes), codes[0].length, heights, null);
    }

    private BrenierPotential(double[] flatCodes, int dim, double[] heights, CodeTree sharedTree) {
        this.dim = dim;
        this.n = flatCodes.length / dim;
        if (heights.length != n) {
            throw new IllegalArgumentException(heights.length + " heights for " + n + " codes");
        }
        this.codes = flatCodes;
        this.normals = new double[n * (dim + 1)];
        this.dual = new double[n];
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(heights[j])) {
                throw new IllegalArgumentException("height " + j + " is not finite (" + heights[j] + ")");
            }
            double sq = 0;
            for (int k = 0; k < dim; k++) {
                sq += flatCodes[j * dim + k] * flatCodes[j * dim + k];
            }
            double norm = Math.sqrt(1 + sq);
            for (int k = 0; k < dim; k++) {
                normals[j * (dim + 1) + k] = flatCodes[j * dim + k] / norm;
            }
            normals[j * (dim + 1) + dim] = -1 / norm;
            dual[j] = heights[j] + 0.5 * sq;
        }
        this.heights = heights.clone();
        this.tree = sharedTree != null ? sharedTree
                : n >= TREE_MIN_CODES && dim <= TREE_MAX_DIM ? new CodeTree(flatCodes, n, dim) : null;
    }

    private static final int TREE_MIN_CODES = 32;
    private static final int TREE_MAX_DIM = 16;

    private static double[] flatten(double[][] codes) {
        int d = PointClouds.requireValid(codes, "codes");
        double[] f = new double[codes.length * d];
        for (int j = 0; j < codes.length; j++) {
            System.arraycopy(codes[j], 0, f, j * d, d);
        }
        return f;
    }

    /** Heights {@code h_j = g_j - |y_j|^2/2} from target-side dual values {@code g_j}. */
    public static BrenierPotential fromDualValues(double[][] codes, double[] g) {
        double[] h = new double[codes.length];
        for (int j = 0; j < codes.length; j++) {
            double sq = 0;
            for (double v : codes[j]) {
                sq += v * v;
            }
            h[j] = g[j] - 0.5 * sq;
        }
        return new BrenierPotential(codes, h);
    }

    /** The kd-tree over the codes, or null when there are few codes (package-internal). */
    CodeTree tree() {
        return tree;
    }

    /** A potential with the same codes and new heights. */
    public BrenierPotential withHeights(double[] newHeights) {
        return new BrenierPotential(codes, dim, newHeights, tree);
    }

    /** A potential with the same codes and heights {@code h_j = g_j - |y_j|^2/2} from dual values {@code g}. */
    public BrenierPotential withDualValues(double[] g) {
        if (g.length != n) {
            throw new IllegalArgumentException(g.length + " dual values for " + n + " codes");
        }
        double[] h = new double[n];
        for (int j = 0; j < n; j++) {
            double sq = 0;
            for (int k = 0; k < dim; k++) {
                sq += codes[j * dim + k] * codes[j * dim + k];
            }
            h[j] = g[j] - 0.5 * sq;
        }
        return withHeights(h);
    }

    public int codeCount() {
        return n;
    }

    public int dimension() {
        return dim;
    }

    /** A copy of the heights {@code h}. */
    public double[] heights() {
        return heights.clone();
    }

    /** The target-side dual values {@code g_j = h_j + |y_j|^2/2}. */
    public double[] dualValues() {
        return dual.clone();
    }

    /** A copy of code {@code j}. */
    public double[] code(int j) {
        double[] y = new double[dim];
        System.arraycopy(codes, j * dim, y, 0, dim);
        return y;
    }

    /** All codes, copied. */
    public double[][] codes() {
        double[][] c = new double[n][];
        for (int j = 0; j < n; j++) {
            c[j] = code(j);
        }
        return c;
    }

    /** {@code u_j(z) = <z, y_j> + h_j}. */
    public double plane(int j, double[] z) {
        double s = heights[j];
        int o = j * dim;
        for (int k = 0; k < dim; k++) {
            s += z[k] * codes[o + k];
        }
        return s;
    }

    /** The cell containing {@code z}: {@code argmax_j u_j(z)} (ties: lowest index). */
    public int cellOf(double[] z) {
        int[] out = new int[2];
        double[] val = new double[2];
        search(z, false, out, val);
        return out[0];
    }

    /** The best and runner-up cells for {@code z} (runner-up is -1 when there is one code). */
    public CellPair bestTwo(double[] z) {
        int[] out = new int[2];
        double[] val = new double[2];
        search(z, true, out, val);
        return new CellPair(out[0], out[1], val[0], val[1]);
    }

    /**
     * The arg-max of {@code u_j(z)} among the codes with {@code u_j(z) > threshold}, or -1 when no code exceeds it
     * (package-internal: the certificate of {@link LaguerreCells}).
     */
    int bestAbove(double[] z, double threshold) {
        if (tree != null) {
            double[] bound = nodeMaxHeight;
            if (bound == null) {
                bound = tree.maxHeight(heights);
                nodeMaxHeight = bound;
            }
            return tree.bestAbove(z, heights, bound, threshold);
        }
        int best = -1;
        double value = threshold;
        for (int j = 0; j < n; j++) {
            double v = plane(j, z);
            if (v > value) {
                best = j;
                value = v;
            }
        }
        return best;
    }

    /** Maximises {@code u_j(z)} through the kd-tree when there are many codes, else by a scan (same answer). */
    private void search(double[] z, boolean two, int[] out, double[] val) {
        if (z.length != dim) {
            throw new IllegalArgumentException("point of dimension " + z.length + ", codes have " + dim);
        }
        if (tree != null) {
            double[] bound = nodeMaxHeight;
            if (bound == null) {
                bound = tree.maxHeight(heights);
                nodeMaxHeight = bound;
            }
            tree.bestTwo(z, heights, bound, two, out, val);
            return;
        }
        out[0] = -1;
        out[1] = -1;
        val[0] = Double.NEGATIVE_INFINITY;
        val[1] = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double v = plane(j, z);
            if (v > val[0]) {
                out[1] = out[0];
                val[1] = val[0];
                out[0] = j;
                val[0] = v;
            } else if (v > val[1]) {
                out[1] = j;
                val[1] = v;
            }
        }
    }

    /** Brenier potential {@code u(z)}. */
    public double value(double[] z) {
        return bestTwo(z).bestValue();
    }

    /** Source-side Kantorovich potential {@code phi(z) = |z|^2/2 - u(z)}. */
    public double kantorovich(double[] z) {
        double sq = 0;
        for (double v : z) {
            sq += v * v;
        }
        return 0.5 * sq - value(z);
    }

    /** Semi-discrete map {@code T(z) = y_{j*(z)}}. */
    public double[] map(double[] z) {
        return code(cellOf(z));
    }

    /** Angle in radians between the supporting-plane normals of cells {@code a} and {@code b}. */
    public double normalAngle(int a, int b) {
        double dot = 0;
        int oa = a * (dim + 1);
        int ob = b * (dim + 1);
        for (int k = 0; k <= dim; k++) {
            dot += normals[oa + k] * normals[ob + k];
        }
        return Math.acos(Math.max(-1, Math.min(1, dot)));
    }

    /**
     * New code for {@code z} (method.md 3.1 step 4).
     *
     * @param angleThreshold radians, &gt;= 0: pairs at or above it are not blended (singular set)
     * @param blendWidth {@code delta} &gt; 0, in units of the potential
     */
    public double[] generate(double[] z, double angleThreshold, double blendWidth) {
        CellPair c = bestTwo(z);
        double[] ya = code(c.best());
        if (c.runnerUp() < 0 || normalAngle(c.best(), c.runnerUp()) >= angleThreshold) {
            return ya;
        }
        double s = 0.5 * Math.max(0, 1 - c.gap() / blendWidth);
        if (s == 0) {
            return ya;
        }
        int ob = c.runnerUp() * dim;
        for (int k = 0; k < dim; k++) {
            ya[k] = (1 - s) * ya[k] + s * codes[ob + k];
        }
        return ya;
    }

    /**
     * Number of the given points falling in each cell. Large batches are split into fixed chunks counted in
     * parallel; the counts are integers, so the result does not depend on the thread schedule.
     */
    public int[] cellCounts(double[][] points) {
        int chunks = points.length >= 8192 ? PARALLEL_CHUNKS : 1;
        return IntStream.range(0, chunks).parallel()
                .mapToObj(c -> countChunk(points, (int) ((long) c * points.length / chunks),
                        (int) ((long) (c + 1) * points.length / chunks)))
                .reduce(new int[n], (a, b) -> {
                    int[] sum = new int[n];
                    for (int j = 0; j < n; j++) {
                        sum[j] = a[j] + b[j];
                    }
                    return sum;
                });
    }

    private static final int PARALLEL_CHUNKS = 8;

    private int[] countChunk(double[][] points, int from, int to) {
        int[] counts = new int[n];
        for (int i = from; i < to; i++) {
            counts[cellOf(points[i])]++;
        }
        return counts;
    }

    /**
     * Marks the singular set on a regular 2-D grid over the first two coordinates (other coordinates 0): grid
     * node {@code (col,row)} (row 0 at {@code yMin}) is marked when its cell and the cell of its right or upper
     * neighbour differ by a normal angle of at least {@code angleThreshold}.
     * <p>Grids of more than {@value #FINE_MASK_NODES} nodes (a mask at screen resolution) are computed in two
     * levels: the mask on a grid four times coarser tells where to look (between a marked coarse node and its
     * right and upper neighbours); only nodes there get their cell. A tear that enters and leaves a coarse cell between its nodes (a sliver narrower than
     * four nodes) can be missed.
     *
     * @return {@code mask[row*columns + col]}
     */
    public boolean[] singularMask(double xMin, double xMax, double yMin, double yMax, int columns, int rows,
                                  double angleThreshold) {
        if ((long) columns * rows > FINE_MASK_NODES && columns >= 16 && rows >= 16) {
            return fineSingularMask(xMin, xMax, yMin, yMax, columns, rows, angleThreshold);
        }
        return directSingularMask(xMin, xMax, yMin, yMax, columns, rows, angleThreshold);
    }

    /** The mask with every node's cell computed (the definition; package-private for tests). */
    boolean[] directSingularMask(double xMin, double xMax, double yMin, double yMax, int columns, int rows,
                                 double angleThreshold) {
        int[] cell = new int[columns * rows];
        double[] z = new double[dim];
        for (int r = 0; r < rows; r++) {
            z[1] = yMin + (yMax - yMin) * (r + 0.5) / rows;
            for (int c = 0; c < columns; c++) {
                z[0] = xMin + (xMax - xMin) * (c + 0.5) / columns;
                cell[r * columns + c] = cellOf(z);
            }
        }
        boolean[] mask = new boolean[columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int a = cell[r * columns + c];
                boolean tear = c + 1 < columns && torn(a, cell[r * columns + c + 1], angleThreshold)
                        || r + 1 < rows && torn(a, cell[(r + 1) * columns + c], angleThreshold);
                mask[r * columns + c] = tear;
            }
        }
        return mask;
    }

    private static final int FINE_MASK_NODES = 128 * 128;

    private boolean[] fineSingularMask(double xMin, double xMax, double yMin, double yMax, int columns, int rows,
                                       double angleThreshold) {
        int cc = columns / 4;
        int cr = rows / 4;
        double cw = (xMax - xMin) / columns * 4 * cc;   // the coarse grid spans the same first 4*cc columns
        double ch = (yMax - yMin) / rows * 4 * cr;
        boolean[] coarse = directSingularMask(xMin, xMin + cw, yMin, yMin + ch, cc, cr, angleThreshold);
        boolean[] near = new boolean[columns * rows];
        for (int r = 0; r < cr; r++) {
            for (int c = 0; c < cc; c++) {
                if (!coarse[r * cc + c]) {
                    continue;
                }
                // the tear lies between this coarse node and its right or upper neighbour: fine nodes 4c+1 .. 4c+6
                for (int y = Math.max(0, 4 * r); y < Math.min(rows, 4 * r + 7); y++) {
                    for (int x = Math.max(0, 4 * c); x < Math.min(columns, 4 * c + 7); x++) {
                        near[y * columns + x] = true;
                    }
                }
            }
        }
        int[] cell = new int[columns * rows];
        java.util.Arrays.fill(cell, -1);
        double[] z = new double[dim];
        boolean[] mask = new boolean[columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (!near[r * columns + c]) {
                    continue;
                }
                int a = cellAt(cell, z, c, r, xMin, xMax, yMin, yMax, columns, rows);
                mask[r * columns + c] = c + 1 < columns
                        && torn(a, cellAt(cell, z, c + 1, r, xMin, xMax, yMin, yMax, columns, rows), angleThreshold)
                        || r + 1 < rows
                        && torn(a, cellAt(cell, z, c, r + 1, xMin, xMax, yMin, yMax, columns, rows), angleThreshold);
            }
        }
        return mask;
    }

    private int cellAt(int[] cache, double[] z, int c, int r, double xMin, double xMax, double yMin, double yMax,
                       int columns, int rows) {
        int k = r * columns + c;
        if (cache[k] < 0) {
            z[0] = xMin + (xMax - xMin) * (c + 0.5) / columns;
            z[1] = yMin + (yMax - yMin) * (r + 0.5) / rows;
            cache[k] = cellOf(z);
        }
        return cache[k];
    }

    private boolean torn(int a, int b, double threshold) {
        return a != b && normalAngle(a, b) >= threshold;
    }

    /** The best cell, the runner-up and their plane values at one point. */
    public record CellPair(int best, int runnerUp, double bestValue, double runnerUpValue) {
        /** {@code u_a(z) - u_b(z) >= 0} (infinite when there is no runner-up). */
        public double gap() {
            return runnerUp < 0 ? Double.POSITIVE_INFINITY : bestValue - runnerUpValue;
        }
    }
}
