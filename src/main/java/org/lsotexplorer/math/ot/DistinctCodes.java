package org.lsotexplorer.math.ot;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Codes with exact duplicates merged: a target sampled with replacement (a CSV of few points) repeats codes, and two
 * equal codes would share one Laguerre cell. Each group of equal codes becomes one code at its first (lowest)
 * index, carrying the sum of the group's weights. Heights solved for the groups expand back to every code: equal
 * codes get equal heights, and the arg-max's tie rule (lowest index) sends the whole cell to the first of them, so
 * {@code T} is unchanged. Immutable.
 */
final class DistinctCodes {
    final double[][] codes;      // one per group
    final double[] weights;      // summed per group (normalised)
    final int[] groupOf;         // original index -> group

    DistinctCodes(double[][] all, double[] weights) {
        double[] w = LaguerreDiagram.normalisedWeights(weights, all.length);
        Map<String, Integer> seen = new HashMap<>();
        groupOf = new int[all.length];
        double[][] unique = new double[all.length][];
        double[] summed = new double[all.length];
        int m = 0;
        for (int j = 0; j < all.length; j++) {
            String key = Arrays.toString(all[j]);
            Integer g = seen.get(key);
            if (g == null) {
                g = m++;
                seen.put(key, g);
                unique[g] = all[j].clone();
            }
            groupOf[j] = g;
            summed[g] += w[j];
        }
        this.codes = Arrays.copyOf(unique, m);
        this.weights = Arrays.copyOf(summed, m);
    }

    boolean merged() {
        return codes.length < groupOf.length;
    }

    /** Per-group values (heights, start heights) taken from each group's first code. */
    double[] toGroups(double[] perCode) {
        double[] g = new double[codes.length];
        for (int j = groupOf.length - 1; j >= 0; j--) {
            g[groupOf[j]] = perCode[j];
        }
        return g;
    }

    /** Per-code values from per-group ones. */
    double[] toCodes(double[] perGroup) {
        double[] v = new double[groupOf.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = perGroup[groupOf[j]];
        }
        return v;
    }
}
