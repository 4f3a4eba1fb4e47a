package org.lsotexplorer.engine.images;

import org.lsotexplorer.engine.NdArrays;
import org.lsotexplorer.model.VariationalAutoencoder;

/** The VAE baseline as the run's {@link ImageCodec}: its codes are the posterior means. */
final class VaeCodec implements ImageCodec {
    private final VariationalAutoencoder model;

    VaeCodec(VariationalAutoencoder model) {
        this.model = model;
    }

    @Override
    public double trainBatch(float[][] images) {
        return model.fitBatch(images).negativeElbo();
    }

    @Override
    public double[][] encode(float[][] images) {
        return NdArrays.rows(model.encodeMean(AutoencoderCodec.batch(images, model.options().channels(),
                model.options().imageSize())));
    }

    @Override
    public float[][] decode(double[][] codes) {
        return AutoencoderCodec.imageRows(model.decode(NdArrays.matrix(codes)));
    }

    @Override
    public int latentDim() {
        return model.options().latentDim();
    }

    @Override
    public void close() {
        model.close();
    }
}
