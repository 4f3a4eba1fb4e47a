package org.lsotexplorer.math;

/**
 * Small helpers on point clouds stored as {@code double[n][d]} (one row per point): validation, moments and
 * conversion to the interleaved float layout that snapshots and figures use.
 */
public final class PointClouds {
    private PointClouds() {
    }

    /**
     * Checks that a cloud is non-empty, rectangular and finite.
     *
     * @throws IllegalArgumentException naming the first offending row
     */
    public static int requireValid(double[][] points, String what) {
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        int d = points[0].length;
        if (d == 0) {
            throw new IllegalArgumentException(what + " has points of dimension 0");
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != d) {
                throw new IllegalArgumentException(what + ": point " + i + " has " + points[i].length
                        + " coordinates, expected " + d);
            }
            for (double v : points[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(what + ": point " + i + " is not finite (" + v + ")");
                }
            }
        }
        return d;
    }

    /** Column means. */
    public static double[] mean(double[][] points) {
        double[] m = new double[points[0].length];
        for (double[] p : points) {
            for (int k = 0; k < m.length; k++) {
                m[k] += p[k];
            }
        }
        for (int k = 0; k < m.length; k++) {
            m[k] /= points.length;
        }
        return m;
    }

    /** Total variance: {@code mean |x - mean|^2} (the trace of the covariance, population form). */
    public static double totalVariance(double[][] points) {
        double[] m = mean(points);
        double s = 0;
        for (double[] p : points) {
            for (int k = 0; k < m.length; k++) {
                double d = p[k] - m[k];
                s += d * d;
            }
        }
        return s / points.length;
    }

    /**
     * The unbiased sample covariance {@code (1/(n-1)) sum_i (x_i - mean)(x_i - mean)^T} about the given mean;
     * needs {@code n >= 2} points.
     */
    public static double[][] sampleCovariance(double[][] points, double[] mean) {
        if (points.length < 2) {
            throw new IllegalArgumentException("a sample covariance needs at least 2 points, got " + points.length);
        }
        int d = mean.length;
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (double[] p : points) {
            for (int k = 0; k < d; k++) {
                centred[k] = p[k] - mean[k];
            }
            for (int i = 0; i < d; i++) {
                double ci = centred[i];
                for (int j = i; j < d; j++) {
                    cov[i][j] += ci * centred[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                cov[i][j] /= points.length - 1;
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
    }

    /** The first two coordinates of each point, interleaved as {@code x0,y0,x1,y1,...} in float. */
    public static float[] toXy(double[][] points) {
        float[] xy = new float[points.length * 2];
        for (int i = 0; i < points.length; i++) {
            xy[2 * i] = (float) points[i][0];
            xy[2 * i + 1] = (float) (points[i].length > 1 ? points[i][1] : 0.0);
        }
        return xy;
    }

    /** The first {@code count} points of an interleaved {@code x0,y0,x1,y1,...} array, as 2-D rows in double. */
    public static double[][] fromXy(float[] xy, int count) {
        if (count < 0 || 2 * count > xy.length) {
            throw new IllegalArgumentException("asked for " + count + " points of an array of " + xy.length / 2);
        }
        double[][] out = new double[count][];
        for (int i = 0; i < count; i++) {
            out[i] = new double[] {xy[2 * i], xy[2 * i + 1]};
        }
        return out;
    }

    /** A deep copy. */
    public static double[][] copy(double[][] points) {
        double[][] c = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            c[i] = points[i].clone();
        }
        return c;
    }

    /** Rows {@code from..to-1} of a cloud (shared rows, not copied). */
    public static double[][] slice(double[][] points, int from, int to) {
        double[][] s = new double[to - from][];
        System.arraycopy(points, from, s, 0, to - from);
        return s;
    }
}
