package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.model.Nd4jRuntime;

/**
 * The paper's eight-Gaussian claim with the default settings and seed 1, end to end (about a minute per solver):
 * LSOT covers all eight modes with high quality, balanced mass and a near-optimal map; the exact solver's map is
 * optimal to 1e-9.
 */
@Tag("slow")
class EightGaussiansClaimTest {
    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static RunMetrics train(SolverKind solver) {
        TransportRun run = TransportRun.create(RunSettings.defaults("eight-gaussians", solver, 1),
                ToyPreset.EIGHT_GAUSSIANS);
        while (!run.isDone()) {
            run.step();
        }
        return run.evaluate();
    }

    @Test
    void lsotCoversAllModesWithBalancedMass() {
        RunMetrics m = train(SolverKind.LSOT);
        assertEquals(8, m.modesCovered());
        assertTrue(m.highQualityFraction() >= 0.98, "high quality " + m.highQualityFraction());
        assertTrue(m.massBalance() <= 0.02, "mass balance " + m.massBalance());
        assertTrue(m.mapOptimality() >= 1 - 1e-9 && m.mapOptimality() <= 1.10, "optimality " + m.mapOptimality());
    }

    @Test
    void exactMapIsOptimal() {
        RunMetrics m = train(SolverKind.EXACT);
        assertEquals(1.0, m.mapOptimality(), 1e-9);
        assertEquals(8, m.modesCovered());
    }
}
