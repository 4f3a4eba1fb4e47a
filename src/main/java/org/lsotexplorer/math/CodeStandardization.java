package org.lsotexplorer.math;

/**
 * The affine standardization of autoencoder codes before transport (method.md): subtract the per-coordinate mean
 * {@code m}, then divide by one global standard deviation
 * <pre>
 *   sigma = sqrt( (1 / (n d)) sum_i sum_j (y_ij - m_j)^2 ),
 * </pre>
 * so {@code s = (y - m) / sigma}. One scalar (not one per coordinate) keeps the relative scale of the latent axes,
 * so squared distances between codes are only rescaled. {@link #undo} maps standardized codes back before
 * decoding. Instances are immutable; the mean is copied in and out.
 */
public final class CodeStandardization {
    private final double[] mean;
    private final double std;

    private CodeStandardization(double[] mean, double std) {
        this.mean = mean;
        this.std = std;
    }

    /** The identity map (mean 0, std 1) for codes that are already standard, e.g. a VAE's prior space. */
    public static CodeStandardization identity(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
        }
        return new CodeStandardization(new double[dimension], 1);
    }

    /**
     * A standardization saved earlier (a run folder's {@code mean} and {@code std}); the mean is copied.
     *
     * @throws IllegalArgumentException for an empty or non-finite mean, or a std that is not finite and positive
     */
    public static CodeStandardization of(double[] mean, double std) {
        if (mean == null || mean.length < 1) {
            throw new IllegalArgumentException("the mean needs at least one coordinate");
        }
        for (double m : mean) {
            if (!Double.isFinite(m)) {
                throw new IllegalArgumentException("the mean has a non-finite coordinate (" + m + ")");
            }
        }
        if (!(std > 0) || !Double.isFinite(std)) {
            throw new IllegalArgumentException("the std must be finite and positive, got " + std);
        }
        return new CodeStandardization(mean.clone(), std);
    }

    /**
     * Fits the mean and the global std of {@code codes} ({@code n >= 1} rows of equal dimension {@code d >= 1}).
     *
     * @throws IllegalArgumentException for empty input, ragged rows, non-finite values, or codes that are all
     *                                  identical (std 0)
     */
    public static CodeStandardization fit(double[][] codes) {
        int d = PointClouds.requireValid(codes, "codes");
        double[] m = PointClouds.mean(codes);
        double sumSquares = 0;
        for (double[] row : codes) {
            for (int j = 0; j < d; j++) {
                double c = row[j] - m[j];
                sumSquares += c * c;
            }
        }
        double std = Math.sqrt(sumSquares / ((double) codes.length * d));
        if (!(std > 0) || !Double.isFinite(std)) {
            throw new IllegalArgumentException("codes have standard deviation " + std
                    + " (all codes identical?); cannot standardize");
        }
        return new CodeStandardization(m, std);
    }

    /** The standardized rows {@code (y - mean) / std}, as new arrays. */
    public double[][] apply(double[][] y) {
        double[][] s = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            s[i] = apply(y[i]);
        }
        return s;
    }

    /** The standardized point {@code (y - mean) / std}, as a new array. */
    public double[] apply(double[] y) {
        requireDimension(y);
        double[] s = new double[mean.length];
        for (int j = 0; j < s.length; j++) {
            s[j] = (y[j] - mean[j]) / std;
        }
        return s;
    }

    /** The original-scale rows {@code mean + std * s}, as new arrays. */
    public double[][] undo(double[][] s) {
        double[][] y = new double[s.length][];
        for (int i = 0; i < s.length; i++) {
            y[i] = undo(s[i]);
        }
        return y;
    }

    /** The original-scale point {@code mean + std * s}, as a new array. */
    public double[] undo(double[] s) {
        requireDimension(s);
        double[] y = new double[mean.length];
        for (int j = 0; j < y.length; j++) {
            y[j] = mean[j] + std * s[j];
        }
        return y;
    }

    /** A copy of the per-coordinate mean. */
    public double[] mean() {
        return mean.clone();
    }

    /** The global standard deviation ({@code > 0}). */
    public double std() {
        return std;
    }

    /** The code dimension {@code d}. */
    public int dimension() {
        return mean.length;
    }

    private void requireDimension(double[] p) {
        if (p.length != mean.length) {
            throw new IllegalArgumentException("point of dimension " + p.length + ", standardization fitted on "
                    + mean.length);
        }
    }
}
