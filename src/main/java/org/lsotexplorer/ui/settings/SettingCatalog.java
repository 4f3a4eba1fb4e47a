package org.lsotexplorer.ui.settings;

import java.util.ArrayList;
import java.util.List;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.math.SourceDistribution;

/**
 * Every setting the property sheet shows for a solver: the run's own (seed, codes n, source) and the solver's
 * (learning rate, batch, widths, lambda, epsilon, refinement iterations, blend width, angle threshold, ...).
 */
public final class SettingCatalog {
    private static final String RUN = "Run";

    private SettingCatalog() {
    }

    /** The settings of {@code solver}, run settings first. */
    public static List<Setting> forSolver(SolverKind solver) {
        List<Setting> out = new ArrayList<>(run());
        out.addAll(switch (solver) {
            case LSOT -> LsotSettings.all();
            case CRITIC_RAYS -> CriticRaysSettings.all();
            case EXACT -> OtSettings.exact();
            case SINKHORN -> OtSettings.sinkhorn();
        });
        return List.copyOf(out);
    }

    private static List<Setting> run() {
        return List.of(
            new Setting("run.seed", "Seed", RUN,
                "Master seed: the codes, the network weights and every sample follow from it.",
                "any whole number", null, List.of(), s -> Long.toString(s.seed()),
                (s, t) -> copy(s, Parse.wholeLong("seed", t), s.codeCount(), s.source())),
            new Setting("run.codes", "Codes n", RUN,
                "Size of the fixed target sample y_1..y_n, drawn once per seed.", "2 .. 100,000 (default 4,096)",
                null, List.of(), s -> Integer.toString(s.codeCount()),
                (s, t) -> copy(s, s.seed(), Parse.whole("codes", t), s.source())),
            new Setting("run.source", "Source \u03bc", RUN,
                "The simple distribution the map starts from: N(0, I) or uniform on [-1, 1]^2.",
                "gaussian or uniform", null, List.of("gaussian", "uniform"), s -> s.source().id(),
                (s, t) -> copy(s, s.seed(), s.codeCount(), SourceDistribution.parse(t))));
    }

    private static RunSettings copy(RunSettings s, long seed, int codes, SourceDistribution source) {
        return new RunSettings(s.target(), s.solver(), seed, codes, source, s.lsot(), s.criticRays(),
                s.exactSampleSize(), s.sinkhorn(), s.metricSamples(), s.mapMetricSamples());
    }

    /** The same settings for another solver (each solver keeps its own options). */
    public static RunSettings withSolver(RunSettings s, SolverKind solver) {
        return new RunSettings(s.target(), solver, s.seed(), s.codeCount(), s.source(), s.lsot(), s.criticRays(),
                s.exactSampleSize(), s.sinkhorn(), s.metricSamples(), s.mapMetricSamples());
    }

    /** The same settings for another target id. */
    public static RunSettings withTarget(RunSettings s, String target) {
        return new RunSettings(target, s.solver(), s.seed(), s.codeCount(), s.source(), s.lsot(), s.criticRays(),
                s.exactSampleSize(), s.sinkhorn(), s.metricSamples(), s.mapMetricSamples());
    }
}
