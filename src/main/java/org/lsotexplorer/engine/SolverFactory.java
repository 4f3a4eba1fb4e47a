package org.lsotexplorer.engine;

/** Builds the solver a {@link RunSettings} names. */
public final class SolverFactory {
    private SolverFactory() {
    }

    public static TransportSolver create(RunSettings s, TransportProblem problem, long seed) {
        return switch (s.solver()) {
            case LSOT -> new LsotSolver(problem, s.lsot(), seed);
            case CRITIC_RAYS -> new CriticRaysSolver(problem, s.criticRays(), seed);
            case EXACT -> new DiscreteOtSolver(problem, Math.min(s.exactSampleSize(), 10_000), seed);
            case SINKHORN -> new EntropicOtSolver(problem, s.sinkhorn(), seed);
        };
    }
}
