package org.lsotexplorer.live;

/**
 * A colour range that stays put between frames: it grows to take in new values at once but shrinks only when the
 * field's own range has become less than {@link #SHRINK} of it. Colours (and the colour bar's width) therefore do not flicker
 * while training, yet follow a field that really changes scale.
 */
public final class ColorRangeTracker {
    /** Refit once the field spans less than this share of the range drawn. */
    public static final double SHRINK = 0.7;
    private double lo = Double.NaN;
    private double hi = Double.NaN;

    /**
     * Folds in a frame's finite range {@code {lo, hi}} and returns the range to draw with, or null when the frame
     * has no finite value.
     */
    public double[] update(double[] frame) {
        if (frame == null || !Double.isFinite(frame[0]) || !Double.isFinite(frame[1])) {
            return Double.isNaN(lo) ? null : new double[] {lo, hi};
        }
        double flo = frame[0];
        double fhi = frame[1] > frame[0] ? frame[1] : frame[0] + 1e-9;
        if (Double.isNaN(lo) || (fhi - flo) < SHRINK * (hi - lo)) {
            double pad = 0.02 * (fhi - flo);
            lo = flo - pad;
            hi = fhi + pad;
        } else {
            lo = Math.min(lo, flo);
            hi = Math.max(hi, fhi);
        }
        return new double[] {lo, hi};
    }

    /** Forgets the range (a new run). */
    public void clear() {
        lo = Double.NaN;
        hi = Double.NaN;
    }
}
