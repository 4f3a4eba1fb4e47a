package org.lsotexplorer.ui.settings;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.lsotexplorer.engine.CriticRaysOptions;
import org.lsotexplorer.engine.RunSettings;

/** The settings of the {@code critic-rays} solver (method.md 3.2). */
final class CriticRaysSettings {
    private static final String CAT = "Critic rays";

    private CriticRaysSettings() {
    }

    /** A mutable copy of {@link CriticRaysOptions}, rebuilt (and so validated) by {@link #build()}. */
    private static final class Draft {
        int[] widths;
        double learningRate;
        double beta1;
        double beta2;
        int batch;
        int steps;
        double lambda;
        int pairingRounds;
        int pairingBatch;
        int[] regressionWidths;
        int regressionSteps;
        double regressionRate;

        Draft(CriticRaysOptions o) {
            widths = o.hiddenWidths();
            learningRate = o.learningRate();
            beta1 = o.beta1();
            beta2 = o.beta2();
            batch = o.batchSize();
            steps = o.criticSteps();
            lambda = o.lambda();
            pairingRounds = o.pairingRounds();
            pairingBatch = o.pairingBatch();
            regressionWidths = o.regressionWidths();
            regressionSteps = o.regressionSteps();
            regressionRate = o.regressionLearningRate();
        }

        CriticRaysOptions build() {
            return new CriticRaysOptions(widths, learningRate, beta1, beta2, batch, steps, lambda, pairingRounds,
                    pairingBatch, regressionWidths, regressionSteps, regressionRate);
        }
    }

    private static RunSettings edit(RunSettings s, Consumer<Draft> change) {
        Draft d = new Draft(s.criticRays());
        change.accept(d);
        return s.with(s.lsot(), d.build(), s.exactSampleSize(), s.sinkhorn());
    }

    private static Setting setting(String key, String name, String help, String range, String liveKey,
                                   Function<CriticRaysOptions, String> read, Setting.Writer write) {
        return new Setting("criticRays." + key, name, CAT, help, range, liveKey, List.of(),
                s -> read.apply(s.criticRays()), write);
    }

    static List<Setting> all() {
        return List.of(
            setting("learningRate", "Learning rate", "Adam step of the WGAN-GP critic (betas 0.5, 0.9).",
                "1e-9 .. 1 (default 0.0001)", "learning_rate", o -> Parse.number(o.learningRate()),
                (s, t) -> edit(s, d -> d.learningRate = Parse.real("learning rate", t))),
            setting("batch", "Batch", "Source points and codes per critic step.", "2 .. 65,536 (default 256)",
                null, o -> Integer.toString(o.batchSize()), (s, t) -> edit(s, d -> d.batch = Parse.whole("batch", t))),
            setting("widths", "Hidden widths", "Widths of the critic's ReLU hidden layers, comma separated.",
                "1 to 8 layers, each 1 .. 4,096 (default 256, 256, 256)", null, o -> Parse.widths(o.hiddenWidths()),
                (s, t) -> edit(s, d -> d.widths = Parse.widths("hidden widths", t))),
            setting("steps", "Critic steps", "Minimisation steps of the critic loss.",
                "0 .. 10,000,000 (default 1,500)", null, o -> Integer.toString(o.criticSteps()),
                (s, t) -> edit(s, d -> d.steps = Parse.whole("critic steps", t))),
            setting("lambda", "Penalty \u03bb",
                "Gradient-penalty weight: the weight of mean (|grad D(x_hat)| - 1)^2 in the critic loss.",
                "0 .. 1e6 (default 10)", null, o -> Parse.number(o.lambda()),
                (s, t) -> edit(s, d -> d.lambda = Parse.real("lambda", t))),
            setting("pairingRounds", "Pairing rounds", "Exact W1 assignments that measure the ray lengths t_i.",
                "1 .. 1,000 (default 4)", null, o -> Integer.toString(o.pairingRounds()),
                (s, t) -> edit(s, d -> d.pairingRounds = Parse.whole("pairing rounds", t))),
            setting("regressionSteps", "Regression steps", "Adam steps of the ray-length network t_psi.",
                "0 .. 10,000,000 (default 1,500)", null, o -> Integer.toString(o.regressionSteps()),
                (s, t) -> edit(s, d -> d.regressionSteps = Parse.whole("regression steps", t))));
    }
}
