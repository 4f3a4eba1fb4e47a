package org.lsotexplorer.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.math.ot.ExactTransportSolver;
import org.lsotexplorer.math.ot.TransportPlan;

/**
 * The {@code exact} oracle (method.md 3.3) as a solver: it solves the exact discrete OT (assignment when the sizes
 * match, else the transportation problem) between {@code sampleSize} source points and all codes under {@code c2}.
 * Its target-side duals {@code g_j} define {@code phi(z) = min_j (c2(z,y_j) - g_j)} and the map
 * {@code T(z) = argmin_j (c2(z,y_j) - g_j)} for fresh noise.
 * <p>The solve is cut into steps of about {@value #SLICE_MILLIS} ms ({@link SlicedComputation}), so Pause and Reset
 * act between them; the phase names the solver's stage and its progress (rows of the cost matrix, augmenting paths
 * done), and while an assignment is being built its matched pairs are part of the state. The number of steps is
 * not known in advance: {@link #totalSteps()} stays one ahead until the solve ends. The result does not depend on
 * the slicing.
 */
public final class DiscreteOtSolver implements TransportSolver {
    static final long SLICE_MILLIS = 40;
    private static final String LABEL = "phi(z) = min_j c2(z,y_j) - g_j (exact duals)";
    private static final int PARTIAL_PAIRS = 2000;
    private final TransportProblem problem;
    private final int sampleSize;
    private final SplittableRandom rng;
    private SlicedComputation<TransportPlan> solve;
    private double[][] z;
    private BrenierPotential potential;
    private SolverState.PartialPlan partial;
    private String detail = "not started";
    private int slices;
    private boolean done;

    /** @param sampleSize source points in the exact problem, 2..10,000 */
    public DiscreteOtSolver(TransportProblem problem, int sampleSize, long seed) {
        Checks.range("exact sample size", sampleSize, 2, 10_000);
        this.problem = problem;
        this.sampleSize = sampleSize;
        this.rng = new SplittableRandom(seed);
        this.potential = BrenierPotential.fromDualValues(problem.codes(), new double[problem.codeCount()]);
    }

    @Override
    public SolverKind kind() {
        return SolverKind.EXACT;
    }

    @Override
    public int totalSteps() {
        return done ? slices : slices + 1;
    }

    @Override
    public boolean stepCountKnown() {
        return false;
    }

    @Override
    public int completedSteps() {
        return slices;
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public String phase() {
        return "exact: " + detail;
    }

    @Override
    public StepResult step() {
        if (solve == null) {
            z = problem.source().sample(sampleSize, problem.dimension(), rng);
            double[][] y = problem.codes();
            solve = new SlicedComputation<>("lsot-exact-solve", () -> ExactTransportSolver.solve(z, y,
                    Cost.HALF_SQUARED_EUCLIDEAN));
        }
        SlicedComputation.Progress p = solve.advance(SLICE_MILLIS * 1_000_000L);
        slices++;
        Map<String, Double> losses = new LinkedHashMap<>();
        if (p.finished()) {
            TransportPlan plan = solve.result();
            potential = BrenierPotential.fromDualValues(problem.codes(), plan.targetPotential());
            partial = null;
            done = true;
            detail = "solved";
            losses.put("ot_cost", plan.totalCost());
        } else {
            detail = String.format(Locale.ROOT, "%s %,d of %,d", p.stage(), p.done(), p.total());
            partial = pairs(p.matching());
            losses.put("stage_progress", p.total() == 0 ? 0 : (double) p.done() / p.total());
        }
        return new StepResult(slices, "exact", losses).requireFinite();
    }

    /** The matched pairs of the top-level assignment (a deterministic subset of at most 2,000), or null. */
    private SolverState.PartialPlan pairs(int[] matching) {
        if (matching == null || matching.length != z.length || z.length != problem.codeCount()) {
            return partial;
        }
        int matched = 0;
        for (int c : matching) {
            matched += c >= 0 ? 1 : 0;
        }
        int keep = Math.min(PARTIAL_PAIRS, matched);
        double[][] from = new double[keep][];
        double[][] to = new double[keep][];
        int k = 0;
        for (int i = 0; i < matching.length && k < keep; i++) {
            if (matching[i] >= 0) {
                from[k] = z[i];
                to[k] = problem.codes()[matching[i]];
                k++;
            }
        }
        return new SolverState.PartialPlan(from, to, matched, matching.length);
    }

    @Override
    public SolverState state() {
        return new BrenierState(potential, LABEL, Double.NaN, 0, partial, problem.source(), null);
    }

    /** The Brenier potential built from the exact duals (zero heights before the solve ends). */
    public BrenierPotential brenierPotential() {
        return potential;
    }

    @Override
    public void release() {
        if (solve != null) {
            solve.cancel();
        }
    }
}
