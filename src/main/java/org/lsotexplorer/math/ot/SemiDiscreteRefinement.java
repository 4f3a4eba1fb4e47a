package org.lsotexplorer.math.ot;

import java.util.random.RandomGenerator;
import org.lsotexplorer.math.SourceDistribution;

/**
 * Semi-discrete OT refinement of a Brenier potential (method.md 3.1 step 2). It minimises the convex energy
 * {@code E(h) = E_mu[u_h(z)] - (1/n) sum_j h_j}, whose gradient is {@code g_j = mu(W_j) - 1/n}:
 * <ul>
 *   <li>{@code mu(W_j)} is estimated by Monte-Carlo with N fresh source points per step;</li>
 *   <li>Adam (betas 0.9, 0.999) steps on {@code h}, which is re-centred to mean 0 after every step;</li>
 *   <li>it stops when {@code n max_j |g_j| < tolerance} or at the iteration budget;</li>
 *   <li>N doubles (up to the cap) when the best {@code n max|g|} has stalled for {@code stallWindow} steps.</li>
 * </ul>
 * Not thread-safe: one worker thread steps it. Deterministic for a seeded generator.
 */
public final class SemiDiscreteRefinement {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-12;

    private final SemiDiscreteOptions options;
    private final SourceDistribution source;
    private final RandomGenerator rng;
    private BrenierPotential potential;
    private final double[] h;
    private final double[] m;
    private final double[] v;
    private int iteration;
    private int samples;
    private double lastResidual = Double.POSITIVE_INFINITY;
    private double bestResidual = Double.POSITIVE_INFINITY;
    private int sinceImprovement;

    public SemiDiscreteRefinement(BrenierPotential start, SourceDistribution source, SemiDiscreteOptions options,
                                  RandomGenerator rng) {
        this.potential = start;
        this.source = source;
        this.options = options;
        this.rng = rng;
        this.h = start.heights();
        recentre(h);
        this.potential = start.withHeights(h);
        this.m = new double[h.length];
        this.v = new double[h.length];
        this.samples = options.initialSamples();
    }

    /** True once the tolerance is met or the budget is spent. */
    public boolean isDone() {
        return iteration >= options.maxIterations() || lastResidual < options.tolerance();
    }

    public boolean isConverged() {
        return lastResidual < options.tolerance();
    }

    /** One Monte-Carlo Adam step; returns the residual {@code n max_j |g_j|} measured before the update. */
    public double step() {
        int n = h.length;
        double[][] z = source.sample(samples, potential.dimension(), rng);
        int[] counts = potential.cellCounts(z);
        double residual = 0;
        iteration++;
        double c1 = 1 - Math.pow(BETA1, iteration);
        double c2 = 1 - Math.pow(BETA2, iteration);
        for (int j = 0; j < n; j++) {
            double g = (double) counts[j] / samples - 1.0 / n;
            residual = Math.max(residual, n * Math.abs(g));
            m[j] = BETA1 * m[j] + (1 - BETA1) * g;
            v[j] = BETA2 * v[j] + (1 - BETA2) * g * g;
            h[j] -= options.learningRate() * (m[j] / c1) / (Math.sqrt(v[j] / c2) + EPS);
        }
        recentre(h);
        potential = potential.withHeights(h);
        lastResidual = residual;
        trackStall(residual);
        return residual;
    }

    private void trackStall(double residual) {
        if (residual < bestResidual) {
            bestResidual = residual;
            sinceImprovement = 0;
        } else if (++sinceImprovement >= options.stallWindow()) {
            samples = (int) Math.min((long) samples * 2, options.maxSamples());
            sinceImprovement = 0;
            bestResidual = residual;
        }
    }

    private static void recentre(double[] h) {
        double mean = 0;
        for (double x : h) {
            mean += x;
        }
        mean /= h.length;
        for (int j = 0; j < h.length; j++) {
            h[j] -= mean;
        }
    }

    public BrenierPotential potential() {
        return potential;
    }

    public int iteration() {
        return iteration;
    }

    /** Current Monte-Carlo sample size N. */
    public int sampleSize() {
        return samples;
    }

    /** Last measured {@code n max_j |g_j|} (infinite before the first step). */
    public double residual() {
        return lastResidual;
    }

    public SemiDiscreteOptions options() {
        return options;
    }
}
