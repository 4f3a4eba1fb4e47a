package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.math.ot.NewtonIteration;
import org.lsotexplorer.math.ot.NewtonOptions;
import org.lsotexplorer.model.Nd4jRuntime;

/** lsot with the Newton refinement: one iteration per step, convergence from the discriminator, model files. */
class LsotNewtonRefinementTest {
    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static RunSettings newtonRun(int discSteps, int newtonBudget) {
        RunSettings s = SmallRuns.lsot(1, discSteps, 0);
        LsotOptions l = s.lsot().withRefineMethod(RefineMethod.NEWTON)
                .withNewton(NewtonOptions.defaults().withMaxIterations(newtonBudget));
        return s.with(l, s.criticRays(), s.exactSampleSize(), s.sinkhorn());
    }

    @Test
    void eachNewtonIterationIsOneSolverStepAndItConvergesFromTheDiscriminator() {
        TransportRun run = SmallRuns.run(newtonRun(150, 40));
        LsotSolver lsot = (LsotSolver) run.solver();
        assertEquals(RefineMethod.NEWTON, lsot.refineMethod());
        assertEquals(190, lsot.totalSteps());
        while (!run.isDone()) {
            StepResult r = run.step();
            if (r.phase().equals("refinement")) {
                assertEquals(lsot.refineIterations(), r.step() - 150, "one Newton iteration per step");
                assertEquals(r.losses().get("cell_residual"),
                        lsot.newtonHistory().get(lsot.refineIterations()).worstRelativeError());
            }
        }
        List<NewtonIteration> h = lsot.newtonHistory();
        assertTrue(h.size() >= 2 && h.get(0).iteration() == 0);
        double last = h.get(h.size() - 1).worstRelativeError();
        assertTrue(last <= 1e-10, "worst relative cell error " + last);
        assertTrue(lsot.completedSteps() < lsot.totalSteps(), "stops when converged");
        assertTrue(lsot.adamResidualHistory().isEmpty());
        RunMetrics m = run.evaluate();
        assertTrue(m.cellMassErrorMax() <= 1e-10);
        assertEquals(h.size() - 1, m.refineIterations());
        assertTrue(m.semiDiscreteCost() > 0 && m.semiDiscreteCost() < 10, "cost " + m.semiDiscreteCost());
        assertEquals(1.0, lsot.laguerreDiagram().orElseThrow().masses().length / 256.0);
    }

    @Test
    void zeroRefinementKeepsTheRawDiscriminatorMap() {
        TransportRun run = SmallRuns.run(newtonRun(20, 0));
        while (!run.isDone()) {
            run.step();
        }
        LsotSolver lsot = (LsotSolver) run.solver();
        assertEquals(20, lsot.completedSteps());
        assertTrue(lsot.newtonHistory().isEmpty());
        assertEquals(0, lsot.refineIterations());
        assertTrue(lsot.isDone());
    }

    @Test
    void adamIsStillAvailableAndKeepsItsResidualHistory() {
        RunSettings s = SmallRuns.lsot(1, 20, 6);
        s = s.with(s.lsot().withRefineMethod(RefineMethod.ADAM), s.criticRays(), s.exactSampleSize(), s.sinkhorn());
        TransportRun run = SmallRuns.run(s);
        while (!run.isDone()) {
            run.step();
        }
        LsotSolver lsot = (LsotSolver) run.solver();
        assertEquals(6, lsot.adamResidualHistory().size());
        assertEquals(6, lsot.refineIterations());
        RunMetrics m = run.evaluate();
        assertTrue(m.cellMassErrorMax() > 1e-3, "Adam's few Monte-Carlo steps leave cells off");
    }

    @Test
    void runFolderHoldsTheModel(@TempDir Path dir) throws Exception {
        TransportRun run = SmallRuns.run(newtonRun(30, 5));
        while (!run.isDone()) {
            run.step();
        }
        RunBundle.save(dir, run, null, BundleState.COMPLETE);
        List<String> codes = Files.readAllLines(dir.resolve("model/codes.csv"));
        List<String> heights = Files.readAllLines(dir.resolve("model/heights.csv"));
        assertEquals(256, codes.size());
        assertEquals(256, heights.size());
        assertFalse(Files.exists(dir.resolve("model/weights.csv")), "uniform weights: no weights file");
        double[] z = {0.3, -0.7};
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < 256; j++) {
            String[] c = codes.get(j).split(",");
            double v = z[0] * Double.parseDouble(c[0]) + z[1] * Double.parseDouble(c[1])
                    + Double.parseDouble(heights.get(j));
            if (v > bestValue) {
                bestValue = v;
                best = j;
            }
        }
        double[] mapped = run.solver().brenier().orElseThrow().map(z);
        assertEquals(mapped[0], Double.parseDouble(codes.get(best).split(",")[0]), 0);
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"cell_mass_error_method\" : \"exact\""));
    }

    @Test
    void aWeightedTargetSendsEachClusterItsStatedShareAndSavesTheWeights(@TempDir Path dir) throws Exception {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        int n = 24;
        double[][] points = new double[n][];
        double[] weights = new double[n];
        for (int j = 0; j < n; j++) {
            boolean right = j % 3 == 0;                        // 8 codes on the right, 16 on the left
            points[j] = new double[] {(right ? 2 : -2) + 0.3 * rng.nextGaussian(), 0.3 * rng.nextGaussian()};
            weights[j] = right ? 0.7 / 8 : 0.3 / 16;           // cluster shares 0.7 and 0.3, nu_j not 1/n
        }
        org.lsotexplorer.data.EmpiricalDistribution target =
                new org.lsotexplorer.data.EmpiricalDistribution("csv", "two clusters", points, weights);
        RunSettings b = newtonRun(60, 40);
        RunSettings csv = new RunSettings("csv", b.solver(), b.seed(), b.codeCount(), b.source(), b.lsot(),
                b.criticRays(), b.exactSampleSize(), b.sinkhorn(), b.metricSamples(), b.mapMetricSamples());
        TransportRun run = TransportRun.create(csv, target);
        while (!run.isDone()) {
            run.step();
        }
        LsotSolver lsot = (LsotSolver) run.solver();
        var cells = lsot.laguerreDiagram().orElseThrow();
        double right = 0;
        for (int j = 0; j < n; j++) {
            assertEquals(weights[j], cells.targetMass(j), 1e-15);
            assertEquals(weights[j], cells.mass(j), 1e-10 * weights[j], "cell " + j);
            right += points[j][0] > 0 ? cells.mass(j) : 0;
        }
        assertEquals(0.7, right, 1e-10, "exact share of the source mass sent to the right cluster");
        assertTrue(run.evaluate().cellMassErrorMax() <= 1e-10);
        RunBundle.saveNow(dir, run, 1.0);
        List<String> saved = Files.readAllLines(dir.resolve("model").resolve("weights.csv"));
        assertEquals(n, saved.size());
        assertEquals(weights[0], Double.parseDouble(saved.get(0)), 1e-15);
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("target_weights"));
        double[] reopened = OpenedRun.open(dir).target().codeWeights();
        for (int j = 0; j < n; j++) {
            assertEquals(weights[j], reopened[j], 1e-15, "a reopened run keeps the target's masses");
        }
    }
}
