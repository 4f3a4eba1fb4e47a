package org.lsotexplorer.math;

import java.util.Locale;

/**
 * Ground costs of method.md section 2.
 * <ul>
 *   <li>{@link #SQUARED_EUCLIDEAN}: {@code c2(z,y) = |z-y|^2 / 2} (quadratic cost, W2);</li>
 *   <li>{@link #EUCLIDEAN}: {@code c1(z,y) = |z-y|} (distance cost, W1).</li>
 * </ul>
 * Points are {@code double[]} of equal length; a length mismatch throws {@link IllegalArgumentException}.
 */
public enum Cost {
    SQUARED_EUCLIDEAN("sqeuclidean") {
        @Override
        public double between(double[] z, double[] y) {
            return 0.5 * squaredDistance(z, y);
        }
    },
    EUCLIDEAN("euclidean") {
        @Override
        public double between(double[] z, double[] y) {
            return Math.sqrt(squaredDistance(z, y));
        }
    };

    private final String cliName;

    Cost(String cliName) {
        this.cliName = cliName;
    }

    /** The cost between two points of equal dimension. */
    public abstract double between(double[] z, double[] y);

    /** The name used on the command line and in manifests ({@code sqeuclidean} or {@code euclidean}). */
    public String cliName() {
        return cliName;
    }

    /** Dense cost matrix {@code C[i][j] = cost(source[i], target[j])}. */
    public double[][] matrix(double[][] source, double[][] target) {
        double[][] c = new double[source.length][target.length];
        for (int i = 0; i < source.length; i++) {
            for (int j = 0; j < target.length; j++) {
                c[i][j] = between(source[i], target[j]);
            }
        }
        return c;
    }

    /** Parses {@code sqeuclidean} / {@code euclidean} (case-insensitive). */
    public static Cost parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Cost c : values()) {
            if (c.cliName.equals(n)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cost '" + name + "' (expected sqeuclidean or euclidean)");
    }

    static double squaredDistance(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimension mismatch: " + a.length + " vs " + b.length);
        }
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s += d * d;
        }
        return s;
    }
}
