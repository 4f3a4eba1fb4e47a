package org.lsotexplorer.math.ot;

import java.util.Arrays;
import org.lsotexplorer.math.SourceDistribution;

/**
 * The Laguerre (power) diagram of codes {@code y_j} in the plane with heights {@code h_j}, measured exactly against
 * the source {@code mu}: cells {@code W_j = { z : <z,y_j> + h_j >= <z,y_k> + h_k for all k }} (the cells of the
 * Brenier potential {@code u(z) = max_j <z,y_j> + h_j}), their masses {@code mu(W_j)}, the target masses
 * {@code nu_j} and the relative errors {@code |mu(W_j) - nu_j| / nu_j}.
 * <p>
 * Masses are exact up to rounding (about 1e-16 absolute): Gaussian masses in closed form through Owen's T, uniform
 * masses as areas (see {@link GaussianMeasure}, {@link UniformSquareMeasure}). Unbounded cells are stored clipped
 * to the measure's box ({@code [-40,40]^2} for the Gaussian, outside which it has no mass in double precision;
 * the support {@code [-1,1]^2} for the uniform source). For drawing, {@link #polygon(int, double, double, double,
 * double)} clips a cell to any box.
 * <p>
 * Immutable and thread-safe. {@link #compute} throws {@link IllegalArgumentException} for codes that are not 2-D,
 * not finite or not distinct (the message names a coinciding pair), for non-finite heights and for weights that
 * are not positive; weights are normalised to sum 1.
 */
public final class LaguerreDiagram {
    private final double[] cx;
    private final double[] cy;
    private final double[] heights;
    private final double[] targets;
    private final double[] masses;
    private final LaguerreCells cells;
    private final SourceMeasure measure;
    private final BrenierPotential potential;
    private final boolean certified;

    private LaguerreDiagram(double[] cx, double[] cy, double[] heights, double[] targets, SourceMeasure measure,
                            BrenierPotential base, LaguerreCells previous, boolean certifyAll) {
        this.potential = base == null ? new BrenierPotential(codes(cx, cy), heights) : base.withHeights(heights);
        this.cx = cx;
        this.cy = cy;
        this.heights = heights;
        this.targets = targets;
        this.measure = measure;
        this.masses = new double[cx.length];
        double l = measure.boxHalfWidth();
        LaguerreCells c = LaguerreCells.build(cx, cy, heights, l, potential, previous, certifyAll);
        boolean all = certifyAll;
        if (!all && Math.abs(measureAll(c, measure, masses) - 1) > 1e-12) {
            c = LaguerreCells.build(cx, cy, heights, l, potential, previous, true);
            all = true;
        }
        if (all) {
            measureAll(c, measure, masses);
        }
        this.cells = c;
        this.certified = all;
    }

    /**
     * True when every cell went through the vertex certificate (exact). Otherwise cells were only checked for
     * symmetric neighbours and a total mass of 1 (exact in practice; {@link #certified()} makes sure).
     */
    public boolean isCertified() {
        return certified;
    }

    /** This diagram with every cell certified (itself when it already is). */
    public LaguerreDiagram certified() {
        return certified ? this : new LaguerreDiagram(cx, cy, heights, targets, measure, potential, cells, true);
    }

    private static double measureAll(LaguerreCells c, SourceMeasure measure, double[] masses) {
        double sum = 0;
        for (int j = 0; j < masses.length; j++) {
            masses[j] = measure.mass(c.xs[j], c.ys[j], 0, c.xs[j].length);
            sum += masses[j];
        }
        return sum;
    }

    /**
     * @param codes n &gt;= 1 distinct finite points of dimension 2
     * @param heights n finite heights {@code h_j}
     * @param weights target masses {@code nu_j} &gt; 0 (normalised to sum 1), or null for {@code 1/n} each
     */
    public static LaguerreDiagram compute(double[][] codes, double[] heights, double[] weights,
                                          SourceDistribution source) {
        int n = codes.length;
        if (n == 0) {
            throw new IllegalArgumentException("a Laguerre diagram needs at least one code");
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            if (codes[j].length != 2) {
                throw new IllegalArgumentException("code " + j + " has dimension " + codes[j].length
                        + "; Laguerre cells are computed in the plane only");
            }
            x[j] = codes[j][0];
            y[j] = codes[j][1];
            if (!Double.isFinite(x[j]) || !Double.isFinite(y[j])) {
                throw new IllegalArgumentException("code " + j + " is not finite");
            }
        }
        requireDistinct(x, y);
        if (heights.length != n) {
            throw new IllegalArgumentException(heights.length + " heights for " + n + " codes");
        }
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(heights[j])) {
                throw new IllegalArgumentException("height " + j + " is not finite (" + heights[j] + ")");
            }
        }
        return new LaguerreDiagram(x, y, heights.clone(), normalisedWeights(weights, n), SourceMeasure.of(source),
                null, null, false);
    }

    /**
     * The same codes, weights and source with new heights (no re-validation of the codes); this diagram's
     * neighbours seed the new cells, which is faster for nearby heights and exact for any.
     */
    public LaguerreDiagram withHeights(double[] newHeights) {
        if (newHeights.length != cx.length) {
            throw new IllegalArgumentException(newHeights.length + " heights for " + cx.length + " codes");
        }
        return new LaguerreDiagram(cx, cy, newHeights.clone(), targets, measure, potential, cells, false);
    }

    private static double[][] codes(double[] x, double[] y) {
        double[][] c = new double[x.length][];
        for (int j = 0; j < x.length; j++) {
            c[j] = new double[] {x[j], y[j]};
        }
        return c;
    }

    /** The Brenier potential {@code u(z) = max_j <z,y_j> + h_j} whose cells these are. */
    public BrenierPotential potential() {
        return potential;
    }

    static double[] normalisedWeights(double[] weights, int n) {
        double[] w = new double[n];
        if (weights == null) {
            Arrays.fill(w, 1.0 / n);
            return w;
        }
        if (weights.length != n) {
            throw new IllegalArgumentException(weights.length + " weights for " + n + " codes");
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            if (!(weights[j] > 0) || !Double.isFinite(weights[j])) {
                throw new IllegalArgumentException("weight " + j + " must be positive and finite, got " + weights[j]);
            }
            sum += weights[j];
        }
        for (int j = 0; j < n; j++) {
            w[j] = weights[j] / sum;
        }
        return w;
    }

    private static void requireDistinct(double[] x, double[] y) {
        Integer[] order = new Integer[x.length];
        for (int j = 0; j < x.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[a], y[b]));
        for (int i = 1; i < order.length; i++) {
            int a = order[i - 1];
            int b = order[i];
            if (x[a] == x[b] && y[a] == y[b]) {
                throw new IllegalArgumentException("codes " + Math.min(a, b) + " and " + Math.max(a, b)
                        + " coincide at (" + x[a] + ", " + y[a] + "); merge them (sum their weights) or remove one");
            }
        }
    }

    public int codeCount() {
        return cx.length;
    }

    /** A copy of the heights. */
    public double[] heights() {
        return heights.clone();
    }

    /** {@code mu(W_j)}. */
    public double mass(int j) {
        return masses[j];
    }

    /** A copy of all cell masses. */
    public double[] masses() {
        return masses.clone();
    }

    /** {@code nu_j} (normalised). */
    public double targetMass(int j) {
        return targets[j];
    }

    /** A copy of all {@code nu_j}. */
    public double[] targetMasses() {
        return targets.clone();
    }

    /** {@code |mu(W_j) - nu_j| / nu_j}. */
    public double relativeError(int j) {
        return Math.abs(masses[j] - targets[j]) / targets[j];
    }

    /** {@code max_j |mu(W_j) - nu_j| / nu_j}. */
    public double worstRelativeError() {
        double w = 0;
        for (int j = 0; j < masses.length; j++) {
            w = Math.max(w, relativeError(j));
        }
        return w;
    }

    /** The smallest cell mass. */
    public double smallestMass() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : masses) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** Cell {@code j} as {@code [vertex][x, y]}, counter-clockwise, clipped to the measure's box; empty if empty. */
    public double[][] polygon(int j) {
        double[][] v = new double[cells.xs[j].length][];
        for (int i = 0; i < v.length; i++) {
            v[i] = new double[] {cells.xs[j][i], cells.ys[j][i]};
        }
        return v;
    }

    /** Cell {@code j} clipped to {@code [xMin, xMax] x [yMin, yMax]} (for drawing). */
    public double[][] polygon(int j, double xMin, double xMax, double yMin, double yMax) {
        CellPolygon p = new CellPolygon();
        p.setVertices(cells.xs[j], cells.ys[j]);
        p.clip(1, 0, xMax, CellPolygon.BOX);
        p.clip(-1, 0, -xMin, CellPolygon.BOX);
        p.clip(0, 1, yMax, CellPolygon.BOX);
        p.clip(0, -1, -yMin, CellPolygon.BOX);
        double[][] v = new double[p.count()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = new double[] {p.x(i), p.y(i)};
        }
        return v;
    }

    /** The codes whose cells share an edge with cell {@code j} (each once, in boundary order). */
    public int[] neighbours(int j) {
        return Arrays.stream(cells.labels[j]).filter(k -> k >= 0).distinct().toArray();
    }

    /**
     * The exact transport cost of the map {@code T(z) = y_j} on {@code W_j}:
     * {@code sum_j int_{W_j} |z - y_j|^2 / 2 d mu(z)}.
     */
    public double transportCost() {
        double c = 0;
        for (int j = 0; j < cx.length; j++) {
            c += measure.cost(cells.xs[j], cells.ys[j], 0, cells.xs[j].length, cx[j], cy[j]);
        }
        return c;
    }

    LaguerreCells cells() {
        return cells;
    }

    SourceMeasure measure() {
        return measure;
    }

    double codeX(int j) {
        return cx[j];
    }

    double codeY(int j) {
        return cy[j];
    }
}
