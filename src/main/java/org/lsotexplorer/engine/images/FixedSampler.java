package org.lsotexplorer.engine.images;

import java.util.Map;

/** A {@link LatentSampler} with nothing to train (the VAE's prior, a map read back from a run folder). */
interface FixedSampler extends LatentSampler {
    @Override
    default int totalSteps() {
        return 0;
    }

    @Override
    default int completedSteps() {
        return 0;
    }

    @Override
    default Map<String, Double> step() {
        return Map.of();
    }
}
