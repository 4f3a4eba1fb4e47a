package org.lsotexplorer.math.ot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.lsotexplorer.math.SourceDistribution;

/**
 * Semi-discrete OT in the plane solved exactly: damped Newton on the heights (Kitagawa, Merigot and Thibert,
 * arXiv 1603.05579) over exact Laguerre cells ({@link LaguerreDiagram}).
 * <p>
 * It finds heights with {@code mu(W_j) = nu_j} for all j, the zero of the gradient {@code g_j = mu(W_j) - nu_j}
 * of the concave Kantorovich functional. Each {@link #step()} is one iteration:
 * <ol>
 *   <li>solve {@code H d = -g} with the Laplacian {@link CellLaplacian} (conjugate gradients, Jacobi
 *       preconditioner, the largest cell's height pinned);</li>
 *   <li>take {@code h + a d} with the largest {@code a} in {a0, a0/2, a0/4, ...} such that the smallest cell mass is
 *       at least {@code eps = min(smallest starting mass, min_j nu_j) / 2} and
 *       {@code |g(h + a d)| <= (1 - a/2) |g(h)|} (Euclidean norm). KMT take {@code a0 = 1}; here
 *       {@code a0 = min(1, 4 a_prev)}, four times the previous accepted step, which saves most rejected trials (each a
 *       full diagram) in the damped phase and is back at 1 one or two iterations after the full step first fits.</li>
 * </ol>
 * It stops when {@code max_j |g_j| / nu_j <= tolerance}, at the iteration budget, or when {@code maxHalvings}
 * halvings find no acceptable step ({@link #failure()} then says so; the last accepted heights are kept).
 * <p>
 * Start: the method needs every cell to have mass. If some cell of the given heights {@code h0} is empty, the
 * start moves along {@code (1-s) h0 + s v} for s = 1/8, 1/4, 1/2, 1 to the first point where none is, with
 * {@code v_j = -t |y_j|^2 / 2}: the cells of {@code v} are the Voronoi cells of the shrunk codes {@code t y_j},
 * {@code t = min(1, r / max |y_j|)} (r = 1 for the Gaussian, 0.9 in the sup norm for the uniform square), each
 * containing its point inside the bulk of the source, hence non-empty.
 * <p>
 * Convergence is always judged on a fully certified diagram ({@link LaguerreDiagram#certified()}). Line-search
 * trials are first built without any certificate: their masses are upper bounds, so a trial whose smallest cell is
 * already below the floor is rejected before the cells are finished ({@code LaguerreDiagram.trialWithHeights}).
 * Inexact Newton: CG stops at the relative residual {@code max(1e-11, min(1e-2, 1e-2 * worst error))}, loose in the
 * damped phase and tight near the solution, where the convergence stays quadratic.
 * Equal codes are merged first ({@link DistinctCodes}: weights summed, one shared height). Not thread-safe: one
 * worker steps it. Deterministic. The constructor throws {@link IllegalArgumentException} for invalid input (codes
 * not 2-D or not finite, weights not positive; see {@link LaguerreDiagram#compute}).
 */
public final class SemiDiscreteNewton {
    private final NewtonOptions options;
    private final double[][] codes;
    private final DistinctCodes distinct;
    private BrenierPotential expanded;        // over all codes, when duplicates were merged
    private final long startNanos = System.nanoTime();
    private final List<NewtonIteration> history = new ArrayList<>();
    private final double massFloor;
    private final boolean startShifted;
    private LaguerreDiagram diagram;
    private double[] heights;
    private String failure;
    private double lastStep = 1;

    /**
     * @param codes n &gt;= 1 distinct points in the plane
     * @param startHeights h0, finite
     * @param weights nu (normalised), or null for uniform {@code 1/n}
     */
    public SemiDiscreteNewton(double[][] codes, double[] startHeights, double[] weights, SourceDistribution source,
                              NewtonOptions options) {
        this.options = options;
        this.codes = codes;
        this.distinct = new DistinctCodes(codes, weights);
        double[] h0 = distinct.toGroups(startHeights);
        LaguerreDiagram d = LaguerreDiagram.compute(distinct.codes, h0, distinct.weights, source);
        boolean shifted = false;
        if (!(d.smallestMass() > 0)) {
            double[] v = shrunkVoronoiHeights(distinct.codes, source);
            for (double s : new double[] {0.125, 0.25, 0.5, 1}) {
                double[] h = new double[v.length];
                for (int j = 0; j < h.length; j++) {
                    h[j] = (1 - s) * h0[j] + s * v[j];
                }
                LaguerreDiagram trial = d.trialWithHeights(h);      // upper bounds: an empty one is empty
                d = trial.smallestMass() > 0 || s == 1 ? trial.exact() : trial;
                shifted = true;
                if (d.smallestMass() > 0) {
                    break;
                }
            }
        }
        this.startShifted = shifted;
        this.diagram = d.worstRelativeError() <= options.tolerance() ? d.certified() : d;
        this.heights = d.heights();
        double minNu = Double.POSITIVE_INFINITY;
        for (double nu : d.targetMasses()) {
            minNu = Math.min(minNu, nu);
        }
        this.massFloor = 0.5 * Math.min(d.smallestMass(), minNu);
        history.add(new NewtonIteration(0, d.worstRelativeError(), seconds(), 0, "", 0));
        if (!(d.smallestMass() > 0)) {
            failure = "some cells stay empty even at the Voronoi start (codes too close together for double"
                    + " precision); merge near-duplicate codes";
        }
    }

    private static double[] shrunkVoronoiHeights(double[][] codes, SourceDistribution source) {
        double far = 0;
        for (double[] y : codes) {
            far = Math.max(far, source == SourceDistribution.GAUSSIAN ? Math.hypot(y[0], y[1])
                    : Math.max(Math.abs(y[0]), Math.abs(y[1])));
        }
        double r = source == SourceDistribution.GAUSSIAN ? 1 : 0.9;
        double t = far > r ? r / far : 1;
        double[] v = new double[codes.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = -0.5 * t * (codes[j][0] * codes[j][0] + codes[j][1] * codes[j][1]);
        }
        return v;
    }

    /** Converged, out of budget, or failed. */
    public boolean isDone() {
        return isConverged() || failure != null || iteration() >= options.maxIterations();
    }

    public boolean isConverged() {
        return diagram.worstRelativeError() <= options.tolerance();
    }

    /**
     * One damped Newton iteration.
     *
     * @return its convergence point (also appended to {@link #history()})
     * @throws IllegalStateException when called after {@link #isDone()}
     */
    public NewtonIteration step() {
        if (isDone()) {
            throw new IllegalStateException("the Newton solver is done");
        }
        int n = heights.length;
        double[] g = gradient(diagram);
        double gNorm = norm(g);
        double[] rhs = new double[n];
        int pin = 0;
        for (int j = 0; j < n; j++) {
            rhs[j] = -g[j];
            pin = diagram.mass(j) > diagram.mass(pin) ? j : pin;
        }
        double forcing = Math.max(1e-11, Math.min(1e-2, 1e-2 * diagram.worstRelativeError()));
        double[] dir = new CellLaplacian(diagram).solve(rhs, pin, forcing, 20 * n + 100);
        double a = Math.min(1, 4 * lastStep);
        String failed = "";
        for (int halvings = 0; halvings <= options.maxHalvings(); halvings++) {
            double[] h = new double[n];
            for (int j = 0; j < n; j++) {
                h[j] = heights[j] + a * dir[j];
            }
            LaguerreDiagram next = diagram.trialWithHeights(h);
            if (next.smallestMass() >= massFloor) {
                next = next.exact();
            }
            if (next.smallestMass() < massFloor) {          // exact, or an upper bound already too small
                failed = NewtonIteration.MIN_MASS;
            } else if (norm(gradient(next)) > (1 - a / 2) * gNorm) {
                failed = NewtonIteration.GRADIENT_DECREASE;
            } else {
                diagram = next.worstRelativeError() <= options.tolerance() ? next.certified() : next;
                heights = h;
                lastStep = a;
                return record(halvings, halvings == 0 ? "" : failed, a);
            }
            a /= 2;
        }
        failure = "no acceptable step after " + options.maxHalvings() + " halvings (last test failed: " + failed
                + "); the heights of iteration " + iteration() + " are kept";
        return record(options.maxHalvings(), failed, 0);
    }

    private NewtonIteration record(int halvings, String failed, double a) {
        NewtonIteration it = new NewtonIteration(history.size(), diagram.worstRelativeError(), seconds(), halvings,
                failed, a);
        history.add(it);
        return it;
    }

    private static double[] gradient(LaguerreDiagram d) {
        double[] g = new double[d.codeCount()];
        for (int j = 0; j < g.length; j++) {
            g[j] = d.mass(j) - d.targetMass(j);
        }
        return g;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Newton iterations done (the start not counted). */
    public int iteration() {
        return history.size() - 1;
    }

    /** The current heights, one per code given (equal codes share theirs). */
    public double[] heights() {
        return distinct.toCodes(heights);
    }

    /** The current diagram (immutable), over the distinct codes (equal codes merged, weights summed). */
    public LaguerreDiagram diagram() {
        return diagram;
    }

    /** The Brenier potential of the current heights over all the codes given. */
    public BrenierPotential potential() {
        if (!distinct.merged()) {
            return diagram.potential();
        }
        if (expanded == null || !Arrays.equals(expanded.heights(), heights())) {
            expanded = new BrenierPotential(codes, heights());
        }
        return expanded;
    }

    /** How many distinct codes the diagram has (fewer than the codes given when some coincide). */
    public int distinctCodeCount() {
        return distinct.codes.length;
    }

    /** The start point and every iteration so far (unmodifiable view of a growing list; read on one thread). */
    public List<NewtonIteration> history() {
        return Collections.unmodifiableList(history);
    }

    /** Why the solver stopped early, or null. */
    public String failure() {
        return failure;
    }

    /** True when the given heights had empty cells and the start was moved towards the Voronoi heights. */
    public boolean startShifted() {
        return startShifted;
    }

    public NewtonOptions options() {
        return options;
    }
}
