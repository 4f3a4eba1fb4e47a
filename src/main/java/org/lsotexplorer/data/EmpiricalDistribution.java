package org.lsotexplorer.data;

import java.util.random.RandomGenerator;
import org.lsotexplorer.math.PointClouds;

/**
 * The empirical law of a fixed point set (a CSV file or points the user drew): sampling draws points uniformly
 * with replacement, or with probability {@code nu_j} for a weighted set ({@code sum_j nu_j delta_{y_j}}, from a
 * CSV weight column, see {@link WeightColumn}). A weighted set's codes are its points themselves, with their
 * weights ({@link #codeWeights()}), so that the semi-discrete solvers see the exact target. The points are copied
 * on construction, so later edits by the caller do not leak in.
 */
public final class EmpiricalDistribution implements TargetDistribution {
    private final String id;
    private final String displayName;
    private final double[][] points;
    private final double[] weights;        // normalised, or null for uniform
    private final double[] cumulative;     // running sums of the weights, or null

    /**
     * @param id identifier such as {@code csv} or {@code drawn}
     * @param points at least one finite point, all of the same dimension
     * @throws IllegalArgumentException for an empty, ragged or non-finite set
     */
    public EmpiricalDistribution(String id, String displayName, double[][] points) {
        this(id, displayName, points, null);
    }

    /**
     * @param weights one positive finite weight per point (normalised here to sum 1), or null for uniform
     * @throws IllegalArgumentException for an empty, ragged or non-finite set, or weights that are not one positive
     *                                  finite number per point
     */
    public EmpiricalDistribution(String id, String displayName, double[][] points, double[] weights) {
        PointClouds.requireValid(points, displayName);
        this.id = id;
        this.displayName = displayName;
        this.points = PointClouds.copy(points);
        if (weights == null) {
            this.weights = null;
            this.cumulative = null;
            return;
        }
        if (weights.length != points.length) {
            throw new IllegalArgumentException(displayName + ": " + weights.length + " weights for " + points.length
                    + " points");
        }
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            if (!(weights[j] > 0) || !Double.isFinite(weights[j])) {
                throw new IllegalArgumentException(displayName + ": weight " + (j + 1) + " is " + weights[j]
                        + "; weights must be positive and finite");
            }
            sum += weights[j];
        }
        this.weights = new double[weights.length];
        this.cumulative = new double[weights.length];
        double run = 0;
        for (int j = 0; j < weights.length; j++) {
            this.weights[j] = weights[j] / sum;
            run += this.weights[j];
            cumulative[j] = run;
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public int dimension() {
        return points[0].length;
    }

    /** Number of distinct stored points. */
    public int size() {
        return points.length;
    }

    /** A copy of the stored points. */
    public double[][] points() {
        return PointClouds.copy(points);
    }

    /** True when the points carry non-uniform weights. */
    public boolean isWeighted() {
        return weights != null;
    }

    @Override
    public double[][] sample(int n, RandomGenerator rng) {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = points[weights == null ? rng.nextInt(points.length) : draw(rng.nextDouble())].clone();
        }
        return out;
    }

    /** The index whose cumulative weight first exceeds {@code u} in [0, 1). */
    private int draw(double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Weighted: all the points, in file order (n is ignored); otherwise an i.i.d. uniform sample of n. */
    @Override
    public double[][] sampleCodes(int n, RandomGenerator rng) {
        return weights == null ? sample(n, rng) : points();
    }

    /** The normalised weights of {@link #sampleCodes}'s codes, or null when uniform. A copy. */
    @Override
    public double[] codeWeights() {
        return weights == null ? null : weights.clone();
    }
}
