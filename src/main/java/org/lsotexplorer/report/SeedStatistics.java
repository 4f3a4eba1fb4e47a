package org.lsotexplorer.report;

import java.util.List;

/**
 * Mean and spread of one metric over the seeds of a preset and solver: {@code mean = (1/k) sum x_i} and the sample
 * standard deviation {@code std = sqrt(sum (x_i - mean)^2 / (k - 1))} over the {@code k} seeds where the metric is a
 * finite number. {@code mean} is NaN when {@code k = 0}, {@code std} when {@code k < 2}.
 *
 * @param count the number {@code k} of finite values
 */
public record SeedStatistics(double mean, double std, int count) {
    /** The statistics of the finite values among {@code values} (NaN and infinities are left out). */
    public static SeedStatistics of(List<Double> values) {
        double sum = 0;
        int k = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                sum += v;
                k++;
            }
        }
        if (k == 0) {
            return new SeedStatistics(Double.NaN, Double.NaN, 0);
        }
        double mean = sum / k;
        if (k < 2) {
            return new SeedStatistics(mean, Double.NaN, 1);
        }
        double squares = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new SeedStatistics(mean, Math.sqrt(squares / (k - 1)), k);
    }
}
