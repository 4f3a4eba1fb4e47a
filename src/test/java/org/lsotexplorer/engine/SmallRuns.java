package org.lsotexplorer.engine;

import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.SemiDiscreteOptions;

/** Tiny, fast run settings for engine tests. */
final class SmallRuns {
    private SmallRuns() {
    }

    static RunSettings lsot(long seed, int discSteps, int refineSteps) {
        LsotOptions l = new LsotOptions(new int[] {32, 32}, 1e-3, 0.5, 0.9, 64, discSteps,
                new SemiDiscreteOptions(refineSteps, 1e-2, 512, 4096, 1e-9, 20), 0.4, 0.02);
        return new RunSettings("eight-gaussians", SolverKind.LSOT, seed, 256, SourceDistribution.GAUSSIAN, l,
                CriticRaysOptions.defaults(), 256, EntropicOtOptions.defaults(), 300, 200);
    }

    static TransportRun run(RunSettings s) {
        return TransportRun.create(s, ToyPreset.EIGHT_GAUSSIANS);
    }
}
