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

    /** The known modes, for mode-coverage metrics; empty when the target has none. */
    default Optional<ModeSet> modes() {
        return Optional.empty();
    }
}
