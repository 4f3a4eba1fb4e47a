package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.ImageDataset;
import org.lsotexplorer.math.metrics.ClassCoverage;
import org.lsotexplorer.math.metrics.ImageQuality;
import org.lsotexplorer.model.FrechetDistance;
import org.lsotexplorer.model.NearestImages;

/** Computes {@link ImageMetrics} for a finished {@link ImageExperiment} on seeded samples. */
public final class ImageEvaluation {
    /** Held-out images used for reconstruction error, classifier FD and the novelty baseline (at most). */
    static final int HELD_OUT_LIMIT = 10_000;
    /** Generated and held-out images whose nearest training image is searched (at most). */
    static final int NOVELTY_LIMIT = 1000;
    private static final int CHUNK = 500;

    private ImageEvaluation() {
    }

    /** The noise seed of a run's evaluation, so the CLI and the window report the same numbers. */
    public static long seedFor(ImageRunSettings s) {
        return s.seed() + 1;
    }

    /** The metrics of {@code e} on {@code e.settings().sampleCount()} images generated from noise seeded by {@code seed}. */
    public static ImageMetrics evaluate(ImageExperiment e, long seed) {
        ImageDataset heldOut = e.data().heldOut();
        int h = Math.min(HELD_OUT_LIMIT, heldOut.count());
        float[][] real = PixelLayout.chwRows(heldOut, 0, h);
        float[][] rebuilt = reconstruct(e, real);
        double mse = ImageQuality.meanSquaredError(real, rebuilt);
        float[][] generated = generate(e, e.settings().sampleCount(), seed);

        Integer covered = null;
        Double kl = null;
        Double confident = null;
        int[] histogram = null;
        Double fd = null;
        Double accuracy = null;
        MetricsClassifier c = e.classifier();
        if (c != null && c.isDone()) {
            ClassCoverage coverage = ClassCoverage.of(c.probabilities(generated), ClassCoverage.DEFAULT_CONFIDENCE);
            covered = coverage.classesCovered();
            kl = coverage.klToUniform();
            confident = coverage.confidentShare();
            histogram = coverage.histogram();
            fd = FrechetDistance.between(c.features(generated), c.features(real));
            int[] labels = new int[h];
            for (int i = 0; i < h; i++) {
                labels[i] = heldOut.label(i);
            }
            accuracy = c.accuracy(real, labels);
        }
        NearestImages train = e.trainingIndex();
        double[] genDist = train.nearest(head(generated, NOVELTY_LIMIT)).distance();
        double[] realDist = train.nearest(head(real, NOVELTY_LIMIT)).distance();
        return new ImageMetrics(mse, ImageQuality.psnr(mse), covered, kl, confident, histogram, fd,
                NearestImages.noveltyRatio(genDist, realDist), mean(genDist), mean(realDist), accuracy, Double.NaN);
    }

    private static float[][] reconstruct(ImageExperiment e, float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int s = 0; s < rows.length; s += CHUNK) {
            int end = Math.min(rows.length, s + CHUNK);
            float[][] part = e.reconstructRows(java.util.Arrays.copyOfRange(rows, s, end));
            System.arraycopy(part, 0, out, s, part.length);
        }
        return out;
    }

    /** {@code n} generated images (CHW rows) from noise seeded by {@code seed}. */
    static float[][] generate(ImageExperiment e, int n, long seed) {
        double[][] z = e.noise(n, seed);
        float[][] out = new float[n][];
        for (int s = 0; s < n; s += CHUNK) {
            int end = Math.min(n, s + CHUNK);
            float[][] part = e.generateRows(java.util.Arrays.copyOfRange(z, s, end));
            System.arraycopy(part, 0, out, s, part.length);
        }
        return out;
    }

    private static float[][] head(float[][] rows, int n) {
        return rows.length <= n ? rows : java.util.Arrays.copyOf(rows, n);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
