package org.lsotexplorer.engine;

import java.util.random.RandomGenerator;

/** Draws mini-batches of code indices without replacement (partial Fisher-Yates over a reused permutation). */
final class CodeBatches {
    private final int[] perm;
    private final RandomGenerator rng;

    CodeBatches(int codeCount, RandomGenerator rng) {
        this.perm = new int[codeCount];
        for (int i = 0; i < codeCount; i++) {
            perm[i] = i;
        }
        this.rng = rng;
    }

    /** {@code k} distinct indices (k is clipped to the code count). */
    int[] next(int k) {
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
