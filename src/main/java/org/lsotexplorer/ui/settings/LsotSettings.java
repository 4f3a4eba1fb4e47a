package org.lsotexplorer.ui.settings;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.lsotexplorer.engine.LsotOptions;
import org.lsotexplorer.engine.RefineMethod;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.math.ot.SemiDiscreteOptions;

/** The settings of the {@code lsot} solver (method.md 3.1): discriminator, refinement and generation. */
final class LsotSettings {
    private static final String NET = "LSOT discriminator";
    private static final String MAP = "LSOT refinement and map";

    private LsotSettings() {
    }

    /** A mutable copy of {@link LsotOptions}, rebuilt (and so validated) by {@link #build()}. */
    private static final class Draft {
        int[] widths;
        double learningRate;
        double beta1;
        double beta2;
        int batch;
        int steps;
        SemiDiscreteOptions refinement;
        double angle;
        double blend;
        RefineMethod method;

        Draft(LsotOptions o) {
            widths = o.hiddenWidths();
            learningRate = o.learningRate();
            beta1 = o.beta1();
            beta2 = o.beta2();
            batch = o.batchSize();
            steps = o.discriminatorSteps();
            refinement = o.refinement();
            angle = o.angleThreshold();
            blend = o.blendWidth();
            method = o.refineMethod();
        }

        LsotOptions build() {
            return new LsotOptions(widths, learningRate, beta1, beta2, batch, steps, refinement, angle, blend)
                    .withRefineMethod(method);
        }
    }

    private static RunSettings edit(RunSettings s, Consumer<Draft> change) {
        Draft d = new Draft(s.lsot());
        change.accept(d);
        return s.with(d.build(), s.criticRays(), s.exactSampleSize(), s.sinkhorn());
    }

    private static Setting setting(String key, String name, String category, String help, String range,
                                   String liveKey, Function<LsotOptions, String> read, Setting.Writer write) {
        return new Setting("lsot." + key, name, category, help, range, liveKey, List.of(),
                s -> read.apply(s.lsot()), write);
    }

    static List<Setting> all() {
        return List.of(
            setting("learningRate", "Learning rate", NET, "Adam step of the discriminator D (betas 0.5, 0.9).",
                "1e-9 .. 1 (default 0.0001)", "learning_rate", o -> Parse.number(o.learningRate()),
                (s, t) -> edit(s, d -> d.learningRate = Parse.real("learning rate", t))),
            setting("batch", "Batch", NET, "Source points z and codes y per discriminator step.",
                "2 .. 65,536 (default 256)", null, o -> Integer.toString(o.batchSize()),
                (s, t) -> edit(s, d -> d.batch = Parse.whole("batch", t))),
            setting("widths", "Hidden widths", NET, "Widths of the ReLU hidden layers of D, comma separated.",
                "1 to 8 layers, each 1 .. 4,096 (default 512, 512, 512)", null, o -> Parse.widths(o.hiddenWidths()),
                (s, t) -> edit(s, d -> d.widths = Parse.widths("hidden widths", t))),
            setting("steps", "Steps", NET, "Minimisation steps of the negative semi-dual.",
                "0 .. 10,000,000 (default 1,500)", null, o -> Integer.toString(o.discriminatorSteps()),
                (s, t) -> edit(s, d -> d.steps = Parse.whole("discriminator steps", t))),
            setting("refinement", "Iterations", MAP,
                "Refinement iterations: semi-discrete OT steps on the heights h_j after the discriminator; 0 keeps the raw"
                + " discriminator map.",
                "0 .. 1,000,000 (default 600)", null, o -> Integer.toString(o.refinement().maxIterations()),
                (s, t) -> edit(s, d -> d.refinement = d.refinement.withMaxIterations(
                        Parse.whole("refinement iterations", t)))),
            new Setting("lsot.refineMethod", "Refine method", MAP, "How the heights h_j are refined after the"
                + " discriminator: newton = damped Newton on exact Laguerre cells (the plane only; converges to machine"
                + " precision in a few iterations), adam = Adam on Monte-Carlo cell masses (any dimension), auto ="
                + " newton in the plane, adam above.", "auto, newton or adam (default auto)", null,
                List.of("auto", "newton", "adam"), s -> s.lsot().refineMethod().id(),
                (s, t) -> edit(s, d -> d.method = RefineMethod.parse(t))),
            setting("refineSamples", "MC samples", MAP,
                "Monte-Carlo source points per refinement step (doubled when the residual stalls).",
                "16 .. 10,000,000 (default 65,536)", null, o -> Integer.toString(o.refinement().initialSamples()),
                (s, t) -> edit(s, d -> d.refinement = samples(d.refinement, Parse.whole("refinement samples", t)))),
            setting("angleThreshold", "Angle threshold", MAP,
                "In radians. Neighbouring cells whose normals differ by more are not blended: they mark the singular set.",
                "0 .. 3.14159 rad (default 0.4 for 2-D)", "angle_threshold", o -> Parse.number(o.angleThreshold()),
                (s, t) -> edit(s, d -> d.angle = Parse.real("angle threshold", t))),
            setting("blendWidth", "Blend width \u03b4", MAP,
                "Potential gap over which a new code blends from y_a to the midpoint of y_a and y_b.",
                "greater than 0, up to 1e6 (default 0.02)", "blend_width", o -> Parse.number(o.blendWidth()),
                (s, t) -> edit(s, d -> d.blend = Parse.real("blend width", t))));
    }

    private static SemiDiscreteOptions samples(SemiDiscreteOptions r, int initial) {
        return new SemiDiscreteOptions(r.maxIterations(), r.learningRate(), initial,
                Math.max(r.maxSamples(), initial), r.tolerance(), r.stallWindow());
    }
}
