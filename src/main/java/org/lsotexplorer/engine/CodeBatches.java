package org.lsotexplorer.engine;

import java.util.Arrays;
import org.lsotexplorer.math.SplitMix;

/**
 * Draws mini-batches of code indices: without replacement (partial Fisher-Yates over a reused permutation) when
 * the codes weigh the same, so a batch's mean is the uniform target's; with replacement, index j with
 * probability {@code nu_j}, when they carry weights, so a batch's mean estimates {@code sum_j nu_j g_j}. Its state
 * (the permutation and the generator) can be captured and restored exactly for checkpoints.
 */
final class CodeBatches {
    private final int[] perm;
    private final double[] cumulative;     // running sums of nu, or null when uniform
    private final SplitMix rng;

    CodeBatches(int codeCount, SplitMix rng) {
        this(codeCount, null, rng);
    }

    /** @param weights normalised {@code nu}, or null for uniform */
    CodeBatches(int codeCount, double[] weights, SplitMix rng) {
        this(identity(codeCount), weights, rng);
    }

    private CodeBatches(int[] perm, double[] weights, SplitMix rng) {
        this.perm = perm;
        this.cumulative = weights == null ? null : running(weights, perm.length);
        this.rng = rng;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    private static double[] running(double[] weights, int n) {
        if (weights.length != n) {
            throw new IllegalArgumentException(weights.length + " weights for " + n + " codes");
        }
        double[] c = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += weights[i];
            c[i] = s;
        }
        return c;
    }

    /** {@code k} indices: distinct (k clipped to the code count) when uniform, drawn by weight otherwise. */
    int[] next(int k) {
        if (cumulative != null) {
            int[] out = new int[k];
            double total = cumulative[cumulative.length - 1];
            for (int i = 0; i < k; i++) {
                int at = Arrays.binarySearch(cumulative, rng.nextDouble() * total);
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

    /** Writes this sampler's state into {@code c} under {@code name} (a copy). */
    void captureInto(SolverCheckpoint.Builder c, String name) {
        c.indices(name, perm.clone()).generator(name, rng);
    }

    /**
     * The sampler in the state {@link #captureInto} wrote under {@code name}.
     *
     * @param weights the run's normalised {@code nu}, or null for uniform
     */
    static CodeBatches restore(SolverCheckpoint c, String name, int codeCount, double[] weights) {
        int[] p = c.indices(name);
        if (p.length != codeCount) {
            throw new IllegalArgumentException("checkpoint batch permutation has " + p.length + " entries, the run has "
                    + codeCount + " codes");
        }
        return new CodeBatches(p.clone(), weights, c.generator(name));
    }
}
