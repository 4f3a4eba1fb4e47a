package org.lsotexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lsotexplorer.data.EmpiricalDistribution;
import org.lsotexplorer.data.PointCsv;
import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.RunFolder;
import org.lsotexplorer.engine.RunMetrics;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SnapshotOptions;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.TrainingDivergedException;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.report.RunFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run}: trains a solver on a toy (or a CSV of points) and writes the run folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Train a solver on a 2-D target and write a run folder:",
            "  manifest.json, metrics.json, metrics.csv, potential.png, arrows.png, mapped.png,",
            "  singular-set.png (lsot), raw-discriminator.png (lsot), curves.png.",
            "Prints metrics.json as one line when done."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--preset", defaultValue = "eight-gaussians",
            description = "toy target: eight-gaussians, 25-gaussians, swiss-roll, two-moons, rings, checkerboard"
                    + " (default: ${DEFAULT-VALUE})")
    String preset;

    @Option(names = "--target-csv", paramLabel = "FILE", description = "use the points of a CSV file as the target")
    Path targetCsv;

    @Option(names = "--solver", defaultValue = "lsot",
            description = "lsot, critic-rays, exact, sinkhorn (default: ${DEFAULT-VALUE})")
    String solver;

    @Option(names = "--seed", defaultValue = "1", description = "master seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "run folder to write")
    Path out;

    @Option(names = "--steps", description = "main training steps (discriminator / critic steps; Sinkhorn iterations)")
    Integer steps;

    @Option(names = "--batch", description = "mini-batch (networks) or sample size (exact, sinkhorn)")
    Integer batch;

    @Option(names = "--codes", defaultValue = "4096", description = "n, the fixed target sample (default: ${DEFAULT-VALUE})")
    int codes;

    @Option(names = "--source", defaultValue = "gaussian", description = "gaussian or uniform (default: ${DEFAULT-VALUE})")
    String source;

    @Option(names = "--refine", description = "lsot refinement iterations (0 = raw discriminator map)")
    Integer refine;

    @Option(names = "--grid", defaultValue = "200", description = "potential grid cells per side (default: ${DEFAULT-VALUE})")
    int grid;

    @Option(names = "--quiet", description = "no progress lines on stderr")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        TargetDistribution target = target();
        RunSettings s = settings(target.id());
        RunFolder folder = RunFolder.create(out);
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        TransportRun run = TransportRun.create(s, target);
        try {
            train(run, err);
        } catch (TrainingDivergedException e) {
            folder.writeManifest(run);
            folder.writeHistory(run.history());
            throw e;
        }
        RunMetrics metrics = run.evaluate().withSeconds((System.nanoTime() - t0) / 1e9);
        folder.writeManifest(run);
        folder.writeMetrics(metrics);
        folder.writeHistory(run.history());
        RunFigures.write(folder.dir(), run.snapshot(SnapshotOptions.full(grid)), run.history());
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(metrics.asJsonMap()));
        return 0;
    }

    private void train(TransportRun run, PrintWriter err) {
        int total = run.solver().totalSteps();
        int logEvery = Math.max(1, total / 20);
        int modeEvery = Math.max(1, total / 10);
        long start = System.nanoTime();
        while (!run.isDone()) {
            var r = run.step();
            if (r.step() % modeEvery == 0) {
                run.logModeMetrics();
            }
            if (!quiet && (r.step() % logEvery == 0 || run.isDone())) {
                err.println(String.format(Locale.ROOT, "step %d/%d  %-13s %s  (%.1f s)", r.step(), total, r.phase(),
                        r.losses(), (System.nanoTime() - start) / 1e9));
            }
        }
    }

    private TargetDistribution target() throws IOException {
        if (targetCsv != null) {
            double[][] pts = PointCsv.read(targetCsv);
            if (pts[0].length != 2) {
                throw new IllegalArgumentException(targetCsv.getFileName() + " has " + pts[0].length
                        + " columns; a 2-D target needs exactly 2");
            }
            return new EmpiricalDistribution("csv", targetCsv.getFileName().toString(), pts);
        }
        return ToyPreset.parse(preset);
    }

    private RunSettings settings(String targetId) {
        RunSettings s = RunSettings.defaults(targetId, SolverKind.parse(solver), seed).withCodeCount(codes);
        s = new RunSettings(s.target(), s.solver(), s.seed(), s.codeCount(), SourceDistribution.parse(source),
                s.lsot(), s.criticRays(), s.exactSampleSize(), s.sinkhorn(), s.metricSamples(), s.mapMetricSamples());
        if (s.solver() == SolverKind.EXACT) {
            s = s.withBatch(Math.min(codes, 10_000));
        }
        if (steps != null) {
            s = s.withSteps(steps);
        }
        if (batch != null) {
            s = s.withBatch(batch);
        }
        if (refine != null) {
            s = s.with(s.lsot().withRefinement(s.lsot().refinement().withMaxIterations(refine)), s.criticRays(),
                    s.exactSampleSize(), s.sinkhorn());
        }
        return s;
    }
}
