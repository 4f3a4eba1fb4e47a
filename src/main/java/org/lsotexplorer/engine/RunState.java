package org.lsotexplorer.engine;

import java.util.Map;
import org.lsotexplorer.math.PointClouds;

/**
 * A run at one step, as the screen needs it: the solver's immutable {@link SolverState}, the step and phase, and
 * the run's fixed point sets (display source, probe batch, codes; never changed after the run is built, so shared,
 * not copied). Taken on the training thread for the price of the solver state; turned into a {@link PlaneSnapshot}
 * (points mapped, grids sampled) by whoever draws, on any thread.
 *
 * @param raw the raw discriminator field (lsot), or null; thread-safe unless the state came from
 *            {@link TransportRun#snapshot}, which evaluates on the owning thread
 * @param liveEvaluator the run's small metrics evaluator (thread-safe), for estimates while training
 * @param explanation what the step just taken did, phase by phase, when it was asked to explain itself; else null
 * @param refinement lsot's refinement convergence so far, or null
 */
public record RunState(int step, int totalSteps, String phase, SolverKind solver, String targetName,
                       PlaneBounds bounds, int dimension, double[][] displaySource, double[][] probe,
                       float[] sourceXy, float[] targetXy, float[] probeXy, SolverState state, PotentialField raw,
                       Map<String, Double> losses, MetricsEvaluator liveEvaluator, StepExplanation explanation,
                       RefinementTrace refinement) {
    public RunState {
        losses = Map.copyOf(losses);
    }

    /** Every layer that {@code o} asks for, computed now. */
    public PlaneSnapshot snapshot(SnapshotOptions o) {
        int res = o.gridResolution();
        PlaneBounds b = bounds;
        GridValues pot = o.potential() ? GridValues.sample(state.potential(), b, res, res, dimension) : null;
        GridValues rawGrid = o.rawDiscriminator() && raw != null
                ? GridValues.sample(raw, b, o.rawResolution(), o.rawResolution(), dimension) : null;
        boolean[] mask = o.singularSet() ? state.singularMask(b.xMin(), b.xMax(), b.yMin(), b.yMax(), res, res)
                .orElse(null) : null;
        return withPoints(pot, rawGrid, mask, res, o.arrowLimit());
    }

    /**
     * The points of this step (mapped display samples, mapped probe points, at most {@code arrowLimit} arrows) with
     * the grids of an earlier snapshot of the same run ({@code grids} may be null: no grids).
     */
    public PlaneSnapshot points(PlaneSnapshot grids, int arrowLimit) {
        return grids == null ? withPoints(null, null, null, 8, arrowLimit)
                : withPoints(grids.potential(), grids.rawDiscriminator(), grids.singularMask(), grids.maskColumns(),
                arrowLimit);
    }

    private PlaneSnapshot withPoints(GridValues pot, GridValues rawGrid, boolean[] mask, int maskSize, int arrows) {
        double[][] probeRows = arrows >= probe.length ? probe : PointClouds.slice(probe, 0, arrows);
        float[] from = arrows >= probe.length ? probeXy : java.util.Arrays.copyOf(probeXy, 2 * probeRows.length);
        float[] mapped = PointClouds.toXy(state.map(displaySource));
        float[] arrowTo = PointClouds.toXy(state.map(probeRows));
        var partial = state.partialPlan().orElse(null);
        if (partial != null) {
            mapped = new float[0];   // an unfinished exact solve has no map yet, only matched pairs
            from = PointClouds.toXy(partial.from());
            arrowTo = PointClouds.toXy(partial.to());
        }
        return new PlaneSnapshot(step, totalSteps, phase, solver, targetName, bounds, sourceXy, targetXy, mapped,
                from, arrowTo, pot, rawGrid, mask, maskSize, maskSize, losses);
    }
}
