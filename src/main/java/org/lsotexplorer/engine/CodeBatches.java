package org.lsotexplorer.engine;

import java.util.random.RandomGenerator;

/**
 * Draws mini-batches of code indices: without replacement (partial Fisher-Yates over a reused permutation) when
 * the codes weigh the same, so a batch's mean is the uniform target's; with replacement, index j with
 * probability {@code nu_j}, when they carry weights, so a batch's mean estimates {@code sum_j nu_j g_j}.
 */
final class CodeBatches {
    private final int[] perm;
    private final double[] cumulative;     // running sums of nu, or null when uniform
    private final RandomGenerator rng;

    CodeBatches(int codeCount, RandomGenerator rng) {
        this(codeCount, null, rng);
    }

    /** @param weights normalised {@code nu}, or null for uniform */
    CodeBatches(int codeCount, double[] weights, RandomGenerator rng) {
        this.perm = new int[codeCount];
        for (int i = 0; i < codeCount; i++) {
            perm[i] = i;
        }
        if (weights != null) {
            cumulative = new double[codeCount];
            double run = 0;
            for (int i = 0; i < codeCount; i++) {
                run += weights[i];
                cumulative[i] = run;
            }
        } else {
            cumulative = null;
        }
        this.rng = rng;
    }

    /** {@code k} indices: distinct (k clipped to the code count) when uniform, drawn by weight otherwise. */
    int[] next(int k) {
        if (cumulative != null) {
            int[] out = new int[k];
            double total = cumulative[cumulative.length - 1];
            for (int i = 0; i < k; i++) {
                int at = java.util.Arrays.binarySearch(cumulative, rng.nextDouble() * total);
                out[i] = Math.min(at >= 0 ? at + 1 : -at - 1, cumulative.length - 1);
            }
            return out;
        }
        int size = Math.min(k, perm.length);
        for (int i = 0; i < size; i++) {
            int j = i + rng.nextInt(perm.length - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = new int[size];
        System.arraycopy(perm, 0, out, 0, size);
        return out;
    }
}
