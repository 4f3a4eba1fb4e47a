package org.lsotexplorer.engine;

import org.lsotexplorer.model.Nd4jRuntime;

/** Builds the solver a {@link RunSettings} names. */
public final class SolverFactory {
    private SolverFactory() {
    }

    /** Builds the solver; ND4J is initialised (one thread) only for the solvers that train networks. */
    public static TransportSolver create(RunSettings s, TransportProblem problem, long seed) {
        if (s.solver() == SolverKind.LSOT || s.solver() == SolverKind.CRITIC_RAYS) {
            Nd4jRuntime.init();
        }
        return switch (s.solver()) {
            case LSOT -> new LsotSolver(problem, s.lsot(), seed);
            case CRITIC_RAYS -> new CriticRaysSolver(problem, s.criticRays(), seed);
            case EXACT -> new DiscreteOtSolver(problem, Math.min(s.exactSampleSize(), 10_000), seed);
            case SINKHORN -> new EntropicOtSolver(problem, s.sinkhorn(), seed);
        };
    }
}
