package org.lsotexplorer.engine.images;

import java.util.Map;

/**
 * Where an image run stands.
 *
 * @param phase       the current phase
 * @param detail      what is happening, e.g. "epoch 2 of 3" or "discriminator"
 * @param done        steps done in this phase
 * @param total       steps in this phase
 * @param etaSeconds  estimated seconds left in this phase (NaN when unknown)
 * @param losses      the last step's named losses
 */
public record ImageProgress(ImagePhase phase, String detail, int done, int total, double etaSeconds,
                            Map<String, Double> losses) {
    public ImageProgress {
        losses = Map.copyOf(losses);
    }

    /** Fraction of this phase done, in [0, 1]. */
    public double fraction() {
        return total <= 0 ? 1 : Math.min(1, done / (double) total);
    }
}
