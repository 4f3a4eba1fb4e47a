package org.lsotexplorer.engine;

import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.math.ot.ExactTransportSolver;
import org.lsotexplorer.math.ot.TransportPlan;

/**
 * The {@code exact} oracle (method.md 3.3) as a solver: one step solves the exact discrete OT (assignment when
 * the sizes match, else the transportation problem) between {@code sampleSize} source points and all codes under
 * {@code c2}. Its target-side duals {@code g_j} define {@code phi(z) = min_j (c2(z,y_j) - g_j)} and the map
 * {@code T(z) = argmin_j (c2(z,y_j) - g_j)} for fresh noise.
 */
public final class DiscreteOtSolver implements TransportSolver {
    private final TransportProblem problem;
    private final int sampleSize;
    private final SplittableRandom rng;
    private BrenierPotential potential;
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
        return 1;
    }

    @Override
    public int completedSteps() {
        return done ? 1 : 0;
    }

    @Override
    public String phase() {
        return "exact";
    }

    @Override
    public StepResult step() {
        double[][] z = problem.source().sample(sampleSize, problem.dimension(), rng);
        TransportPlan plan = ExactTransportSolver.solve(z, problem.codes(), Cost.SQUARED_EUCLIDEAN);
        potential = BrenierPotential.fromDualValues(problem.codes(), plan.targetPotential());
        done = true;
        return new StepResult(1, "exact", Map.of("ot_cost", plan.totalCost())).requireFinite();
    }

    /** The Brenier potential built from the exact duals. */
    @Override
    public Optional<BrenierPotential> brenier() {
        return Optional.of(brenierPotential());
    }

    public BrenierPotential brenierPotential() {
        return potential;
    }

    @Override
    public PotentialField potential() {
        return new KantorovichPotential(potential, "phi(z) = min_j c2(z,y_j) - g_j (exact duals)");
    }

    @Override
    public double[][] map(double[][] z) {
        double[][] out = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            out[i] = potential.map(z[i]);
        }
        return out;
    }
}
