package org.lsotexplorer.data;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.lsotexplorer.math.metrics.ModeSet;

/**
 * A target distribution {@code nu} that can be sampled afresh: a toy preset, a CSV file or user-drawn points.
 * The "codes" of a run are one fixed sample of it (drawn once per seed); metrics always use fresh samples.
 */
public interface TargetDistribution {
    /** Stable identifier used on the command line and in manifests, e.g. {@code eight-gaussians}. */
    String id();

    /** Human-readable name. */
    String displayName();

    /** Dimension of the samples (2 for every toy). */
    int dimension();

    /** Draws {@code n} points (n &gt;= 0) from the seeded generator. */
    double[][] sample(int n, RandomGenerator rng);

    /**
     * The fixed sample of codes of a run. By default an i.i.d. sample; mixtures of equally weighted modes override
     * it with a stratified sample (n/K points per mode, in shuffled order), which removes the multinomial spread of
     * per-mode counts (up to about 0.012 in share for n = 4,096, K = 8) from the codes without changing the law.
     */
    default double[][] sampleCodes(int n, RandomGenerator rng) {
        return sample(n, rng);
    }

    /**
     * The target masses {@code nu_j} of the codes {@link #sampleCodes} returns (normalised to sum 1), or null when
     * they are uniform ({@code 1/n}), as for every i.i.d. sample.
     */
    default double[] codeWeights() {
        return null;
    }

    /** The known modes, for mode-coverage metrics; empty when the target has none. */
    default Optional<ModeSet> modes() {
        return Optional.empty();
    }
}
