package org.lsotexplorer.math.ot;

import org.lsotexplorer.math.Cost;

/**
 * Sinkhorn with epsilon scaling and sparse stabilised scaling ({@link StabilizedScaling}), one iteration at a time, so a caller can draw its progress and stop
 * between iterations. Uniform weights {@code a = 1/m}, {@code b = 1/n}, cost {@code C_ij = cost(x_i, y_j)}.
 * <p><b>Schedule.</b> Stage k uses {@code eps_k = max(epsilon, eps_0 / 2^k)} with {@code eps_0 = max C / 2}; each
 * stage starts from the duals of the previous one (a warm start: the duals of a larger epsilon are a good guess for
 * a smaller one) and ends when its target-marginal L1 error is at most {@code max(tolerance, 1e-2)} or after
 * {@value #STAGE_ITERATIONS} iterations; the last stage (at {@code epsilon}) runs until the error is at most
 * {@code tolerance} or the iteration budget is spent. The fixed point is that of plain Sinkhorn at {@code epsilon};
 * scaling only changes how fast it is reached. So does over-relaxation of the g step,
 * {@code g = g + omega (g_next - g)}, with omega raised by 0.1 per iteration up to {@value #OMEGA} while the marginal
 * error falls and reset to 1 when it does not (f stays the exact soft c-transform, so the source marginal is exact);
 * it halves the iterations at small epsilon.
 * <p><b>Failures.</b> As {@link SinkhornSolver}: empty, ragged or non-finite points, {@code epsilon <= 0}.
 */
public final class ScaledSinkhorn {
    static final int STAGE_ITERATIONS = 100;
    private static final double STAGE_TOLERANCE = 1e-2;
    /** Largest over-relaxation factor; omega grows by 0.1 per iteration while the error falls, back to 1 when not. */
    static final double OMEGA = 1.8;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double epsilon;
    private final double tolerance;
    private final int maxIterations;
    private StabilizedScaling stage;
    private double stageEpsilon;
    private int stageIterations;
    private int iterations;
    private double error = Double.POSITIVE_INFINITY;
    private boolean finished;
    private double omega = 1.0;
    private double previousError = Double.POSITIVE_INFINITY;
    private int earlierAbsorptions;

    /**
     * @param epsilon the final regularisation, &gt; 0
     * @param tolerance the final target-marginal L1 error, &gt; 0
     * @param maxIterations budget over all stages, &gt;= 1
     */
    public ScaledSinkhorn(double[][] source, double[][] target, Cost cost, double epsilon, double tolerance,
                          int maxIterations) {
        OtInputs.checkPointPair(source, target);
        if (!(epsilon > 0) || !(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("need epsilon > 0, tolerance > 0 and at least one iteration");
        }
        this.a = OtInputs.uniform(source.length);
        this.b = OtInputs.uniform(target.length);
        this.c = OtInputs.flatCost(source, target, cost);
        this.epsilon = epsilon;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        double max = 0;
        for (double x : c) {
            max = Math.max(max, x);
        }
        this.stageEpsilon = Math.max(epsilon, max / 2);
        this.stage = new StabilizedScaling(a, b, c, stageEpsilon);
    }

    /** One Sinkhorn iteration (and a stage change when due); returns true once converged or out of budget. */
    public boolean iterate() {
        if (finished) {
            return true;
        }
        error = stage.updateTargetPotential();
        omega = error < previousError ? Math.min(OMEGA, omega + 0.1) : 1.0;
        previousError = error;
        stage.acceptTargetPotential(omega);
        stage.updateSourcePotential();
        iterations++;
        stageIterations++;
        boolean last = stageEpsilon == epsilon;
        if (last && error <= tolerance || iterations >= maxIterations) {
            finished = true;
        } else if (!last && (error <= Math.max(tolerance, STAGE_TOLERANCE) || stageIterations >= STAGE_ITERATIONS)) {
            double next = Math.max(epsilon, stageEpsilon / 2);
            StabilizedScaling s = new StabilizedScaling(a, b, c, next);
            s.warmStart(stage.f(), stage.g());
            earlierAbsorptions += stage.absorptions();
            stage = s;
            stageEpsilon = next;
            stageIterations = 0;
        }
        return finished;
    }

    /** Kernel rebuilds so far, over all stages (absorptions of the scalings into the duals). */
    public int absorptions() {
        return earlierAbsorptions + stage.absorptions();
    }

    /** The current stage's kept kernel entries over m n (1 = dense). */
    public double kernelFill() {
        return stage.kernelFill();
    }

    /** The epsilon of the current stage. */
    public double stageEpsilon() {
        return stageEpsilon;
    }

    /** The target-side duals g now (a copy). */
    public double[] g() {
        return stage.g();
    }

    /** The target-marginal L1 error measured by the last iteration (before its update). */
    public double marginalError() {
        return error;
    }

    public int iterations() {
        return iterations;
    }

    /** True when the last stage reached the tolerance. */
    public boolean converged() {
        return finished && stageEpsilon == epsilon && error <= tolerance;
    }

    public boolean isFinished() {
        return finished;
    }

    /** The current plan, duals and diagnostics (O(mn)). */
    public SinkhornResult result() {
        return stage.result(iterations, error, converged());
    }

    /** The plan's transport cost {@code <P, C>} at the current duals (O(mn)). */
    public double transportCost() {
        return stage.result(iterations, error, converged()).transportCost();
    }
}
