package org.lsotexplorer.engine;


/**
 * Entropic OT's state at one iteration (method.md 3.4): target duals {@code g} at regularisation {@code epsilon}.
 * The potential is the soft c-transform {@code phi(z) = -eps log sum_j b_j exp((g_j - c2(z,y_j))/eps)} and the map is
 * the barycentric projection {@code T(z) = sum_j w_j(z) y_j}, {@code w_j(z) ~ b_j exp((g_j - c2(z,y_j))/eps)},
 * {@code b_j = 1/n}. Weights below {@code e^-40} of the largest are skipped (they change no printed digit).
 * Immutable: {@code g} is a private copy and the codes are treated as read-only.
 *
 * @param flat the codes row-major (see {@link #flatten})
 */
record EntropicState(double[][] codes, double[] g, double epsilon, double[] flat) implements SolverState {
    private static final double NEGLIGIBLE = -40;

    /** The state for duals {@code g} (not copied: pass a private copy) at {@code epsilon}. */
    EntropicState(double[][] codes, double[] g, double epsilon) {
        this(codes, g, epsilon, flatten(codes));
    }

    /** The codes row-major in one array, for a fast inner loop (shared by the states of one solver). */
    static double[] flatten(double[][] codes) {
        int d = codes[0].length;
        double[] f = new double[codes.length * d];
        for (int j = 0; j < codes.length; j++) {
            System.arraycopy(codes[j], 0, f, j * d, d);
        }
        return f;
    }

    @Override
    public PotentialField potential() {
        return new PotentialField() {
            @Override
            public String label() {
                return String.format(java.util.Locale.ROOT, "soft c-transform phi_eps(z), eps = %.3g", epsilon);
            }

            @Override
            public double[] evaluate(double[][] points) {
                double[] out = new double[points.length];
                double[] logw = new double[g.length];
                for (int i = 0; i < points.length; i++) {
                    double max = logWeights(points[i], logw);
                    double total = 0;
                    for (double lw : logw) {
                        if (lw - max > NEGLIGIBLE) {
                            total += Math.exp(lw - max);
                        }
                    }
                    out[i] = -epsilon * (max + Math.log(total / g.length));
                }
                return out;
            }
        };
    }

    @Override
    public double[][] map(double[][] z) {
        double[][] out = new double[z.length][];
        double[] logw = new double[codes.length];
        for (int i = 0; i < z.length; i++) {
            double max = logWeights(z[i], logw);
            double total = 0;
            double[] t = new double[z[i].length];
            for (int j = 0; j < codes.length; j++) {
                double s = logw[j] - max;
                if (s <= NEGLIGIBLE) {
                    continue;
                }
                double w = Math.exp(s);
                total += w;
                for (int k = 0; k < t.length; k++) {
                    t[k] += w * codes[j][k];
                }
            }
            for (int k = 0; k < t.length; k++) {
                t[k] /= total;
            }
            out[i] = t;
        }
        return out;
    }

    /** Fills {@code logw[j] = (g_j - c2(z, y_j)) / eps} and returns its maximum. */
    private double logWeights(double[] z, double[] logw) {
        double max = Double.NEGATIVE_INFINITY;
        int d = z.length;
        double inverse = 1 / epsilon;
        for (int j = 0; j < g.length; j++) {
            double sq = 0;
            for (int k = 0; k < d; k++) {
                double t = z[k] - flat[j * d + k];
                sq += t * t;
            }
            double lw = (g[j] - 0.5 * sq) * inverse;
            logw[j] = lw;
            max = Math.max(max, lw);
        }
        return max;
    }
}
