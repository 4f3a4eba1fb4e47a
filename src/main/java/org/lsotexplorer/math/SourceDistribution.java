package org.lsotexplorer.math;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The simple source distribution {@code mu} of method.md section 2: the unit Gaussian {@code N(0, I_d)} (default)
 * or the uniform law on {@code [-1, 1]^d}. Sampling is driven by the caller's seeded generator, so the same seed
 * gives the same points.
 */
public enum SourceDistribution {
    GAUSSIAN("gaussian"),
    UNIFORM("uniform");

    private final String id;

    SourceDistribution(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Draws {@code n} points of dimension {@code dim} (n >= 0, dim >= 1). */
    public double[][] sample(int n, int dim, RandomGenerator rng) {
        if (n < 0 || dim < 1) {
            throw new IllegalArgumentException("need n >= 0 and dim >= 1, got n=" + n + ", dim=" + dim);
        }
        double[][] out = new double[n][dim];
        for (double[] row : out) {
            for (int k = 0; k < dim; k++) {
                row[k] = this == GAUSSIAN ? rng.nextGaussian() : 2 * rng.nextDouble() - 1;
            }
        }
        return out;
    }

    public static SourceDistribution parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (SourceDistribution s : values()) {
            if (s.id.equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown source '" + name + "' (expected gaussian or uniform)");
    }
}
