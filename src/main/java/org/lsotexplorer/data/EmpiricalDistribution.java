package org.lsotexplorer.data;

import java.util.random.RandomGenerator;
import org.lsotexplorer.math.PointClouds;

/**
 * The empirical law of a fixed point set (a CSV file or points the user drew): sampling draws points uniformly
 * with replacement. The points are copied on construction, so later edits by the caller do not leak in.
 */
public final class EmpiricalDistribution implements TargetDistribution {
    private final String id;
    private final String displayName;
    private final double[][] points;

    /**
     * @param id identifier such as {@code csv} or {@code drawn}
     * @param points at least one finite point, all of the same dimension
     * @throws IllegalArgumentException for an empty, ragged or non-finite set
     */
    public EmpiricalDistribution(String id, String displayName, double[][] points) {
        PointClouds.requireValid(points, displayName);
        this.id = id;
        this.displayName = displayName;
        this.points = PointClouds.copy(points);
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

    @Override
    public double[][] sample(int n, RandomGenerator rng) {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = points[rng.nextInt(points.length)].clone();
        }
        return out;
    }
}
