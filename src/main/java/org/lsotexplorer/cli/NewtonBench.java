package org.lsotexplorer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.LsotOptions;
import org.lsotexplorer.engine.LsotSolver;
import org.lsotexplorer.engine.RefineMethod;
import org.lsotexplorer.engine.TransportProblem;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.math.ot.LaguerreDiagram;
import org.lsotexplorer.math.ot.NewtonOptions;
import org.lsotexplorer.math.ot.SemiDiscreteNewton;
import org.lsotexplorer.math.ot.SemiDiscreteOptions;
import org.lsotexplorer.math.ot.SemiDiscreteRefinement;
import org.lsotexplorer.model.Nd4jRuntime;

/**
 * {@code bench newton}: the exact refinement against the Monte-Carlo one, from the same discriminator heights
 * {@code h_j = D(y_j) - |y_j|^2/2} (default lsot discriminator, seed 1). Cases: checkerboard n = 16,384, eight
 * Gaussians n = 1,024 and, last (the headline), n = 4,096. One JSON line each: {@code n}, Newton's
 * {@code iterations}, {@code worst_error} (exact {@code max_j |mu(W_j) - nu_j| / nu_j}) and {@code seconds}; the
 * default Adam refinement's {@code adam_seconds} and its exact {@code adam_worst_error}; {@code ratio} =
 * seconds / adam_seconds. The discriminator's training is not timed. Newton's iterations go to stderr.
 */
final class NewtonBench {
    private final PrintWriter out;
    private final PrintWriter err;
    private final int discriminatorSteps;

    private final Integer only;

    NewtonBench(PrintWriter out, PrintWriter err, int discriminatorSteps, Integer only) {
        this.out = out;
        this.err = err;
        this.only = only;
        this.discriminatorSteps = discriminatorSteps;
    }

    void run() {
        Nd4jRuntime.init();
        measure(ToyPreset.CHECKERBOARD, 16_384);
        measure(ToyPreset.EIGHT_GAUSSIANS, 1_024);
        measure(ToyPreset.EIGHT_GAUSSIANS, 4_096);
    }

    private void measure(ToyPreset preset, int n) {
        if (only != null && only != n) {
            return;
        }
        double[][] codes = preset.sampleCodes(n, new SplittableRandom(1));
        TransportProblem problem = new TransportProblem(SourceDistribution.GAUSSIAN, preset, codes);
        LsotOptions o = LsotOptions.defaults().withDiscriminatorSteps(discriminatorSteps).withRefineIterations(0)
                .withRefineMethod(RefineMethod.ADAM);
        LsotSolver lsot = new LsotSolver(problem, o, 1L);
        while (!lsot.isDone()) {
            lsot.step();
        }
        BrenierPotential start = lsot.brenierPotential();
        long t0 = System.nanoTime();
        SemiDiscreteNewton newton = new SemiDiscreteNewton(start.codes(), start.heights(), null,
                SourceDistribution.GAUSSIAN, NewtonOptions.defaults());
        while (!newton.isDone()) {
            newton.step();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        newton.history().forEach(it -> err.println(preset.id() + " n=" + n + " " + it));
        if (newton.failure() != null) {
            err.println(newton.failure());
        }
        err.flush();
        long t1 = System.nanoTime();
        SemiDiscreteRefinement adam = new SemiDiscreteRefinement(start, SourceDistribution.GAUSSIAN,
                SemiDiscreteOptions.defaults(), new SplittableRandom(2));
        while (!adam.isDone()) {
            adam.step();
        }
        double adamSeconds = (System.nanoTime() - t1) / 1e9;
        BrenierPotential a = adam.potential();
        double adamError = LaguerreDiagram.compute(a.codes(), a.heights(), null, SourceDistribution.GAUSSIAN)
                .worstRelativeError();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "\"newton_" + preset.id() + "_n" + n + "\"");
        m.put("n", n);
        m.put("iterations", newton.iteration());
        m.put("worst_error", String.format(Locale.ROOT, "%.3e", newton.diagram().worstRelativeError()));
        m.put("converged", newton.isConverged());
        m.put("seconds", String.format(Locale.ROOT, "%.3f", seconds));
        m.put("adam_seconds", String.format(Locale.ROOT, "%.3f", adamSeconds));
        m.put("adam_iterations", adam.iteration());
        m.put("adam_worst_error", String.format(Locale.ROOT, "%.3e", adamError));
        m.put("ratio", String.format(Locale.ROOT, "%.3f", seconds / adamSeconds));
        m.put("start_worst_error", String.format(Locale.ROOT, "%.3e", newton.history().get(0).worstRelativeError()));
        m.put("discriminator_steps", discriminatorSteps);
        out.println(m.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}")));
        out.flush();
    }
}
