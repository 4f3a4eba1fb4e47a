package org.lsotexplorer.engine;

import org.lsotexplorer.math.SourceDistribution;

/**
 * Everything that fixes a run's numbers: the same settings and seed give the same numbers. Serialised as-is
 * into {@code manifest.json}.
 *
 * @param target target id ({@code eight-gaussians}, ..., {@code csv})
 * @param solver which solver
 * @param seed master seed; every random stream of the run is split from it in a fixed order
 * @param codeCount n, the fixed sample of target points (2..100,000; default 4,096)
 * @param source the source distribution mu
 * @param lsot settings of {@code lsot}
 * @param criticRays settings of {@code critic-rays}
 * @param exactSampleSize source points of {@code exact}
 * @param sinkhorn settings of {@code sinkhorn}
 * @param metricSamples samples for the mode metrics (default 2,500)
 * @param mapMetricSamples samples for W2 / optimality / L2-UVP / cosine (default 2,000)
 */
public record RunSettings(String target, SolverKind solver, long seed, int codeCount, SourceDistribution source,
                          LsotOptions lsot, CriticRaysOptions criticRays, int exactSampleSize,
                          EntropicOtOptions sinkhorn, int metricSamples, int mapMetricSamples) {
    public RunSettings {
        Checks.range("codes", codeCount, 2, 100_000);
        Checks.range("exact sample size", exactSampleSize, 2, 10_000);
        Checks.range("metric samples", metricSamples, 1, 1_000_000);
        Checks.range("map metric samples", mapMetricSamples, 2, 10_000);
    }

    /** Defaults of method.md for a toy and a solver. */
    public static RunSettings defaults(String target, SolverKind solver, long seed) {
        return new RunSettings(target, solver, seed, 4096, SourceDistribution.GAUSSIAN, LsotOptions.defaults(),
                CriticRaysOptions.defaults(), 4096, EntropicOtOptions.defaults(), 2500, 2000);
    }

    /** Overrides the main training length of the chosen solver (discriminator / critic steps, Sinkhorn iterations). */
    public RunSettings withSteps(int steps) {
        return switch (solver) {
            case LSOT -> with(lsot.withDiscriminatorSteps(steps), criticRays, exactSampleSize, sinkhorn);
            case CRITIC_RAYS -> with(lsot, criticRays.withCriticSteps(steps), exactSampleSize, sinkhorn);
            case SINKHORN -> with(lsot, criticRays, exactSampleSize, new EntropicOtOptions(sinkhorn.epsilon(),
                    sinkhorn.sampleSize(), steps, sinkhorn.tolerance()));
            case EXACT -> this;
        };
    }

    /** Overrides the batch (mini-batch for networks, sample size for exact / sinkhorn). */
    public RunSettings withBatch(int batch) {
        return switch (solver) {
            case LSOT -> with(lsot.withBatchSize(batch), criticRays, exactSampleSize, sinkhorn);
            case CRITIC_RAYS -> with(lsot, criticRays.withBatchSize(batch), exactSampleSize, sinkhorn);
            case SINKHORN -> with(lsot, criticRays, exactSampleSize, new EntropicOtOptions(sinkhorn.epsilon(), batch,
                    sinkhorn.maxIterations(), sinkhorn.tolerance()));
            case EXACT -> with(lsot, criticRays, batch, sinkhorn);
        };
    }

    public RunSettings withCodeCount(int n) {
        return new RunSettings(target, solver, seed, n, source, lsot, criticRays, exactSampleSize, sinkhorn,
                metricSamples, mapMetricSamples);
    }

    public RunSettings with(LsotOptions l, CriticRaysOptions c, int exact, EntropicOtOptions s) {
        return new RunSettings(target, solver, seed, codeCount, source, l, c, exact, s, metricSamples,
                mapMetricSamples);
    }
}
