package org.lsotexplorer.engine;

/**
 * One explained phase of a training step, for the window's "Explain" mode: a title, a caption saying what just
 * happened, and the points it is about (interleaved x,y floats of the first two coordinates), in up to two groups.
 *
 * @param primary points of the first group (may be empty)
 * @param primaryLabel what they are
 * @param secondary points of the second group (may be empty)
 * @param secondaryLabel what they are
 * @param singularSet whether the phase is about the singular set (the view turns that layer on)
 */
public record ExplainedPhase(String title, String caption, float[] primary, String primaryLabel, float[] secondary,
                             String secondaryLabel, boolean singularSet) {
    public ExplainedPhase {
        primary = primary == null ? new float[0] : primary;
        secondary = secondary == null ? new float[0] : secondary;
        primaryLabel = primaryLabel == null ? "" : primaryLabel;
        secondaryLabel = secondaryLabel == null ? "" : secondaryLabel;
    }
}
