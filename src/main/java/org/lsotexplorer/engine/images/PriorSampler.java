package org.lsotexplorer.engine.images;

import java.util.Map;

/** The VAE baseline's generation: its prior is {@code N(0, I)}, so the noise itself is decoded. */
final class PriorSampler implements LatentSampler {
    @Override
    public int totalSteps() {
        return 0;
    }

    @Override
    public int completedSteps() {
        return 0;
    }

    @Override
    public String phase() {
        return "prior";
    }

    @Override
    public Map<String, Double> step() {
        return Map.of();
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
