package org.lsotexplorer.math.metrics;

/**
 * Class coverage of generated images (method.md 4): a classifier assigns each generated digit a probability vector
 * over {@code K} classes; the prediction is the arg-max (lowest index on ties). From the predictions:
 * <ul>
 *   <li>the class histogram and its shares {@code p_k = count_k / n};</li>
 *   <li>classes covered: classes with {@code count_k >= max(1, ceil(0.1 n / K))}, i.e. at least a tenth of their
 *       uniform share, so that a single stray sample does not count as covering a class;</li>
 *   <li>{@code KL(p || uniform) = sum_k p_k ln(p_k K)} in nats ({@code 0 ln 0 = 0}): 0 for a perfectly even
 *       histogram, {@code ln K} when every sample falls in one class;</li>
 *   <li>the confident share: the fraction of samples whose largest probability is at least a confidence level.</li>
 * </ul>
 * Instances are immutable; arrays are copied out.
 */
public final class ClassCoverage {
    /** The usual confidence level for {@link #confidentShare()}. */
    public static final double DEFAULT_CONFIDENCE = 0.9;

    private static final double SUM_TOLERANCE = 1e-3;

    private final int[] histogram;
    private final int confident;

    private ClassCoverage(int[] histogram, int confident) {
        this.histogram = histogram;
        this.confident = confident;
    }

    /**
     * Evaluates classifier outputs.
     *
     * @param probabilities {@code n >= 1} rows, each a probability vector over the same {@code K >= 2} classes:
     *                      finite, non-negative, summing to 1 within {@code 1e-3}
     * @param confidence    the level for {@link #confidentShare()}, in {@code [0, 1]}
     * @throws IllegalArgumentException if any of these conditions fails
     */
    public static ClassCoverage of(double[][] probabilities, double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        if (probabilities == null || probabilities.length == 0) {
            throw new IllegalArgumentException("class coverage needs at least one probability vector");
        }
        int k = probabilities[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("class coverage needs at least 2 classes, got " + k);
        }
        int[] histogram = new int[k];
        int confident = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double[] row = probabilities[i];
            if (row.length != k) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " classes, expected " + k);
            }
            int arg = 0;
            double sum = 0;
            for (int c = 0; c < k; c++) {
                if (!Double.isFinite(row[c]) || row[c] < 0) {
                    throw new IllegalArgumentException("row " + i + ", class " + c + ": " + row[c]
                            + " is not a probability");
                }
                sum += row[c];
                if (row[c] > row[arg]) {
                    arg = c;
                }
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("row " + i + " sums to " + sum + ", not 1");
            }
            histogram[arg]++;
            if (row[arg] >= confidence) {
                confident++;
            }
        }
        return new ClassCoverage(histogram, confident);
    }

    /** {@link #of(double[][], double)} at {@link #DEFAULT_CONFIDENCE}. */
    public static ClassCoverage of(double[][] probabilities) {
        return of(probabilities, DEFAULT_CONFIDENCE);
    }

    /** Number of samples predicted as each class. */
    public int[] histogram() {
        return histogram.clone();
    }

    /** {@code p_k = count_k / n}. */
    public double[] shares() {
        double[] p = new double[histogram.length];
        for (int c = 0; c < p.length; c++) {
            p[c] = (double) histogram[c] / sampleCount();
        }
        return p;
    }

    /** The number of samples {@code n}. */
    public int sampleCount() {
        int n = 0;
        for (int count : histogram) {
            n += count;
        }
        return n;
    }

    /** The number of classes {@code K}. */
    public int classCount() {
        return histogram.length;
    }

    /** Classes with at least {@code max(1, ceil(0.1 n / K))} predictions. */
    public int classesCovered() {
        long needed = Math.max(1, (long) Math.ceil(sampleCount() / (10.0 * histogram.length)));
        int covered = 0;
        for (int count : histogram) {
            if (count >= needed) {
                covered++;
            }
        }
        return covered;
    }

    /** {@code KL(p || uniform) = sum_k p_k ln(p_k K)}, in nats, in {@code [0, ln K]}. */
    public double klToUniform() {
        double kl = 0;
        for (double p : shares()) {
            if (p > 0) {
                kl += p * Math.log(p * histogram.length);
            }
        }
        return Math.max(0, kl);
    }

    /** The fraction of samples whose largest probability reached the confidence level. */
    public double confidentShare() {
        return (double) confident / sampleCount();
    }
}
