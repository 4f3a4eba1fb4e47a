package org.lsotexplorer.ui.settings;

import java.util.List;
import org.lsotexplorer.engine.EntropicOtOptions;
import org.lsotexplorer.engine.RunSettings;

/** The settings of the discrete solvers: {@code exact} (method.md 3.3) and {@code sinkhorn} (3.4). */
final class OtSettings {
    private OtSettings() {
    }

    static List<Setting> exact() {
        return List.of(new Setting("exact.sampleSize", "Sample size", "Exact OT",
                "Source points matched one-to-one (assignment) with as many codes.", "2 .. 10,000 (default 4,096)",
                null, List.of(), s -> Integer.toString(s.exactSampleSize()),
                (s, t) -> s.with(s.lsot(), s.criticRays(), Parse.whole("exact sample size", t), s.sinkhorn())));
    }

    static List<Setting> sinkhorn() {
        return List.of(
            new Setting("sinkhorn.epsilon", "Epsilon \u03b5", "Entropic OT",
                "Entropic regularisation: larger blurs the plan and pulls the map towards the mean.",
                "1e-6 .. 1e6 (default 0.05)", null, List.of(), s -> Parse.number(s.sinkhorn().epsilon()),
                (s, t) -> sinkhorn(s, Parse.real("epsilon", t), s.sinkhorn().sampleSize(),
                        s.sinkhorn().maxIterations())),
            new Setting("sinkhorn.sampleSize", "Sample size", "Entropic OT", "Source points in the entropic problem.",
                "2 .. 10,000 (default 1,024)", null, List.of(), s -> Integer.toString(s.sinkhorn().sampleSize()),
                (s, t) -> sinkhorn(s, s.sinkhorn().epsilon(), Parse.whole("sinkhorn sample size", t),
                        s.sinkhorn().maxIterations())),
            new Setting("sinkhorn.iterations", "Iterations", "Entropic OT", "Cap on Sinkhorn iterations.",
                "1 .. 1,000,000 (default 2,000)", null, List.of(), s -> Integer.toString(s.sinkhorn().maxIterations()),
                (s, t) -> sinkhorn(s, s.sinkhorn().epsilon(), s.sinkhorn().sampleSize(),
                        Parse.whole("sinkhorn iterations", t))));
    }

    private static RunSettings sinkhorn(RunSettings s, double eps, int sample, int iterations) {
        return s.with(s.lsot(), s.criticRays(), s.exactSampleSize(),
                new EntropicOtOptions(eps, sample, iterations, s.sinkhorn().tolerance()));
    }
}
