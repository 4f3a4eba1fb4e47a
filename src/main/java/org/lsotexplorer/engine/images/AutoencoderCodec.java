package org.lsotexplorer.engine.images;

import org.lsotexplorer.engine.NdArrays;
import org.lsotexplorer.model.ConvAutoencoder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;

/** The convolutional autoencoder (SameDiff) as the run's {@link ImageCodec}. */
final class AutoencoderCodec implements ImageCodec {
    private final ConvAutoencoder model;

    AutoencoderCodec(ConvAutoencoder model) {
        this.model = model;
    }

    @Override
    public double trainBatch(float[][] images) {
        return model.fitBatch(images);
    }

    @Override
    public double[][] encode(float[][] images) {
        return NdArrays.rows(model.encode(batch(images, model.options().channels(), model.options().imageSize())));
    }

    @Override
    public float[][] decode(double[][] codes) {
        return imageRows(model.decode(NdArrays.matrix(codes)));
    }

    @Override
    public int latentDim() {
        return model.latentDim();
    }

    void save(Path file) throws IOException {
        model.save(file);
    }

    /** CHW rows as a float {@code [n, c*s*s]} array. */
    static INDArray batch(float[][] images, int channels, int size) {
        return Nd4j.createFromArray(images).castTo(DataType.FLOAT).reshape('c', images.length,
                (long) channels * size * size);
    }

    /** {@code [n, C, S, S]} images as CHW float rows. */
    static float[][] imageRows(INDArray images) {
        long n = images.size(0);
        return images.reshape('c', n, images.length() / n).castTo(DataType.FLOAT).toFloatMatrix();
    }

    @Override
    public void close() {
        model.close();
    }
}
