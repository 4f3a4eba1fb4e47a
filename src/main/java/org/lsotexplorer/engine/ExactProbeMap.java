package org.lsotexplorer.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.PointClouds;
import org.lsotexplorer.math.metrics.MapAgreement;
import org.lsotexplorer.math.metrics.MapMetrics;
import org.lsotexplorer.math.ot.ExactTransportSolver;

/**
 * The exact discrete OT map on the probe points, the reference the "exact OT map" layer draws beside the learned
 * arrows. For the first m probe points {@code z_1..z_m} and the first m codes {@code y_1..y_m} (the codes are i.i.d.
 * draws of the target, so these are a uniform sample of it), it solves the assignment
 * {@code sigma = argmin_sigma sum_i c2(z_i, y_sigma(i))}, {@code c2 = |z-y|^2/2}, with the project's exact solver
 * ({@link ExactTransportSolver}), so {@code T_exact(z_i) = y_sigma(i)}: the same reference that L2-UVP and cosine
 * use in {@code metrics.json}, here on the points the arrows start from.
 * <p>{@link #agreement(double[][])} gives the read-outs of a learned map on those points: L2-UVP against
 * {@code T_exact} (divided by the total variance of the m codes) and the mean cosine of the displacements.
 * <p>Solving costs O(m^3) (m = 300: a few ms); {@link #cached} solves once per probe set and code sample and keeps
 * the last {@value #CACHE_SIZE} results, so panes and frames of runs with the same data and seed share one solve.
 * Failure behaviour: {@link IllegalArgumentException} for m &lt; 2, too few probe points or codes, or non-finite
 * coordinates.
 *
 * @param probe {@code z_1..z_m} (shared, read-only)
 * @param images {@code T_exact(z_i)}, row i for {@code z_i}
 * @param targetVariance total variance of {@code y_1..y_m}
 */
public record ExactProbeMap(double[][] probe, double[][] images, double targetVariance) {
    /** How many solved maps {@link #cached} keeps. */
    public static final int CACHE_SIZE = 8;
    private static final Map<Key, ExactProbeMap> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ExactProbeMap> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Solves the assignment between the first {@code m} probe points and the first {@code m} codes. */
    public static ExactProbeMap solve(double[][] probe, double[][] codes, int m) {
        if (m < 2 || probe.length < m || codes.length < m) {
            throw new IllegalArgumentException("the exact probe map needs m >= 2 probe points and codes, got m = " + m
                    + " with " + probe.length + " probe points and " + codes.length + " codes");
        }
        double[][] z = PointClouds.slice(probe, 0, m);
        double[][] y = PointClouds.slice(codes, 0, m);
        int[] sigma = ExactTransportSolver.solve(z, y, Cost.HALF_SQUARED_EUCLIDEAN).assignment();
        double[][] images = new double[m][];
        for (int i = 0; i < m; i++) {
            images[i] = y[sigma[i]].clone();
        }
        return new ExactProbeMap(z, images, PointClouds.totalVariance(y));
    }

    /**
     * As {@link #solve}, with m = min(limit, probe points, codes), remembered by the contents of the probe points and
     * codes used (thread-safe; a hit costs a comparison of those points).
     */
    public static ExactProbeMap cached(double[][] probe, double[][] codes, int limit) {
        int m = Math.min(limit, Math.min(probe.length, codes.length));
        Key key = new Key(PointClouds.slice(probe, 0, Math.max(0, m)), PointClouds.slice(codes, 0, Math.max(0, m)));
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(key, k -> solve(probe, codes, m));
        }
    }

    /** The number of probe points m. */
    public int size() {
        return probe.length;
    }

    /** The read-outs of a learned map: {@code mapped[i] = T(z_i)} for the m probe points. */
    public MapAgreement agreement(double[][] mapped) {
        return MapMetrics.agreement(probe, mapped, images, targetVariance);
    }

    /** The probe points, interleaved {@code x0,y0,...} (first two coordinates), for the arrows' tails. */
    public float[] fromXy() {
        return PointClouds.toXy(probe);
    }

    /** The exact images, interleaved, for the arrows' heads. */
    public float[] toXy() {
        return PointClouds.toXy(images);
    }

    /** Compares point sets by content. */
    private record Key(double[][] probe, double[][] codes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.deepEquals(probe, k.probe) && Arrays.deepEquals(codes, k.codes);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.deepHashCode(probe) + Arrays.deepHashCode(codes);
        }
    }
}
