package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.EmpiricalDistribution;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverFactory;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.TransportProblem;
import org.lsotexplorer.engine.TransportSolver;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.BrenierPotential;

import java.util.Map;
import java.util.Optional;

/**
 * A transport solver of the engine ({@code lsot}, {@code exact} or {@code sinkhorn}) between {@code N(0, I_d)} and
 * the standardized codes, exactly as for the 2-D toys: {@code T(z)} are the new codes.
 */
final class TransportSampler implements LatentSampler {
    private final TransportSolver solver;
    private final double angleThreshold;

    TransportSampler(LatentGeneratorKind kind, double[][] standardizedCodes, ImageRunSettings s, long seed) {
        this(kind, standardizedCodes, s.lsot(), seed);
    }

    /** @param lsot the lsot options (its angle threshold is also the generation rule's for the singular set) */
    TransportSampler(LatentGeneratorKind kind, double[][] standardizedCodes, org.lsotexplorer.engine.LsotOptions lsot,
            long seed) {
        SolverKind solverKind = switch (kind) {
            case LSOT -> SolverKind.LSOT;
            case EXACT -> SolverKind.EXACT;
            case SINKHORN -> SolverKind.SINKHORN;
            default -> throw new IllegalArgumentException(kind.id() + " is not a transport solver");
        };
        TransportProblem problem = new TransportProblem(SourceDistribution.GAUSSIAN,
                new EmpiricalDistribution("codes", "standardized latent codes", standardizedCodes), standardizedCodes);
        RunSettings rs = RunSettings.defaults("codes", solverKind, seed);
        rs = rs.with(lsot, rs.criticRays(), Math.min(rs.exactSampleSize(), standardizedCodes.length),
                rs.sinkhorn());
        this.solver = SolverFactory.create(rs, problem, seed);
        this.angleThreshold = lsot.angleThreshold();
    }

    @Override
    public int totalSteps() {
        return solver.totalSteps();
    }

    @Override
    public int completedSteps() {
        return solver.completedSteps();
    }

    @Override
    public boolean isDone() {
        return solver.isDone();
    }

    @Override
    public String phase() {
        return solver.phase();
    }

    @Override
    public Map<String, Double> step() {
        return solver.step().losses();
    }

    @Override
    public double[][] sample(double[][] noise) {
        return solver.map(noise);
    }

    @Override
    public Optional<TransportSolver> transportSolver() {
        return Optional.of(solver);
    }

    @Override
    public Optional<BrenierPotential> brenierPotential() {
        return solver.brenier();
    }

    @Override
    public double angleThreshold() {
        return angleThreshold;
    }

    @Override
    public void close() {
        solver.release();
    }
}
