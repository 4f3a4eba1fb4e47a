package org.lsotexplorer.engine.images;

/** The VAE baseline's generation: its prior is {@code N(0, I)}, so the noise itself is decoded. */
final class PriorSampler implements FixedSampler {
    @Override
    public String phase() {
        return "prior";
    }

    @Override
    public double[][] sample(double[][] noise) {
        double[][] out = new double[noise.length][];
        for (int i = 0; i < noise.length; i++) {
            out[i] = noise[i].clone();
        }
        return out;
    }
}
