package org.lsotexplorer.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one training step reports: its 1-based index, the phase it belongs to (e.g. {@code discriminator},
 * {@code refinement}) and named loss values in a stable order.
 */
public record StepResult(int step, String phase, Map<String, Double> losses) {
    public StepResult {
        losses = Collections.unmodifiableMap(new LinkedHashMap<>(losses));
    }

    /** Throws {@link TrainingDivergedException} when any loss is NaN or infinite. */
    public StepResult requireFinite() {
        for (Map.Entry<String, Double> e : losses.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw new TrainingDivergedException("step " + step + " (" + phase + "): " + e.getKey() + " became "
                        + e.getValue() + "; lower the learning rate or reset the run");
            }
        }
        return this;
    }
}
