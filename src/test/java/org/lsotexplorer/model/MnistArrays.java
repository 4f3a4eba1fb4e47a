package org.lsotexplorer.model;

import java.io.IOException;
import java.nio.file.Path;
import org.lsotexplorer.data.ImageDataset;
import org.lsotexplorer.data.MnistFolder;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Real MNIST from /work/shared/data/mnist as float arrays, for the slow tests and benchmarks. */
final class MnistArrays {
    static final Path DIR = Path.of(System.getProperty("lsot.mnist", "/work/shared/data/mnist"));

    final float[] pixels;
    final int[] labels;
    final int count;

    private MnistArrays(ImageDataset data, int limit) {
        count = Math.min(limit, data.count());
        pixels = new float[count * 784];
        labels = new int[count];
        for (int i = 0; i < count; i++) {
            data.copyAsFloats(i, pixels, i * 784); // grey: HWC == CHW
            labels[i] = data.label(i);
        }
    }

    static MnistArrays load(boolean train, int limit) throws IOException {
        return new MnistArrays(MnistFolder.open(DIR, train), limit);
    }

    /** Images {@code order[from..to)} as {@code [n, 1, 28, 28]}. */
    INDArray images(int[] order, int from, int to) {
        float[] v = new float[(to - from) * 784];
        for (int i = from; i < to; i++) {
            System.arraycopy(pixels, order[i] * 784, v, (i - from) * 784, 784);
        }
        return Nd4j.createFromArray(v).reshape('c', to - from, 1, 28, 28);
    }

    int[] labels(int[] order, int from, int to) {
        int[] l = new int[to - from];
        for (int i = from; i < to; i++) {
            l[i - from] = labels[order[i]];
        }
        return l;
    }

    /** All images in order. */
    INDArray all() {
        return Nd4j.createFromArray(pixels).reshape('c', count, 1, 28, 28);
    }

    /** A seeded permutation of {@code 0..count-1} (Fisher-Yates). */
    int[] shuffled(long seed) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = count - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
