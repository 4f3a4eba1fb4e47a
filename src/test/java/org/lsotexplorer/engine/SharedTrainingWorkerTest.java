package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.math.SourceDistribution;

/** Several runs on one thread, round robin: each ends exactly as it would alone. */
class SharedTrainingWorkerTest {
    static RunSettings sinkhorn(double epsilon) {
        return new RunSettings("eight-gaussians", SolverKind.SINKHORN, 3, 256, SourceDistribution.GAUSSIAN,
                LsotOptions.defaults(), CriticRaysOptions.defaults(), 256, new EntropicOtOptions(epsilon, 128, 40,
                1e-12), 300, 200);
    }

    private static RunMetrics alone(RunSettings s) {
        TransportRun r = TransportRun.create(s, ToyPreset.EIGHT_GAUSSIANS);
        while (!r.isDone()) {
            r.step();
        }
        return r.evaluate();
    }

    @Test
    void roundRobinRunsEndWithTheNumbersOfRunsAlone() throws Exception {
        RunSettings a = sinkhorn(0.5);
        RunSettings b = sinkhorn(0.05);
        try (SharedTrainingWorker w = new SharedTrainingWorker(List.of(
                () -> TransportRun.create(a, ToyPreset.EIGHT_GAUSSIANS),
                () -> TransportRun.create(b, ToyPreset.EIGHT_GAUSSIANS)))) {
            assertEquals(2, w.size());
            w.loop(0).play();
            w.loop(1).play();
            long end = System.nanoTime() + 30_000_000_000L;
            while ((w.loop(0).finalMetrics() == null || w.loop(1).finalMetrics() == null) && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            LiveMetrics ma = w.loop(0).finalMetrics();
            LiveMetrics mb = w.loop(1).finalMetrics();
            assertTrue(ma != null && mb != null, "both runs finished");
            assertTrue(ma.isFinal());
            assertEquals(alone(a), ma.metrics());
            assertEquals(alone(b), mb.metrics());
            assertNotEquals(ma.metrics(), mb.metrics(), "the two epsilons give different maps");
            assertEquals(WorkerState.DONE, w.loop(0).state());
        }
    }

    @Test
    void aRunThatCannotBeBuiltIsReportedByTheConstructor() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SharedTrainingWorker(List.of(
                () -> {
                    throw new IllegalArgumentException("no such data");
                })));
        assertTrue(e.getMessage().contains("no such data"), e.getMessage());
    }
}
