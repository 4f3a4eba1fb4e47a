package org.lsotexplorer.math.ot;

/**
 * Settings of the semi-discrete refinement (method.md 3.1 step 2).
 *
 * @param maxIterations iteration budget, 0..1,000,000 (0 keeps the raw discriminator map)
 * @param learningRate Adam step on the heights, (0, 10]; default 1e-2
 * @param initialSamples Monte-Carlo source points per step at the start, 16..10^7
 * @param maxSamples cap for the doubling of the sample size, &gt;= initialSamples
 * @param tolerance stop when {@code n * max_j |g_j| < tolerance}; default 1e-2
 * @param stallWindow double the sample size when the best {@code n max|g|} has not improved for this many steps
 * @param minLearningRate floor for the learning-rate halving on stalls at the sample cap, in (0, learningRate]
 * @param multiscale optimise the heights through the multi-scale kd-tree parametrisation
 *                   ({@link HierarchicalHeights}; default true) rather than one parameter per code
 */
public record SemiDiscreteOptions(int maxIterations, double learningRate, int initialSamples, int maxSamples,
                                  double tolerance, int stallWindow, double minLearningRate, boolean multiscale) {
    public SemiDiscreteOptions {
        if (maxIterations < 0 || maxIterations > 1_000_000) {
            throw new IllegalArgumentException("refinement iterations must be in 0..1000000, got " + maxIterations);
        }
        if (!(learningRate > 0 && learningRate <= 10)) {
            throw new IllegalArgumentException("refinement learning rate must be in (0, 10], got " + learningRate);
        }
        if (initialSamples < 16 || initialSamples > 10_000_000) {
            throw new IllegalArgumentException("refinement samples must be in 16..10000000, got " + initialSamples);
        }
        if (maxSamples < initialSamples) {
            throw new IllegalArgumentException("max samples " + maxSamples + " < initial samples " + initialSamples);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
        }
        if (stallWindow < 1) {
            throw new IllegalArgumentException("stall window must be >= 1, got " + stallWindow);
        }
        if (!(minLearningRate > 0 && minLearningRate <= learningRate)) {
            throw new IllegalArgumentException("min learning rate must be in (0, " + learningRate + "], got "
                    + minLearningRate);
        }
    }

    /** Without a learning-rate floor below the rate itself (no halving), multi-scale. */
    public SemiDiscreteOptions(int maxIterations, double learningRate, int initialSamples, int maxSamples,
                               double tolerance, int stallWindow) {
        this(maxIterations, learningRate, initialSamples, maxSamples, tolerance, stallWindow, learningRate, true);
    }

    /** Multi-scale, with the given learning-rate floor. */
    public SemiDiscreteOptions(int maxIterations, double learningRate, int initialSamples, int maxSamples,
                               double tolerance, int stallWindow, double minLearningRate) {
        this(maxIterations, learningRate, initialSamples, maxSamples, tolerance, stallWindow, minLearningRate, true);
    }

    /**
     * method.md defaults (lr 1e-2, tolerance 1e-2, stall window 20) with a 250-step budget, 32,768 initial samples
     * (doubling up to 65,536), a learning-rate floor of 1e-3 and the multi-scale parametrisation.
     */
    public static SemiDiscreteOptions defaults() {
        return new SemiDiscreteOptions(250, 1e-2, 32_768, 65_536, 1e-2, 20, 1e-3, true);
    }

    /** A copy with other initial and maximum Monte-Carlo sample sizes. */
    public SemiDiscreteOptions withSamples(int initial, int max) {
        return new SemiDiscreteOptions(maxIterations, learningRate, initial, max, tolerance, stallWindow,
                minLearningRate, multiscale);
    }

    public SemiDiscreteOptions withMaxIterations(int iterations) {
        return new SemiDiscreteOptions(iterations, learningRate, initialSamples, maxSamples, tolerance, stallWindow,
                minLearningRate, multiscale);
    }
}
