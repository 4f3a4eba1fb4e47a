package org.lsotexplorer.math.ot;

import java.util.random.RandomGenerator;
import org.lsotexplorer.math.SourceDistribution;

/**
 * Semi-discrete OT refinement of a Brenier potential (method.md 3.1 step 2). It minimises the convex energy
 * {@code E(h) = E_mu[u_h(z)] - (1/n) sum_j h_j}, whose gradient is {@code g_j = mu(W_j) - 1/n}:
 * <ul>
 *   <li>{@code mu(W_j)} is estimated by Monte-Carlo with N fresh source points per step;</li>
 *   <li>Adam (betas 0.9, 0.999) steps on {@code h}, which is re-centred to mean 0 after every step; by default
 *       through the multi-scale parametrisation of {@link HierarchicalHeights}, so that whole clusters of codes
 *       move together;</li>
 *   <li>it stops when {@code n max_j |g_j| < tolerance} or at the iteration budget;</li>
 *   <li>N doubles (up to the cap) when the best {@code n max|g|} has stalled for {@code stallWindow} steps;</li>
 *   <li>once N is at its cap, a further stall halves the learning rate (down to {@code minLearningRate}). Adam
 *       moves every height by about the learning rate per step, so this is what lets tightly packed codes (a
 *       cluster of std 0.02 puts neighbours about 0.003 apart) settle instead of trading mass back and forth,
 *       which otherwise biases the masses of whole clusters.</li>
 * </ul>
 * The Monte-Carlo points are sorted into cells by a {@link CellSearch} (every implementation gives the same
 * counts; {@link BlockedCellSearch} is the fast one above a few dimensions).
 * Not thread-safe: one worker thread steps it. Deterministic for a seeded generator.
 */
public final class SemiDiscreteRefinement {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-12;

    private final SemiDiscreteOptions options;
    private final SourceDistribution source;
    private final RandomGenerator rng;
    private final CellSearch cellSearch;
    private BrenierPotential potential;
    private final HierarchicalHeights hierarchy;   // null: one parameter per code
    private final double[] theta;
    private final double[] m;
    private final double[] v;
    private int iteration;
    private int samples;
    private double lastResidual = Double.POSITIVE_INFINITY;
    private double bestResidual = Double.POSITIVE_INFINITY;
    private int sinceImprovement;
    private double learningRate;

    public SemiDiscreteRefinement(BrenierPotential start, SourceDistribution source, SemiDiscreteOptions options,
                                  RandomGenerator rng) {
        this(start, source, options, rng, CellSearch.SCAN);
    }

    /** @param cellSearch how the Monte-Carlo points are counted per cell (any implementation: same counts) */
    public SemiDiscreteRefinement(BrenierPotential start, SourceDistribution source, SemiDiscreteOptions options,
                                  RandomGenerator rng, CellSearch cellSearch) {
        this.cellSearch = cellSearch;
        this.potential = start;
        this.source = source;
        this.options = options;
        this.rng = rng;
        double[] h = start.heights();
        recentre(h, h.length);
        this.potential = start.withHeights(h);
        CodeTree tree = start.tree();
        this.hierarchy = options.multiscale() && tree != null ? new HierarchicalHeights(tree, h.length) : null;
        this.theta = new double[hierarchy == null ? h.length : hierarchy.parameterCount()];
        System.arraycopy(h, 0, theta, 0, h.length);
        this.m = new double[theta.length];
        this.v = new double[theta.length];
        this.samples = options.initialSamples();
        this.learningRate = options.learningRate();
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
        int n = potential.codeCount();
        double[][] z = source.sample(samples, potential.dimension(), rng);
        int[] counts = cellSearch.cellCounts(potential, z);
        double residual = 0;
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
            g[j] = (double) counts[j] / samples - 1.0 / n;
            residual = Math.max(residual, n * Math.abs(g[j]));
        }
        double[] grad = hierarchy == null ? g : hierarchy.gradient(g);
        iteration++;
        double c1 = 1 - Math.pow(BETA1, iteration);
        double c2 = 1 - Math.pow(BETA2, iteration);
        for (int p = 0; p < theta.length; p++) {
            m[p] = BETA1 * m[p] + (1 - BETA1) * grad[p];
            v[p] = BETA2 * v[p] + (1 - BETA2) * grad[p] * grad[p];
            theta[p] -= learningRate * (m[p] / c1) / (Math.sqrt(v[p] / c2) + EPS);
        }
        recentre(theta, n);
        potential = potential.withHeights(hierarchy == null ? theta.clone() : hierarchy.heights(theta));
        lastResidual = residual;
        trackStall(residual);
        return residual;
    }

    private void trackStall(double residual) {
        if (residual < bestResidual) {
            bestResidual = residual;
            sinceImprovement = 0;
        } else if (++sinceImprovement >= options.stallWindow()) {
            if (samples < options.maxSamples()) {
                samples = (int) Math.min((long) samples * 2, options.maxSamples());
            } else {
                learningRate = Math.max(options.minLearningRate(), learningRate / 2);
            }
            sinceImprovement = 0;
            bestResidual = residual;
        }
    }

    /** Subtracts the mean of the first {@code n} entries from them (the per-code part of the heights). */
    private static void recentre(double[] h, int n) {
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += h[j];
        }
        mean /= n;
        for (int j = 0; j < n; j++) {
            h[j] -= mean;
        }
    }

    public BrenierPotential potential() {
        return potential;
    }

    public int iteration() {
        return iteration;
    }

    /** Current Adam learning rate (halved on stalls once N is at its cap). */
    public double learningRate() {
        return learningRate;
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
