package org.lsotexplorer.cli;

import org.lsotexplorer.data.ImageLayout;
import org.lsotexplorer.engine.images.CodeRunSettings;
import org.lsotexplorer.engine.images.ImagePreset;
import org.lsotexplorer.engine.images.ImageRunSettings;
import org.lsotexplorer.engine.images.LatentGeneratorKind;
import org.lsotexplorer.engine.images.ModelStore;
import org.lsotexplorer.model.ConvAutoencoderOptions.ReconstructionLoss;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lsotexplorer.data.DatasetCache;
import org.lsotexplorer.data.EmpiricalDistribution;
import org.lsotexplorer.data.PointCsv;
import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.CriticRaysOptions;
import org.lsotexplorer.engine.LsotOptions;
import org.lsotexplorer.engine.LsotSolver;
import org.lsotexplorer.engine.RefineMethod;
import org.lsotexplorer.engine.RefinementMetrics;
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
            "  singular-set.png (lsot), raw-discriminator.png (lsot), curves.png,",
            "  model/codes.csv and model/heights.csv (lsot, exact).",
            "With --codes FILE: your own latent codes (and --labels, --images, --decoder), see README.",
            "Prints metrics.json as one line when done."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--preset", defaultValue = "eight-gaussians",
            description = "toy target: eight-gaussians, 25-gaussians, swiss-roll, two-moons, rings, checkerboard;"
                    + " or images: mnist, celeba (need --data) (default: ${DEFAULT-VALUE})")
    String preset;

    @Option(names = "--target-csv", paramLabel = "FILE", description = "use the points of a CSV file as the target")
    Path targetCsv;

    @Option(names = "--solver", defaultValue = "lsot",
            description = "lsot, critic-rays, exact, sinkhorn; for images lsot, exact, sinkhorn, vae, wgan-gp"
                    + " (default: ${DEFAULT-VALUE})")
    String solver;

    @Option(names = "--seed", defaultValue = "1", description = "master seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "run folder to write")
    Path out;

    @Option(names = "--steps", description = "main training steps (discriminator / critic steps; Sinkhorn iterations)")
    Integer steps;

    @Option(names = "--batch", description = "mini-batch (networks) or sample size (exact, sinkhorn)")
    Integer batch;

    @Option(names = "--codes", paramLabel = "FILE",
            description = "your own latent codes: a .npy (float32/float64, n x d) or CSV file; (a number here is the"
                    + " deprecated form of --targets)")
    String codesOption;

    @Option(names = "--targets", description = "n, the fixed target sample the map is trained on (default: 4096)")
    Integer targets;

    @Option(names = "--labels", paramLabel = "FILE", description = "own codes: one integer label per code (.npy or CSV)")
    Path labels;

    @Option(names = "--images", paramLabel = "FILE",
            description = "own codes: one image per code (.npy uint8 or float in [0, 1]), previews without a decoder")
    Path images;

    @Option(names = "--image-layout", defaultValue = "auto",
            description = "own codes: nhw, nchw, nhwc or auto (inferred when unambiguous) (default: ${DEFAULT-VALUE})")
    String imageLayout;

    @Option(names = "--decoder", paramLabel = "FILE", description = "own codes: an ONNX decoder, float32 batch x d in,"
            + " images out")
    Path decoder;

    /** The target count of --targets, or of the deprecated numeric --codes (null when neither is given). */
    Integer codes;

    @Option(names = "--source", defaultValue = "gaussian", description = "gaussian or uniform (default: ${DEFAULT-VALUE})")
    String source;

    @Option(names = "--refine", description = "lsot refinement iterations (0 = raw discriminator map)")
    Integer refine;

    @Option(names = "--refine-method", defaultValue = "auto",
            description = "lsot refinement: newton (exact Laguerre cells, 2-D only), adam (Monte-Carlo) or auto"
                    + " (newton in 2-D, adam above) (default: ${DEFAULT-VALUE})")
    String refineMethod;

    @Option(names = "--grid", defaultValue = "200", description = "potential grid cells per side (default: ${DEFAULT-VALUE})")
    int grid;

    @Option(names = "--quiet", description = "no progress lines on stderr")
    boolean quiet;

    @Option(names = "--data", paramLabel = "DIR", description = "images: the MNIST folder (four IDX files, gz or raw)"
            + " or a folder of face images (JPEG/PNG)")
    Path data;

    @Option(names = "--latent-dim", description = "images: latent dimension d (default 8 for mnist, 64 for celeba)")
    Integer latentDim;

    @Option(names = "--epochs", description = "images: autoencoder epochs (default 3 for mnist, 20 for celeba)")
    Integer epochs;

    @Option(names = "--train-limit", defaultValue = "0",
            description = "images: use only the first N training images (default: all)")
    int trainLimit;

    @Option(names = "--image-size", description = "celeba: 32 or 64 pixels (default 64)")
    Integer imageSize;

    @Option(names = "--loss", description = "images: autoencoder loss mse or bce (default bce for mnist, mse for celeba)")
    String loss;

    @Option(names = "--samples", description = "images: generated images the metrics use (default 5000 mnist, 1000 celeba)")
    Integer samples;

    @Option(names = "--compare", description = "images: also train the vae and wgan-gp baselines and write comparison.png")
    boolean compare;

    @Option(names = "--model-cache", paramLabel = "DIR",
            description = "images: where trained autoencoders and the MNIST classifier are cached (default: the user"
                    + " cache folder)")
    Path modelCache;

    @Option(names = "--no-model-cache", description = "images: never reuse or store trained models")
    boolean noModelCache;

    @Option(names = "--learning-rate", paramLabel = "LR",
            description = "Adam learning rate of the lsot discriminator or the critic-rays critic, (0, 1]"
                    + " (default 1e-4); lower it when training diverges")
    Double learningRate;

    /** Options that only image presets use, and options that only 2-D runs use. */
    private static final List<String> IMAGE_ONLY = List.of("--data", "--latent-dim", "--epochs", "--train-limit",
            "--image-size", "--loss", "--samples", "--compare", "--model-cache", "--no-model-cache");
    private static final List<String> PLANE_ONLY = List.of("--target-csv", "--source", "--grid");

    @Override
    public Integer call() throws IOException {
        codes = targets;
        Path codesFile = null;
        if (codesOption != null) {
            if (codesOption.strip().matches("\\d+")) {
                spec.commandLine().getErr().println("warning: --codes N is deprecated; use --targets N (--codes now"
                        + " takes a file of your own codes)");
                codes = codes != null ? codes : Integer.valueOf(codesOption.strip());
            } else {
                codesFile = Path.of(codesOption);
            }
        }
        if (codesFile == null && (labels != null || images != null || decoder != null)) {
            throw new IllegalArgumentException("--labels, --images and --decoder need --codes FILE (your own codes)");
        }
        if (codesFile != null) {
            Path file = codesFile;
            String[] json = new String[1];
            Cli.withLibraryChatterOnStderr(() -> json[0] = new CodeRunner(codeSettings(), file, labels, images,
                    ImageLayout.parse(imageLayout), decoder, out, spec.commandLine().getErr(), quiet).run());
            spec.commandLine().getOut().println(json[0]);
            return 0;
        }
        boolean imageRun = ImagePreset.isImagePreset(preset);
        if (!imageRun && targetCsv != null && spec.commandLine().getParseResult().hasMatchedOption("--preset")) {
            throw new IllegalArgumentException("--target-csv replaces the preset; give --preset or --target-csv,"
                    + " not both");
        }
        if (!imageRun && targetCsv == null) {
            requireKnownPreset();
        }
        requireApplicable(imageRun ? PLANE_ONLY : IMAGE_ONLY, imageRun);
        if (learningRate != null && !(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("--learning-rate must be in (0, 1], got " + learningRate);
        }
        OutputPaths.requireWritableFolder(out, "--out");
        if (imageRun) {
            ImageRunSettings s = imageSettings();              // every option is checked before any work
            if (modelCache != null && noModelCache) {
                throw new IllegalArgumentException("--model-cache and --no-model-cache contradict each other;"
                        + " give one of them");
            }
            ModelStore store = noModelCache ? null : modelCache == null ? ModelStore.atDefaultLocation()
                    : new ModelStore(modelCache);
            DatasetCache faces = noModelCache ? null : modelCache == null ? DatasetCache.atDefaultLocation()
                    : new DatasetCache(modelCache.resolve("datasets"));
            String[] json = new String[1];
            Cli.withLibraryChatterOnStderr(() -> json[0] = new ImageRunner(s, data, out, store, faces, compare,
                    spec.commandLine().getErr(), quiet).run());
            spec.commandLine().getOut().println(json[0]);
            return 0;
        }
        SnapshotOptions figures = SnapshotOptions.full(grid);    // checked before the run, not after it
        TargetDistribution target = target();
        RunSettings s = settings(target.id());
        if (s.solver() == SolverKind.EXACT) {
            OtLimits.check("run --solver exact", Math.min(s.exactSampleSize(), 10_000), s.codeCount(), true,
                    OtCommand.freeHeapAfterCollection());
        } else if (s.solver() == SolverKind.SINKHORN) {
            OtLimits.check("run --solver sinkhorn", s.sinkhorn().sampleSize(), s.codeCount(), false,
                    OtCommand.freeHeapAfterCollection());
        }
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
        RunMetrics metrics = RefinementMetrics.withTimes(run.evaluate(), run.solver(),
                (System.nanoTime() - t0) / 1e9);
        folder.writeManifest(run);
        folder.writeMetrics(metrics);
        folder.writeHistory(run.history());
        RunFigures.write(folder.dir(), run.snapshot(figures), run.history());
        run.release();   // the networks' off-heap memory now, not at a collection (report runs many in one JVM)
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(metrics.asJsonFileMap()));
        return 0;
    }

    private void requireKnownPreset() {
        try {
            ToyPreset.parse(preset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown preset '" + preset + "' (expected one of " + ToyPreset.ids()
                    + ", or the image presets " + ImagePreset.ids() + " with --data DIR)", e);
        }
    }

    /** Refuses options the chosen kind of run would silently ignore. */
    private void requireApplicable(List<String> notHere, boolean images) {
        for (String o : notHere) {
            if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                throw new IllegalArgumentException(o + " applies only to " + (images
                        ? "2-D runs (toy presets or --target-csv)" : "the image presets " + ImagePreset.ids())
                        + "; remove it or change --preset");
            }
        }
        if (images && learningRate != null && !LatentGeneratorKind.parse(solver).id().equals("lsot")) {
            throw new IllegalArgumentException("--learning-rate applies only to --solver lsot for images");
        }
    }

    /** Steps to the end; progress on stderr (an exact solve, cut into time slices, reports once a second). */
    private void train(TransportRun run, PrintWriter err) {
        int total = run.solver().totalSteps();
        int logEvery = Math.max(1, total / 20);
        int modeEvery = Math.max(1, total / 10);
        boolean known = run.solver().stepCountKnown();
        long start = System.nanoTime();
        long lastLine = start;
        while (!run.isDone()) {
            var r = run.step();
            if (known && r.step() % modeEvery == 0) {
                run.logModeMetrics();
            }
            long now = System.nanoTime();
            boolean due = known ? r.step() % logEvery == 0 : now - lastLine >= 1_000_000_000L;
            if (!quiet && (due || run.isDone())) {
                lastLine = now;
                err.println(String.format(Locale.ROOT, "step %d/%s  %-13s %s  (%.1f s)", r.step(),
                        known ? Integer.toString(total) : "?", r.phase(), r.losses(), (now - start) / 1e9));
            }
        }
        if (!known) {
            run.logModeMetrics();
        }
        if (run.solver() instanceof LsotSolver lsot && lsot.refineFailure() != null) {
            err.println("warning: the Newton refinement stopped early: " + lsot.refineFailure());
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

    private ImageRunSettings imageSettings() {
        ImageRunSettings s = ImageRunSettings.defaults(ImagePreset.parse(preset), LatentGeneratorKind.parse(solver),
                seed).withTrainLimit(trainLimit);
        if (latentDim != null) {
            s = s.withLatentDim(latentDim);
        }
        if (epochs != null) {
            s = s.withAutoencoderEpochs(epochs);
        }
        if (imageSize != null) {
            s = s.withImageSize(imageSize);
        }
        if (loss != null) {
            String l = loss.trim().toUpperCase(Locale.ROOT);
            if (!l.equals("MSE") && !l.equals("BCE")) {
                throw new IllegalArgumentException("unknown loss '" + loss + "' (expected mse or bce)");
            }
            s = s.withLoss(ReconstructionLoss.valueOf(l));
        }
        if (samples != null) {
            s = s.withSampleCount(samples);
        }
        if (codes != null) {
            s = s.withCodeCount(codes);
        }
        if (steps != null) {
            s = s.withLsot(s.lsot().withDiscriminatorSteps(steps)).withGeneratorSteps(steps);
        }
        if (batch != null) {
            s = s.withLsot(s.lsot().withBatchSize(batch));
        }
        if (refine != null) {
            s = s.withLsot(s.lsot().withRefineIterations(refine));
        }
        s = s.withLsot(s.lsot().withRefineMethod(RefineMethod.parse(refineMethod)));
        return s;
    }

    private CodeRunSettings codeSettings() {
        CodeRunSettings s = CodeRunSettings.defaults(LatentGeneratorKind.parse(solver), seed);
        if (codes != null) {
            s = s.withTargetCount(codes);
        }
        if (samples != null) {
            s = s.withSampleCount(samples);
        }
        if (steps != null) {
            s = s.withLsot(s.lsot().withDiscriminatorSteps(steps));
        }
        if (batch != null) {
            s = s.withLsot(s.lsot().withBatchSize(batch));
        }
        if (refine != null) {
            s = s.withLsot(s.lsot().withRefinement(s.lsot().refinement().withMaxIterations(refine)));
        }
        if (learningRate != null) {
            s = s.withLsot(withLearningRate(s.lsot(), learningRate));
        }
        return s;
    }

    private static LsotOptions withLearningRate(LsotOptions l, double lr) {
        return new LsotOptions(l.hiddenWidths(), lr, l.beta1(), l.beta2(), l.batchSize(), l.discriminatorSteps(),
                l.refinement(), l.angleThreshold(), l.blendWidth(), l.refineMethod(), l.newton());
    }

    private RunSettings settings(String targetId) {
        int codes = this.codes == null ? 4096 : this.codes;
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
        LsotOptions lsot = s.lsot().withRefineMethod(RefineMethod.parse(refineMethod));
        if (refine != null) {
            lsot = lsot.withRefineIterations(refine);
        }
        if (learningRate != null) {
            if (s.solver() != SolverKind.LSOT && s.solver() != SolverKind.CRITIC_RAYS) {
                throw new IllegalArgumentException("--learning-rate applies only to --solver lsot or critic-rays");
            }
            lsot = withLearningRate(lsot, learningRate);
            CriticRaysOptions c = s.criticRays();
            s = s.with(lsot, new CriticRaysOptions(c.hiddenWidths(), learningRate, c.beta1(), c.beta2(),
                    c.batchSize(), c.criticSteps(), c.lambda(), c.pairingRounds(), c.pairingBatch(),
                    c.regressionWidths(), c.regressionSteps(), c.regressionLearningRate()), s.exactSampleSize(),
                    s.sinkhorn());
        }
        return s.with(lsot, s.criticRays(), s.exactSampleSize(), s.sinkhorn());
    }
}
