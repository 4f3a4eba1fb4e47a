package org.lsotexplorer.engine;

/**
 * Metrics as the live panel shows them: an estimate on a small sample while training runs, or the run's final
 * evaluation (the very numbers of {@code metrics.json}) once it is done.
 *
 * @param metrics the values
 * @param step the step they describe
 * @param isFinal true for the final evaluation
 * @param mapSamples source samples behind the map metrics (W2, L2-UVP, cosine)
 */
public record LiveMetrics(RunMetrics metrics, int step, boolean isFinal, int mapSamples) {
}
