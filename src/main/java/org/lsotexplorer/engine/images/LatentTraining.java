package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.ImageDataset;

import java.util.SplittableRandom;

/** Mini-batch training of the image model over shuffled epochs, one batch per {@link #step()}. */
final class LatentTraining {
    private final ImageCodec codec;
    private final ImageDataset train;
    private final int batchSize;
    private final int epochs;
    private final int batchesPerEpoch;
    private final SplittableRandom rng;
    private int[] order;
    private int epoch;
    private int batch;

    LatentTraining(ImageCodec codec, ImageDataset train, int batchSize, int epochs, SplittableRandom rng) {
        this.codec = codec;
        this.train = train;
        this.batchSize = Math.min(batchSize, train.count());
        this.epochs = epochs;
        this.batchesPerEpoch = (train.count() + this.batchSize - 1) / this.batchSize;
        this.rng = rng;
        this.order = CodeSample.permutation(train.count(), rng);
    }

    /** One batch; returns the loss before the step. */
    double step() {
        int from = batch * batchSize;
        int to = Math.min(train.count(), from + batchSize);
        int[] idx = java.util.Arrays.copyOfRange(order, from, to);
        double loss = codec.trainBatch(PixelLayout.chwRows(train, idx));
        if (!Double.isFinite(loss)) {
            throw new org.lsotexplorer.engine.TrainingDivergedException("autoencoder loss is not finite at epoch "
                    + (epoch + 1) + ", batch " + (batch + 1) + "; lower the learning rate or reset the run");
        }
        batch++;
        if (batch == batchesPerEpoch) {
            batch = 0;
            epoch++;
            order = CodeSample.permutation(train.count(), rng);
        }
        return loss;
    }

    int epoch() {
        return epoch;
    }

    int completedSteps() {
        return epoch * batchesPerEpoch + batch;
    }

    int totalSteps() {
        return epochs * batchesPerEpoch;
    }

    boolean isDone() {
        return epoch >= epochs;
    }
}
