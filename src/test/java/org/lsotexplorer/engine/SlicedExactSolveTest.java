package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.ExactTransportSolver;
import org.lsotexplorer.math.ot.TransportPlan;
import org.lsotexplorer.model.Nd4jRuntime;

/** The exact solver cut into steps: same answer as one call, progress and matched pairs, and a prompt pause. */
class SlicedExactSolveTest {
    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static TransportProblem problem(int codes, long seed) {
        double[][] y = ToyPreset.EIGHT_GAUSSIANS.sample(codes, new SplittableRandom(seed));
        return new TransportProblem(SourceDistribution.GAUSSIAN, ToyPreset.EIGHT_GAUSSIANS, y);
    }

    @Test
    void steppingGivesExactlyTheDirectSolve() {
        for (int sample : new int[] {700, 900}) {   // assignment, then the transportation problem
            TransportProblem p = problem(700, 1);
            DiscreteOtSolver s = new DiscreteOtSolver(p, sample, 9);
            int steps = 0;
            while (!s.isDone()) {
                StepResult r = s.step();
                steps++;
                assertEquals(steps, r.step());
                assertEquals(s.isDone() ? steps : steps + 1, s.totalSteps());
            }
            double[][] z = SourceDistribution.GAUSSIAN.sample(sample, 2, new SplittableRandom(9));
            TransportPlan direct = ExactTransportSolver.solve(z, p.codes(), Cost.HALF_SQUARED_EUCLIDEAN);
            double[] g = s.state().brenier().orElseThrow().dualValues();
            assertArrayEquals(direct.targetPotential(), g, 1e-12, "sample " + sample);
            assertTrue(s.phase().endsWith("solved"), s.phase());
        }
    }

    @Test
    void anUnfinishedAssignmentShowsItsMatchedPairs() {
        TransportProblem p = problem(3000, 2);
        DiscreteOtSolver s = new DiscreteOtSolver(p, 3000, 3);
        boolean sawPairs = false;
        while (!s.isDone()) {
            s.step();
            var partial = s.state().partialPlan();
            if (partial.isPresent() && !s.isDone()) {
                sawPairs = true;
                assertTrue(partial.get().matched() <= 3000);
                assertEquals(partial.get().from().length, partial.get().to().length);
                assertTrue(s.phase().contains(" of "), s.phase());
            }
        }
        assertTrue(sawPairs || s.completedSteps() == 1, "a multi-step assignment shows its pairs");
        assertTrue(s.state().partialPlan().isEmpty(), "a finished solve has a map, not pairs");
    }

    @Test
    void pauseDuringALargeSolveActsWithinAFifthOfASecond() throws Exception {
        RunSettings settings = RunSettings.defaults("eight-gaussians", SolverKind.EXACT, 1).withBatch(10_000);
        try (TrainingWorker w = new TrainingWorker(() -> TransportRun.create(settings, ToyPreset.EIGHT_GAUSSIANS))) {
            w.loop().play();
            long until = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < until && w.loop().status().step() < 3) {
                Thread.sleep(5);
            }
            assertTrue(w.loop().status().step() >= 1, "the solve advances step by step");
            assertTrue(!w.loop().run().isDone(), "n = 10,000 is not solved in 1.5 s here");
            long t0 = System.nanoTime();
            w.loop().pause();
            while (w.loop().state() != WorkerState.PAUSED) {
                Thread.sleep(1);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            assertTrue(ms < 200, "pause took " + ms + " ms");
            int step = w.loop().status().step();
            Thread.sleep(300);
            assertEquals(step, w.loop().status().step(), "paused means paused");
        }
    }
}
