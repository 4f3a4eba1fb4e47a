package org.lsotexplorer.math.metrics;

/**
 * Mode metrics for targets with known modes (the VEEGAN / PacGAN protocol, method.md section 4):
 * <ul>
 *   <li>high quality: a sample within 3 std of its nearest mode;</li>
 *   <li>modes covered: modes that are the nearest mode of at least one high-quality sample;</li>
 *   <li>mass balance: {@code max_k |share_k - 1/K|}, where {@code share_k} is the fraction of all samples whose
 *       nearest mode is {@code k}.</li>
 * </ul>
 *
 * @param highQualityFraction in [0, 1]
 * @param modesCovered 0..K
 * @param massBalance in [0, 1 - 1/K]
 * @param shares per-mode fraction of samples
 */
public record ModeMetrics(double highQualityFraction, int modesCovered, double massBalance, double[] shares) {

    /** Evaluates mapped samples against the modes; needs at least one sample. */
    public static ModeMetrics of(double[][] samples, ModeSet modes) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("mode metrics need at least one sample");
        }
        int k = modes.count();
        int[] nearest = new int[k];
        boolean[] covered = new boolean[k];
        int highQuality = 0;
        for (double[] s : samples) {
            int m = modes.nearest(s);
            nearest[m]++;
            if (modes.distance(s, m) <= 3 * modes.std()) {
                highQuality++;
                covered[m] = true;
            }
        }
        double[] shares = new double[k];
        double balance = 0;
        int coveredCount = 0;
        for (int m = 0; m < k; m++) {
            shares[m] = (double) nearest[m] / samples.length;
            balance = Math.max(balance, Math.abs(shares[m] - 1.0 / k));
            coveredCount += covered[m] ? 1 : 0;
        }
        return new ModeMetrics((double) highQuality / samples.length, coveredCount, balance, shares);
    }
}
