package org.lsotexplorer.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.ot.ScaledSinkhorn;

/**
 * Entropic OT (method.md 3.4): Sinkhorn between a source sample and the codes under {@code c2}, with
 * epsilon scaling and sparse stabilised scaling ({@link ScaledSinkhorn}): each step is one Sinkhorn iteration, so the window draws the barycentric
 * map and the soft potential ({@link EntropicState}) as they form, and the blur sharpens as epsilon falls stage by
 * stage to its set value. The run ends when the target-marginal L1 error reaches the tolerance at the final epsilon,
 * or after {@code maxIterations} steps.
 */
public final class EntropicOtSolver implements TransportSolver {
    private final TransportProblem problem;
    private final EntropicOtOptions options;
    private final SplittableRandom rng;
    private ScaledSinkhorn sinkhorn;
    private EntropicState state;
    private final double[] flatCodes;
    private int step;
    private boolean done;

    public EntropicOtSolver(TransportProblem problem, EntropicOtOptions options, long seed) {
        this.problem = problem;
        this.options = options;
        this.rng = new SplittableRandom(seed);
        this.state = new EntropicState(problem.codes(), new double[problem.codeCount()], options.epsilon());
        this.flatCodes = state.flat();
    }

    @Override
    public SolverKind kind() {
        return SolverKind.SINKHORN;
    }

    @Override
    public int totalSteps() {
        return done ? step : options.maxIterations();
    }

    @Override
    public int completedSteps() {
        return step;
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public String phase() {
        return sinkhorn == null ? "sinkhorn" : String.format(Locale.ROOT, "sinkhorn, eps %.3g", sinkhorn.stageEpsilon());
    }

    @Override
    public StepResult step() {
        if (sinkhorn == null) {
            double[][] z = problem.source().sample(options.sampleSize(), problem.dimension(), rng);
            sinkhorn = new ScaledSinkhorn(z, problem.codes(), Cost.HALF_SQUARED_EUCLIDEAN, options.epsilon(),
                    options.tolerance(), options.maxIterations());
        }
        done = sinkhorn.iterate();
        step++;
        state = new EntropicState(problem.codes(), sinkhorn.g(), sinkhorn.stageEpsilon(), flatCodes);
        Map<String, Double> losses = new LinkedHashMap<>();
        losses.put("marginal_error", sinkhorn.marginalError());
        losses.put("epsilon", sinkhorn.stageEpsilon());
        if (done) {
            losses.put("entropic_cost", sinkhorn.transportCost());
            losses.put("iterations", (double) sinkhorn.iterations());
        }
        return new StepResult(step, "sinkhorn", losses).requireFinite();
    }

    @Override
    public SolverState state() {
        return state;
    }

    public EntropicOtOptions options() {
        return options;
    }
}
