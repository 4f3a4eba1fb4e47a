package org.lsotexplorer.math.metrics;

/**
 * The known modes of a mixture target (eight Gaussians, 25 Gaussians) and their common standard deviation,
 * used by the VEEGAN/PacGAN mode metrics of method.md section 4.
 *
 * @param centres the mode centres, one row each (at least one)
 * @param std the per-coordinate standard deviation of every mode (&gt; 0)
 */
public record ModeSet(double[][] centres, double std) {
    public ModeSet {
        if (centres == null || centres.length == 0) {
            throw new IllegalArgumentException("a mode set needs at least one centre");
        }
        if (!(std > 0) || !Double.isFinite(std)) {
            throw new IllegalArgumentException("mode std must be positive, got " + std);
        }
        centres = centres.clone();
    }

    public int count() {
        return centres.length;
    }

    /** Index of the mode nearest to {@code p} (Euclidean). */
    public int nearest(double[] p) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = 0; k < centres.length; k++) {
            double d = 0;
            for (int c = 0; c < p.length; c++) {
                double t = p[c] - centres[k][c];
                d += t * t;
            }
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    /** Euclidean distance from {@code p} to mode {@code k}. */
    public double distance(double[] p, int k) {
        double d = 0;
        for (int c = 0; c < p.length; c++) {
            double t = p[c] - centres[k][c];
            d += t * t;
        }
        return Math.sqrt(d);
    }
}
