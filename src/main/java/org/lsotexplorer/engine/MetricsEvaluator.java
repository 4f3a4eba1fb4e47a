package org.lsotexplorer.engine;

import java.util.SplittableRandom;
import org.lsotexplorer.math.PointClouds;
import org.lsotexplorer.math.metrics.MapMetrics;
import org.lsotexplorer.math.metrics.ModeMetrics;
import org.lsotexplorer.math.metrics.ModeSet;

/**
 * Evaluates a solver's map on fresh samples (method.md section 4). The fresh source and target samples are drawn
 * from a fixed evaluation seed, so evaluations at different steps of one run see the same points and are
 * comparable, and two runs with the same seed give identical figures. Immutable after construction, so any thread
 * may evaluate a {@link SolverState} with it.
 */
public final class MetricsEvaluator {
    private final double[][] z;
    private final double[][] freshTarget;
    private final ModeSet modes;
    private final int mapSamples;
    private final int modeSamples;

    public MetricsEvaluator(TransportProblem problem, int modeSamples, int mapSamples, long evaluationSeed) {
        SplittableRandom rng = new SplittableRandom(evaluationSeed);
        int n = Math.max(modeSamples, mapSamples);
        this.z = problem.source().sample(n, problem.dimension(), rng);
        this.freshTarget = problem.target().sample(mapSamples, rng);
        this.modes = problem.target().modes().orElse(null);
        this.mapSamples = mapSamples;
        this.modeSamples = modeSamples;
    }

    /** Source samples used for the map metrics. */
    public int mapSamples() {
        return mapSamples;
    }

    /** All metrics; {@code seconds} is left 0 for the caller to fill. */
    public RunMetrics evaluate(TransportMap solver) {
        double[][] mapped = solver.map(z);
        Integer covered = null;
        Double hq = null;
        Double balance = null;
        if (modes != null) {
            ModeMetrics mm = ModeMetrics.of(PointClouds.slice(mapped, 0, modeSamples), modes);
            covered = mm.modesCovered();
            hq = mm.highQualityFraction();
            balance = mm.massBalance();
        }
        MapMetrics map = MapMetrics.of(PointClouds.slice(z, 0, mapSamples), PointClouds.slice(mapped, 0, mapSamples),
                freshTarget);
        return new RunMetrics(covered, hq, balance, map.w2ToTarget(), map.mapOptimality(), map.l2Uvp(), map.cosine(),
                0);
    }

    /** Cheap progress metrics for the log: mode metrics only (empty when the target has no modes). */
    public ModeMetrics modeMetrics(TransportMap solver) {
        if (modes == null) {
            return null;
        }
        return ModeMetrics.of(solver.map(PointClouds.slice(z, 0, modeSamples)), modes);
    }

    /** A copy of the source noise the map metrics use (the first {@link #mapSamples()} points). */
    public double[][] mapNoise() {
        return PointClouds.slice(z, 0, mapSamples);
    }
}
