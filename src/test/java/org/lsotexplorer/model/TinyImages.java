package org.lsotexplorer.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small deterministic synthetic image batches for the model tests. */
final class TinyImages {
    private TinyImages() {
    }

    /** {@code n} images {@code [n, c, s, s]}: a soft bright square at a seeded position on a dark background. */
    static INDArray blobs(int n, int c, int s, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n * c * s * s];
        for (int i = 0; i < n; i++) {
            int cx = r.nextInt(s / 4, 3 * s / 4);
            int cy = r.nextInt(s / 4, 3 * s / 4);
            int half = Math.max(1, s / 8 + r.nextInt(2));
            for (int ch = 0; ch < c; ch++) {
                float level = 0.6f + 0.4f * ch / Math.max(1, c - 1);
                for (int y = 0; y < s; y++) {
                    for (int x = 0; x < s; x++) {
                        boolean in = Math.abs(x - cx) <= half && Math.abs(y - cy) <= half;
                        v[((i * c + ch) * s + y) * s + x] = in ? level : 0.05f;
                    }
                }
            }
        }
        return Nd4j.createFromArray(v).reshape('c', n, c, s, s);
    }

    /** {@code n} images where class 0 has a bright left half and class 1 a bright right half; labels alternate. */
    static INDArray halves(int n, int s, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n * s * s];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < s; y++) {
                for (int x = 0; x < s; x++) {
                    boolean bright = (i % 2 == 0) == (x < s / 2);
                    v[(i * s + y) * s + x] = (float) ((bright ? 0.7 : 0.1) + 0.2 * r.nextDouble());
                }
            }
        }
        return Nd4j.createFromArray(v).reshape('c', n, 1, s, s);
    }
}
