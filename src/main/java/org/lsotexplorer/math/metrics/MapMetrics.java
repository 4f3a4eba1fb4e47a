package org.lsotexplorer.math.metrics;

import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.PointClouds;
import org.lsotexplorer.math.ot.ExactTransportSolver;
import org.lsotexplorer.math.ot.TransportPlan;

/**
 * Map metrics for any target (method.md section 4), all under {@code c2(z,y) = |z-y|^2/2} and all against the
 * exact solver, on equal-size samples:
 * <ul>
 *   <li>W2 to target: the exact OT cost between the mapped samples {@code T(z_i)} and fresh target samples;</li>
 *   <li>map optimality: {@code mean c2(z_i, T(z_i)) / OT(z, T(z))}, &gt;= 1, with 1 optimal;</li>
 *   <li>L2-UVP: {@code 100 mean |T(z_i) - T_exact(z_i)|^2 / Var(target)}, where {@code T_exact} is the exact
 *       assignment from {@code z} to the fresh target sample and Var the total variance of that sample;</li>
 *   <li>cosine: {@code mean cos(T(z_i) - z_i, T_exact(z_i) - z_i)} (pairs with a zero vector count as 0).</li>
 * </ul>
 */
public record MapMetrics(double w2ToTarget, double mapOptimality, double l2Uvp, double cosine) {

    /**
     * @param z source samples
     * @param mapped {@code T(z_i)}, same length as z
     * @param freshTarget fresh target samples, same length as z
     */
    public static MapMetrics of(double[][] z, double[][] mapped, double[][] freshTarget) {
        if (z.length != mapped.length || z.length != freshTarget.length) {
            throw new IllegalArgumentException("map metrics need equal sample sizes, got " + z.length + ", "
                    + mapped.length + ", " + freshTarget.length);
        }
        double w2 = ExactTransportSolver.solve(mapped, freshTarget, Cost.HALF_SQUARED_EUCLIDEAN).totalCost();
        double optimality = mapOptimality(z, mapped);
        int[] sigma = ExactTransportSolver.solve(z, freshTarget, Cost.HALF_SQUARED_EUCLIDEAN).assignment();
        double[][] exact = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            exact[i] = freshTarget[sigma[i]];
        }
        MapAgreement a = agreement(z, mapped, exact, PointClouds.totalVariance(freshTarget));
        return new MapMetrics(w2, optimality, a.l2Uvp(), a.cosine());
    }

    /**
     * How a map agrees with a reference map on the same points: {@code L2-UVP = 100 mean |T(z_i) - T_ref(z_i)|^2 /
     * variance} and {@code cosine = mean cos(T(z_i) - z_i, T_ref(z_i) - z_i)} (pairs with a zero vector count as 0).
     *
     * @param z the points
     * @param mapped {@code T(z_i)}, same length as z
     * @param reference {@code T_ref(z_i)}, same length as z
     * @param variance the target's total variance (L2-UVP is not finite when it is 0)
     */
    public static MapAgreement agreement(double[][] z, double[][] mapped, double[][] reference, double variance) {
        if (z.length == 0 || z.length != mapped.length || z.length != reference.length) {
            throw new IllegalArgumentException("map agreement needs equal, non-empty point sets, got " + z.length
                    + ", " + mapped.length + ", " + reference.length);
        }
        double uvp = 0;
        double cos = 0;
        for (int i = 0; i < z.length; i++) {
            uvp += 2 * Cost.HALF_SQUARED_EUCLIDEAN.between(mapped[i], reference[i]);
            cos += cosine(z[i], mapped[i], reference[i]);
        }
        return new MapAgreement(100 * uvp / z.length / variance, cos / z.length, z.length);
    }

    /** {@code mean c2(z_i, T(z_i)) / OT(z, T(z))}; 1 when the pairing is itself optimal. */
    public static double mapOptimality(double[][] z, double[][] mapped) {
        double pairing = 0;
        for (int i = 0; i < z.length; i++) {
            pairing += Cost.HALF_SQUARED_EUCLIDEAN.between(z[i], mapped[i]);
        }
        pairing /= z.length;
        TransportPlan best = ExactTransportSolver.solve(z, mapped, Cost.HALF_SQUARED_EUCLIDEAN);
        if (best.totalCost() <= 0) {
            return pairing <= 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        return pairing / best.totalCost();
    }

    private static double cosine(double[] z, double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int k = 0; k < z.length; k++) {
            double u = a[k] - z[k];
            double v = b[k] - z[k];
            dot += u * v;
            na += u * u;
            nb += v * v;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
