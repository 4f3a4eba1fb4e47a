package org.lsotexplorer.math.metrics;

/**
 * Pixel-wise reconstruction quality for images with values in {@code [0, 1]}: the mean squared error and the
 * peak signal-to-noise ratio {@code PSNR = 10 log10(1 / MSE)} in decibels (peak value 1).
 */
public final class ImageQuality {
    private ImageQuality() {
    }

    /**
     * The mean of {@code (a - b)^2} over all values (accumulated in double). Rows are usually images and columns
     * pixels, but only the shapes matter.
     *
     * @throws IllegalArgumentException if either array is empty or the shapes differ
     */
    public static double meanSquaredError(float[][] a, float[][] b) {
        if (a == null || b == null || a.length == 0) {
            throw new IllegalArgumentException("mean squared error needs at least one row");
        }
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " rows against " + b.length);
        }
        double sum = 0;
        long count = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != b[i].length) {
                throw new IllegalArgumentException("row " + i + ": " + a[i].length + " values against "
                        + b[i].length);
            }
            for (int j = 0; j < a[i].length; j++) {
                double d = (double) a[i][j] - b[i][j];
                sum += d * d;
            }
            count += a[i].length;
        }
        if (count == 0) {
            throw new IllegalArgumentException("mean squared error needs at least one value");
        }
        return sum / count;
    }

    /**
     * {@code 10 log10(1 / mse)} in dB for unit-range pixels; {@code +Infinity} for {@code mse == 0}.
     *
     * @throws IllegalArgumentException if {@code mse} is negative or NaN
     */
    public static double psnr(double mse) {
        if (!(mse >= 0)) {
            throw new IllegalArgumentException("mean squared error must be >= 0, got " + mse);
        }
        return mse == 0 ? Double.POSITIVE_INFINITY : -10 * Math.log10(mse);
    }
}
