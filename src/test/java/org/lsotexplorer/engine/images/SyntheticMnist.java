package org.lsotexplorer.engine.images;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A tiny MNIST stand-in for fast tests: real IDX files (raw) whose 28x28 "digit" of class k is a bright vertical
 * bar at column 3 + 2k over faint seeded noise, so an autoencoder and a classifier can learn it in a few batches.
 */
public final class SyntheticMnist {
    private SyntheticMnist() {
    }

    /** Writes {@code train-images-idx3-ubyte}, labels, and the t10k pair into {@code dir}; returns {@code dir}. */
    public static Path write(Path dir, int train, int test, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom r = new SplittableRandom(seed);
        writeSplit(dir, "train", train, r);
        writeSplit(dir, "t10k", test, r);
        return dir;
    }

    private static void writeSplit(Path dir, String prefix, int n, SplittableRandom r) throws IOException {
        ByteBuffer img = ByteBuffer.allocate(16 + n * 784);
        img.putInt(0x803).putInt(n).putInt(28).putInt(28);
        ByteBuffer lab = ByteBuffer.allocate(8 + n);
        lab.putInt(0x801).putInt(n);
        for (int i = 0; i < n; i++) {
            int k = i % 10;
            int col = 3 + 2 * k;
            int top = 4 + r.nextInt(4);
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    boolean bar = (x == col || x == col + 1) && y >= top && y < top + 18;
                    img.put((byte) (bar ? 200 + r.nextInt(56) : r.nextInt(20)));
                }
            }
            lab.put((byte) k);
        }
        Files.write(dir.resolve(prefix + "-images-idx3-ubyte"), img.array());
        Files.write(dir.resolve(prefix + "-labels-idx1-ubyte"), lab.array());
    }

    /** Small settings that finish in seconds on the synthetic set. */
    public static ImageRunSettings tinySettings(LatentGeneratorKind kind, long seed) {
        ImageRunSettings s = ImageRunSettings.defaults(ImagePreset.MNIST, kind, seed);
        return s.withAutoencoderEpochs(2).withCodeCount(120).withSampleCount(60).withGeneratorSteps(20)
                .withLsot(s.lsot().withDiscriminatorSteps(30).withBatchSize(64)
                        .withRefinement(s.lsot().refinement().withMaxIterations(5)));
    }
}
