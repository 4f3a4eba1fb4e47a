package org.lsotexplorer.engine;

import java.util.SplittableRandom;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.math.ot.LaguerreDiagram;

/**
 * The refinement figures of {@code metrics.json} for an {@code lsot} run: {@code cell_mass_error_max},
 * {@code refine_iterations} and, in the plane, {@code semi_discrete_cost}; {@code refine_seconds}, a wall time, is
 * left for the caller to fill like {@code seconds} ({@link #withTimes}), so that equal seeds give equal metrics.
 * <p>
 * In 2-D the cell masses and the cost are exact (Laguerre cells, {@link LaguerreDiagram}). Above, the worst relative
 * cell-mass error is a Monte-Carlo estimate from {@code min(50,000, 20 n)} fresh source points (one arg-max each,
 * a full scan of the codes in 64-D, hence the small N); its noise is about {@code sqrt(n / N)} per cell, 0.3 at
 * n = 4,096, so it says whether cells are badly off (empty or doubled), not whether they are exact. {@link #method} names which one a run used, for the manifest.
 */
public final class RefinementMetrics {
    private RefinementMetrics() {
    }

    /** {@code metrics} with the refinement figures added when the solver is {@code lsot}; unchanged otherwise. */
    public static RunMetrics addTo(RunMetrics metrics, TransportSolver solver, SourceDistribution source, long seed) {
        if (!(solver instanceof LsotSolver lsot)) {
            return metrics;
        }
        BrenierPotential u = lsot.brenierPotential();
        Double cost = null;
        double error;
        var diagram = u.dimension() == 2 ? lsot.laguerreDiagram() : java.util.Optional.<LaguerreDiagram>empty();
        if (diagram.isPresent()) {
            error = diagram.get().worstRelativeError();
            cost = diagram.get().transportCost();
        } else {
            error = monteCarloError(u, source, seed);
        }
        return metrics.withRefinement(error, lsot.refineIterations(), null, cost);
    }

    /** {@code metrics} with {@code seconds} and, for lsot, {@code refine_seconds} set. */
    public static RunMetrics withTimes(RunMetrics metrics, TransportSolver solver, double seconds) {
        RunMetrics m = metrics.withSeconds(seconds);
        if (solver instanceof LsotSolver lsot && m.cellMassErrorMax() != null) {
            m = m.withRefinement(m.cellMassErrorMax(), m.refineIterations(), lsot.refineSeconds(),
                    m.semiDiscreteCost());
        }
        return m;
    }

    /** "exact" (2-D Laguerre cells) or "monte-carlo, N samples". */
    public static String method(TransportSolver solver) {
        if (solver.brenier().isEmpty()) {
            return null;
        }
        BrenierPotential u = solver.brenier().get();
        return u.dimension() == 2 ? "exact" : "monte-carlo, " + samples(u.codeCount()) + " samples";
    }

    private static int samples(int n) {
        return (int) Math.min(50_000, 20L * n);
    }

    private static double monteCarloError(BrenierPotential u, SourceDistribution source, long seed) {
        int n = u.codeCount();
        int m = samples(n);
        int[] counts = CellSearches.forDimension(u.dimension())
                .cellCounts(u, source.sample(m, u.dimension(), new SplittableRandom(seed)));
        double worst = 0;
        for (int c : counts) {
            worst = Math.max(worst, Math.abs((double) c * n / m - 1));
        }
        return worst;
    }
}
