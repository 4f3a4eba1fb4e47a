package org.lsotexplorer.engine;

import org.lsotexplorer.math.Cost;
import org.lsotexplorer.model.MlpSnapshot;

/**
 * The critic-rays map frozen at one step (method.md 3.2): {@code T(z) = z + t_psi(z) n(z)} with
 * {@code n = grad D / |grad D|}, or the nearest code where {@code |grad D| < 1e-6}; the potential shown is the critic
 * D. Both networks are {@link MlpSnapshot} copies, so any thread may evaluate it.
 */
record CriticRaysState(MlpSnapshot critic, MlpSnapshot rayLength, double[][] codes) implements SolverState {
    private static final double FLAT = 1e-6;

    @Override
    public PotentialField potential() {
        return NetworkPotential.frozen("critic D(z)", critic, "");
    }

    @Override
    public double[][] map(double[][] z) {
        return rays(z, critic.inputGradient(z), rayLength.forward(z), codes);
    }

    /** {@code z + t n(z)} row by row, the nearest code where the critic is flat. */
    static double[][] rays(double[][] z, double[][] grad, double[] t, double[][] codes) {
        double[][] out = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            double norm = 0;
            for (double g : grad[i]) {
                norm += g * g;
            }
            norm = Math.sqrt(norm);
            if (norm < FLAT) {
                out[i] = nearestCode(z[i], codes);
                continue;
            }
            out[i] = new double[z[i].length];
            for (int k = 0; k < z[i].length; k++) {
                out[i][k] = z[i][k] + t[i] * grad[i][k] / norm;
            }
        }
        return out;
    }

    private static double[] nearestCode(double[] z, double[][] codes) {
        double best = Double.POSITIVE_INFINITY;
        double[] arg = null;
        for (double[] y : codes) {
            double d = Cost.HALF_SQUARED_EUCLIDEAN.between(z, y);
            if (d < best) {
                best = d;
                arg = y;
            }
        }
        return arg.clone();
    }
}
