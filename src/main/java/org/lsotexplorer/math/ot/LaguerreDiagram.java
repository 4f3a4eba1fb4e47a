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
    private final boolean exact;
    private final boolean certified;

    /**
     * Builds the cells: warm start, then (unless {@code lazy} stops at an unmatched edge or a total mass other than
     * 1) the certificate of unmatched cells, then every cell certified if the masses still do not sum to 1 or
     * {@code certifyAll}.
     */
    private LaguerreDiagram(double[] cx, double[] cy, double[] heights, double[] targets, SourceMeasure measure,
                            BrenierPotential base, LaguerreCells warm, double[] warmMasses, boolean certifyAll,
                            boolean lazy) {
        this.potential = base == null ? new BrenierPotential(codes(cx, cy), heights) : base.withHeights(heights);
        this.cx = cx;
        this.cy = cy;
        this.heights = heights;
        this.targets = targets;
        this.measure = measure;
        double l = measure.boxHalfWidth();
        LaguerreCells c = warm;
        this.masses = warmMasses != null ? warmMasses.clone() : new double[cx.length];
        boolean all = certifyAll;
        double sum = warmMasses != null ? sum(masses) : all ? Double.NaN : measure(c, null);
        if (all && warmMasses == null) {
            c.certifyAll(cx, cy, heights, potential);
            measure(c, null);
        } else if (all) {
            certifyAndMeasure(c, true);
        } else if (!(Math.abs(sum - 1) <= 1e-12 && c.isMatched(l))) {
            if (lazy) {
                this.cells = c;
                this.exact = false;
                this.certified = false;
                return;
            }
            sum = certifyAndMeasure(c, false);
            if (!(Math.abs(sum - 1) <= 1e-12)) {        // polygons covering the plane twice or more: a safety net
                sum = certifyAndMeasure(c, true);
                all = true;
            }
        }
        this.cells = c;
        this.exact = true;
        this.certified = all;
    }

    /** Certifies the unmatched (or all) cells, measures those that changed; returns the total mass. */
    private double certifyAndMeasure(LaguerreCells c, boolean all) {
        double[][] before = c.xs.clone();
        if (all) {
            c.certifyAll(cx, cy, heights, potential);
        } else {
            c.certifyUnmatched(cx, cy, heights, measure.boxHalfWidth(), potential);
        }
        boolean[] changed = new boolean[before.length];
        for (int j = 0; j < changed.length; j++) {
            changed[j] = c.xs[j] != before[j];
        }
        return measure(c, changed);
    }

    /** Measures the cells marked in {@code which} (all when null) into {@link #masses}; returns the total. */
    private double measure(LaguerreCells c, boolean[] which) {
        LaguerreCells.forEachChunk(masses.length, (from, to) -> {
            for (int j = from; j < to; j++) {
                if (which == null || which[j]) {
                    masses[j] = measure.mass(c.xs[j], c.ys[j], 0, c.xs[j].length);
                }
            }
        });
        return sum(masses);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /**
     * True when every cell went through the vertex certificate. Otherwise the cells with an unmatched edge did,
     * and the masses were checked to sum to 1, which is exact up to the matching tolerance of 1e-10 L
     * ({@link LaguerreCells}); {@link #certified()} makes sure.
     */
    public boolean isCertified() {
        return certified;
    }

    /** This diagram with every cell certified (itself when it already is). */
    public LaguerreDiagram certified() {
        if (certified) {
            return this;
        }
        LaguerreCells c = exact ? LaguerreCells.warm(cx, cy, heights, measure.boxHalfWidth(), cells) : cells.copy();
        return new LaguerreDiagram(cx, cy, heights, targets, measure, potential, c, exact ? null : masses, true,
                false);
    }

    /**
     * False only for a diagram from {@link #trialWithHeights} that stopped early: some polygons may still miss a
     * neighbour. Every polygon contains its true cell, so its masses are upper bounds of the true ones.
     */
    boolean isExact() {
        return exact;
    }

    /** This diagram finished (itself when {@link #isExact()}): the same cells as {@link #withHeights} gives. */
    LaguerreDiagram exact() {
        return exact ? this : new LaguerreDiagram(cx, cy, heights, targets, measure, potential, cells.copy(), masses,
                false, false);
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
                null, LaguerreCells.warm(x, y, heights, SourceMeasure.of(source).boxHalfWidth(), null), null, false, false);
    }

    /**
     * The same codes, weights and source with new heights (no re-validation of the codes); this diagram's
     * neighbours seed the new cells, which is faster for nearby heights and exact for any.
     */
    public LaguerreDiagram withHeights(double[] newHeights) {
        if (newHeights.length != cx.length) {
            throw new IllegalArgumentException(newHeights.length + " heights for " + cx.length + " codes");
        }
        double[] h = newHeights.clone();
        return new LaguerreDiagram(cx, cy, h, targets, measure, potential,
                LaguerreCells.warm(cx, cy, h, measure.boxHalfWidth(), cells), null, false, false);
    }

    /**
     * As {@link #withHeights} but stops after the warm start when an edge is unmatched or the masses do not sum to
     * 1: the masses are then upper bounds (see {@link #isExact()}), enough to reject a line-search trial whose
     * smallest cell is too small; {@link #exact()} finishes it.
     */
    LaguerreDiagram trialWithHeights(double[] newHeights) {
        if (newHeights.length != cx.length) {
            throw new IllegalArgumentException(newHeights.length + " heights for " + cx.length + " codes");
        }
        double[] h = newHeights.clone();
        return new LaguerreDiagram(cx, cy, h, targets, measure, potential,
                LaguerreCells.warm(cx, cy, h, measure.boxHalfWidth(), cells), null, false, true);
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
