package org.lsotexplorer.engine.images;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded index samples: shuffles, and the fixed subset of codes the transport map targets. */
final class CodeSample {
    private CodeSample() {
    }

    /** A uniformly random permutation of {@code 0..n-1} (Fisher-Yates). */
    static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** {@code min(k, n)} distinct indices of {@code 0..n-1}, chosen uniformly and returned in increasing order. */
    static int[] indices(int n, int k, SplittableRandom rng) {
        if (k >= n) {
            return permutationSorted(n);
        }
        int[] chosen = Arrays.copyOf(permutation(n, rng), k);
        Arrays.sort(chosen);
        return chosen;
    }

    private static int[] permutationSorted(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }
}
