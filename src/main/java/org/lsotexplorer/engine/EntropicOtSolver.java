package org.lsotexplorer.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.ot.SinkhornOptions;
import org.lsotexplorer.math.ot.SinkhornResult;
import org.lsotexplorer.math.ot.SinkhornSolver;

/**
 * Entropic OT (method.md 3.4): log-domain Sinkhorn between a source sample and the codes under {@code c2}.
 * The potential is the soft c-transform {@code phi(z) = -eps log sum_j b_j exp((g_j - c2(z,y_j))/eps)}, and the
 * map for any {@code z} is the entropic barycentric projection
 * {@code T(z) = sum_j w_j(z) y_j}, {@code w_j(z) ~ b_j exp((g_j - c2(z,y_j))/eps)}, which on the sample points
 * equals {@code sum_j P_ij y_j / sum_j P_ij}.
 */
public final class EntropicOtSolver implements TransportSolver {
    private final TransportProblem problem;
    private final EntropicOtOptions options;
    private final SplittableRandom rng;
    private double[] g;
    private boolean done;

    public EntropicOtSolver(TransportProblem problem, EntropicOtOptions options, long seed) {
        this.problem = problem;
        this.options = options;
        this.rng = new SplittableRandom(seed);
        this.g = new double[problem.codeCount()];
    }

    @Override
    public SolverKind kind() {
        return SolverKind.SINKHORN;
    }

    @Override
    public int totalSteps() {
        return 1;
    }

    @Override
    public int completedSteps() {
        return done ? 1 : 0;
    }

    @Override
    public String phase() {
        return "sinkhorn";
    }

    @Override
    public StepResult step() {
        double[][] z = problem.source().sample(options.sampleSize(), problem.dimension(), rng);
        SinkhornResult r = SinkhornSolver.solve(z, problem.codes(), Cost.SQUARED_EUCLIDEAN,
                new SinkhornOptions(options.epsilon(), options.maxIterations(), options.tolerance()));
        g = r.g();
        done = true;
        Map<String, Double> losses = new LinkedHashMap<>();
        losses.put("entropic_cost", r.transportCost());
        losses.put("marginal_error", r.marginalError());
        losses.put("iterations", (double) r.iterations());
        return new StepResult(1, "sinkhorn", losses).requireFinite();
    }

    @Override
    public PotentialField potential() {
        double[] dual = g.clone();
        return new PotentialField() {
            @Override
            public String label() {
                return "soft c-transform phi_eps(z), eps = " + options.epsilon();
            }

            @Override
            public double[] evaluate(double[][] points) {
                double[] out = new double[points.length];
                double[] logw = new double[dual.length];
                for (int i = 0; i < points.length; i++) {
                    double max = logWeights(points[i], dual, logw);
                    double total = 0;
                    for (double lw : logw) {
                        total += Math.exp(lw - max);
                    }
                    // -eps log sum_j b_j exp((g_j - c2)/eps), b_j = 1/n (SinkhornSolver.softCTransform's convention)
                    out[i] = -options.epsilon() * (max + Math.log(total / dual.length));
                }
                return out;
            }
        };
    }

    @Override
    public double[][] map(double[][] z) {
        double[][] y = problem.codes();
        double[][] out = new double[z.length][];
        double[] logw = new double[y.length];
        for (int i = 0; i < z.length; i++) {
            double max = logWeights(z[i], g, logw);
            double total = 0;
            double[] t = new double[z[i].length];
            for (int j = 0; j < y.length; j++) {
                double w = Math.exp(logw[j] - max);
                total += w;
                for (int k = 0; k < t.length; k++) {
                    t[k] += w * y[j][k];
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
    private double logWeights(double[] z, double[] dual, double[] logw) {
        double[][] y = problem.codes();
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < y.length; j++) {
            logw[j] = (dual[j] - Cost.SQUARED_EUCLIDEAN.between(z, y[j])) / options.epsilon();
            max = Math.max(max, logw[j]);
        }
        return max;
    }

    public EntropicOtOptions options() {
        return options;
    }
}
