package org.lsotexplorer.math;

import java.util.Locale;

/**
 * Ground costs of method.md section 2, with the names users know from POT's {@code ot.dist} and SciPy's
 * {@code cdist}.
 * <ul>
 *   <li>{@link #SQUARED_DISTANCE} ({@code sqeuclidean}): {@code |z-y|^2}, as POT, SciPy and most users mean it;</li>
 *   <li>{@link #HALF_SQUARED_EUCLIDEAN} ({@code half-sqeuclidean}): {@code c2(z,y) = |z-y|^2 / 2}, the quadratic
 *   cost of the Brenier / semi-discrete side (its potentials satisfy {@code T = grad(|z|^2/2 - phi)}); every
 *   internal W2-type figure of the app uses this one;</li>
 *   <li>{@link #EUCLIDEAN}: {@code c1(z,y) = |z-y|} (distance cost, W1).</li>
 * </ul>
 * The two quadratic costs differ by exactly a factor 2 in every cost and potential; the optimal plans agree.
 * Points are {@code double[]} of equal length; a length mismatch throws {@link IllegalArgumentException}.
 */
public enum Cost {
    SQUARED_DISTANCE("sqeuclidean") {
        @Override
        public double between(double[] z, double[] y) {
            return squaredDistance(z, y);
        }
    },
    HALF_SQUARED_EUCLIDEAN("half-sqeuclidean") {
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

    /** The name used on the command line ({@code sqeuclidean}, {@code half-sqeuclidean} or {@code euclidean}). */
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

    /** Parses {@code sqeuclidean} / {@code half-sqeuclidean} / {@code euclidean} (case-insensitive). */
    public static Cost parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Cost c : values()) {
            if (c.cliName.equals(n)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cost '" + name + "' (expected sqeuclidean for |x-y|^2, half-sqeuclidean for |x-y|^2/2, or euclidean for |x-y|)");
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
