package org.lsotexplorer.engine.images;

/**
 * The trained image model of a run: an encoder to the latent space and a decoder back. Images are CHW rows in
 * [0, 1]; codes are {@code double[d]} in the model's own latent coordinates (before standardization).
 */
interface ImageCodec {
    /** One optimiser step on a batch; returns the loss before the step. */
    double trainBatch(float[][] images);

    double[][] encode(float[][] images);

    float[][] decode(double[][] codes);

    int latentDim();

    /** Frees the model's parameters and optimizer state now; the codec must not be used afterwards. Idempotent. */
    void close();
}
