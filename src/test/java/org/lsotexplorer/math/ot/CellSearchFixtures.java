package org.lsotexplorer.math.ot;

import java.util.SplittableRandom;

/**
 * Cell-search problems with near-ties and exact ties, shared by the tests of every {@link CellSearch}: Gaussian
 * codes, of which every fourth is a copy of the previous one moved by about 1e-9 (a difference that float scores
 * cannot see but double ones can) and every eighth an exact duplicate with the same height (a genuine tie, won by
 * the lower index); heights N(0, 0.3^2), points N(0, I).
 */
public final class CellSearchFixtures {
    private CellSearchFixtures() {
    }

    /** A potential with {@code n} codes in {@code dim} dimensions, near-ties and exact ties included. */
    public static BrenierPotential nearTies(int n, int dim, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] codes = new double[n][dim];
        double[] h = new double[n];
        for (int j = 0; j < n; j++) {
            if (j % 8 == 7) {
                codes[j] = codes[j - 1].clone();
                h[j] = h[j - 1];
                continue;
            }
            for (int k = 0; k < dim; k++) {
                codes[j][k] = j % 4 == 3 ? codes[j - 1][k] + 1e-9 * (rng.nextDouble() - 0.5) : rng.nextGaussian();
            }
            h[j] = j % 4 == 3 ? h[j - 1] : 0.3 * rng.nextGaussian();
        }
        return new BrenierPotential(codes, h);
    }

    /** {@code m} standard normal points; every fifth is a scaled copy of a code (to land next to the ties). */
    public static double[][] points(int m, BrenierPotential u, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] z = new double[m][u.dimension()];
        for (int i = 0; i < m; i++) {
            if (i % 5 == 4) {
                double[] y = u.code(rng.nextInt(u.codeCount()));
                for (int k = 0; k < y.length; k++) {
                    z[i][k] = 0.9 * y[k];
                }
            } else {
                for (int k = 0; k < z[i].length; k++) {
                    z[i][k] = rng.nextGaussian();
                }
            }
        }
        return z;
    }

    /** The cells by the per-point search, the reference every implementation must equal. */
    public static int[] referenceCells(BrenierPotential u, double[][] points) {
        int[] cells = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            cells[i] = u.cellOf(points[i]);
        }
        return cells;
    }
}
