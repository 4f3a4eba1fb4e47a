package org.lsotexplorer.engine;

import org.lsotexplorer.math.SplitMix;

/**
 * Draws mini-batches of code indices without replacement (partial Fisher-Yates over a reused permutation). Its state
 * (the permutation and the generator) can be captured and restored exactly for checkpoints.
 */
final class CodeBatches {
    private final int[] perm;
    private final SplitMix rng;

    CodeBatches(int codeCount, SplitMix rng) {
        this.perm = new int[codeCount];
        for (int i = 0; i < codeCount; i++) {
            perm[i] = i;
        }
        this.rng = rng;
    }

    private CodeBatches(int[] perm, SplitMix rng) {
        this.perm = perm;
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

    /** Writes this sampler's state into {@code c} under {@code name} (a copy). */
    void captureInto(SolverCheckpoint.Builder c, String name) {
        c.indices(name, perm.clone()).generator(name, rng);
    }

    /** The sampler in the state {@link #captureInto} wrote under {@code name}. */
    static CodeBatches restore(SolverCheckpoint c, String name, int codeCount) {
        int[] p = c.indices(name);
        if (p.length != codeCount) {
            throw new IllegalArgumentException("checkpoint batch permutation has " + p.length + " entries, the run has "
                    + codeCount + " codes");
        }
        return new CodeBatches(p.clone(), c.generator(name));
    }
}
