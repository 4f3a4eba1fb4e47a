package org.lsotexplorer.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.math.SourceDistribution;

/** Small settings of every toy solver kind, and the metrics compared by the resume tests (timings left out). */
final class ResumeTestSupport {
    private ResumeTestSupport() {
    }

    static RunSettings lsotNewton() {
        return SmallRuns.lsot(3, 40, 6);
    }

    static RunSettings lsotAdam() {
        RunSettings s = SmallRuns.lsot(4, 30, 8);
        return s.with(s.lsot().withRefineMethod(RefineMethod.ADAM), s.criticRays(), s.exactSampleSize(),
                s.sinkhorn());
    }

    static RunSettings criticRays() {
        RunSettings s = SmallRuns.lsot(5, 1, 0);
        CriticRaysOptions c = new CriticRaysOptions(new int[] {16, 16}, 1e-3, 0.5, 0.9, 64, 20, 10, 3, 64,
                new int[] {16}, 12, 1e-3);
        return new RunSettings("eight-gaussians", SolverKind.CRITIC_RAYS, 5, 256, SourceDistribution.GAUSSIAN,
                s.lsot(), c, 256, s.sinkhorn(), 300, 200);
    }

    static RunSettings sinkhorn() {
        RunSettings s = SmallRuns.lsot(6, 1, 0);
        return new RunSettings("eight-gaussians", SolverKind.SINKHORN, 6, 128, SourceDistribution.GAUSSIAN,
                s.lsot(), s.criticRays(), 128, new EntropicOtOptions(0.05, 128, 60, 1e-12), 300, 200);
    }

    static RunSettings exact() {
        RunSettings s = SmallRuns.lsot(7, 1, 0);
        return new RunSettings("eight-gaussians", SolverKind.EXACT, 7, 96, SourceDistribution.GAUSSIAN,
                s.lsot(), s.criticRays(), 96, s.sinkhorn(), 300, 200);
    }

    static TransportRun run(RunSettings s) {
        return TransportRun.create(s, ToyPreset.EIGHT_GAUSSIANS);
    }

    /** Steps to the end as the CLI does (mode metrics logged every tenth of the run). */
    static void finish(TransportRun run) {
        int modeEvery = Math.max(1, run.solver().totalSteps() / 10);
        while (!run.isDone()) {
            StepResult r = run.step();
            if (r.step() % modeEvery == 0) {
                run.logModeMetrics();
            }
        }
    }

    static void steps(TransportRun run, int n) {
        int modeEvery = Math.max(1, run.solver().totalSteps() / 10);
        for (int i = 0; i < n && !run.isDone(); i++) {
            StepResult r = run.step();
            if (r.step() % modeEvery == 0) {
                run.logModeMetrics();
            }
        }
    }

    /** Finishes both runs and checks that every metric but the timings is equal, bit for bit. */
    static void assertSameEnd(TransportRun expected, TransportRun actual) {
        finish(expected);
        finish(actual);
        org.junit.jupiter.api.Assertions.assertEquals(metrics(expected), metrics(actual));
    }

    /** Every metric but the timings. */
    static Map<String, Object> metrics(TransportRun run) {
        Map<String, Object> m = new LinkedHashMap<>(run.evaluate().asJsonMap());
        m.keySet().removeIf(k -> k.contains("seconds"));
        return m;
    }
}
