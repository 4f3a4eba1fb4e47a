package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.ImageDataset;
import org.lsotexplorer.engine.NdArrays;
import org.lsotexplorer.model.DigitClassifier;
import org.lsotexplorer.model.DigitClassifierOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The small CNN that classifies digits for the MNIST metrics (method.md 4: class coverage and classifier FD).
 * Trained once on the labelled training images and cached in the {@link ModelStore}; a run that finds it cached
 * skips training.
 */
final class MetricsClassifier {
    private static final Logger LOG = Logger.getLogger(MetricsClassifier.class.getName());
    private static final int BATCH = 64;

    private final ImageDataset train;
    private final int epochs;
    private final ModelStore store;
    private final String key;
    private final SplittableRandom rng;
    private final int batches;
    private DigitClassifier model;
    private boolean fromCache;
    private int[] order;
    private int epoch;
    private int batch;

    MetricsClassifier(ImageDataset train, int epochs, long seed, ModelStore store) {
        this.train = train;
        this.epochs = epochs;
        this.store = store;
        this.key = "classifier|" + DigitClassifierOptions.mnist() + "|epochs=" + epochs + "|seed=" + seed + "|"
                + ModelStore.fingerprint(train);
        this.rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.batches = (train.count() + BATCH - 1) / BATCH;
        if (store != null && store.has("classifier", key)) {
            Path f = store.fileFor("classifier", key);
            try {
                DigitClassifier cached = DigitClassifier.load(f);
                if (cached.options().equals(DigitClassifierOptions.mnist())) {
                    model = cached;
                    fromCache = true;
                    epoch = epochs;
                } else {
                    LOG.warning("the cached classifier " + f + " was trained with " + cached.options()
                            + " but the metrics need " + DigitClassifierOptions.mnist() + "; training a new one");
                }
            } catch (IOException | RuntimeException e) {
                LOG.warning("ignoring the unreadable cached classifier " + f + ": " + e.getMessage());
            }
        }
    }

    /** A classifier trained earlier (a saved run's): done, never trained or cached again. */
    MetricsClassifier(DigitClassifier trained) {
        this.train = null;
        this.epochs = 0;
        this.store = null;
        this.key = "";
        this.rng = null;
        this.batches = 0;
        this.model = trained;
    }

    /** Writes the trained model in the network checkpoint format. */
    void saveTo(Path file) throws IOException {
        if (model == null || !isDone()) {
            throw new IllegalStateException("the classifier is not trained yet");
        }
        model.save(file);
    }

    boolean isDone() {
        return epoch >= epochs;
    }

    int epoch() {
        return Math.min(epochs, epoch + 1);
    }

    int completedSteps() {
        return epoch * batches + batch;
    }

    int totalSteps() {
        return epochs * batches;
    }

    void noteCacheUse(Consumer<String> log) {
        if (fromCache) {
            log.accept("reusing the cached MNIST classifier " + store.fileFor("classifier", key).getFileName());
        }
    }

    /** One mini-batch; saves the model to the store when the last one is done. */
    double step() {
        if (model == null) {
            model = new DigitClassifier(DigitClassifierOptions.mnist(), rng.nextLong());
        }
        if (order == null || batch == 0) {
            order = CodeSample.permutation(train.count(), rng);
        }
        int from = batch * BATCH;
        int[] idx = Arrays.copyOfRange(order, from, Math.min(train.count(), from + BATCH));
        int[] labels = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            labels[k] = train.label(idx[k]);
        }
        double loss = model.fitBatch(AutoencoderCodec.batch(PixelLayout.chwRows(train, idx), 1, 28), labels);
        batch++;
        if (batch == batches) {
            batch = 0;
            epoch++;
            if (isDone()) {
                save();
            }
        }
        return loss;
    }

    private void save() {
        if (store == null) {
            return;
        }
        try {
            model.save(store.prepare("classifier", key));
        } catch (IOException e) {
            LOG.warning("could not cache the classifier in " + store.directory() + ": " + e.getMessage());
        }
    }

    /** Class probabilities of CHW rows, {@code [n][10]}. */
    double[][] probabilities(float[][] rows) {
        return NdArrays.rows(model.predictProbabilities(AutoencoderCodec.batch(rows, 1, 28)));
    }

    /** The penultimate-layer features of CHW rows (for the classifier FD). */
    double[][] features(float[][] rows) {
        return NdArrays.rows(model.features(AutoencoderCodec.batch(rows, 1, 28)));
    }

    /** Accuracy on CHW rows with their labels. */
    double accuracy(float[][] rows, int[] labels) {
        return model.accuracy(AutoencoderCodec.batch(rows, 1, 28), labels);
    }

    /** Frees the classifier's parameters now; it must not be used afterwards. Idempotent. */
    void close() {
        if (model != null) {
            model.close();
        }
    }
}
