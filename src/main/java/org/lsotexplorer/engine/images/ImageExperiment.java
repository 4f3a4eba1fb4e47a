package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.ImageDataset;
import org.lsotexplorer.math.PrincipalPlane;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.model.ConvAutoencoder;
import org.lsotexplorer.model.ConvAutoencoderOptions;
import org.lsotexplorer.model.NearestImages;
import org.lsotexplorer.model.Nd4jRuntime;
import org.lsotexplorer.model.VariationalAutoencoder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lsotexplorer.math.ot.BrenierPotential;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.logging.Logger;

/**
 * One image run, step by step (the paper's pipeline): train the autoencoder, encode the training images,
 * standardize the codes, train the latent generator (LSOT by default) and, for MNIST, the classifier the metrics
 * need. Each {@link #step()} is one unit of work (a mini-batch, a chunk of images, a solver step), so the owner can
 * show progress and cancel between steps. Confined to one thread: the worker, or the CLI's main thread.
 * Queries ({@link #generate}, {@link #plane}, {@link #interpolate}, ...) answer once the codes exist.
 */
public final class ImageExperiment implements ImageRun {
    private static final Logger LOG = Logger.getLogger(ImageExperiment.class.getName());
    static final int ENCODE_CHUNK = 500;
    static final int GRID_SIZE = 64;

    private final ImageRunSettings settings;
    private ImageData data;
    private String missingData;
    private final ModelStore store;
    private final SplittableRandom rng;
    private final ImageCodec codec;
    private final String autoencoderKey;
    private final LatentTraining training;
    private final double[][] fixedNoise;
    private final List<String> log = new ArrayList<>();
    private final PhaseClock clock = new PhaseClock();
    private final MetricsClassifier classifier;
    private ImagePhase phase;
    private final ResidentSetGuard memoryGuard = ResidentSetGuard.fromSystemProperty();
    private int encoded;
    private double[][] codes;
    private CodeSpace space;
    private LatentSampler sampler;
    private Map<String, Double> losses = Map.of();
    private NearestImages trainingIndex;
    private BaselineSet baselines;
    private boolean baselinesRequested;
    private final ConvAutoencoderOptions shapes;
    private boolean released;

    /**
     * @param store where the autoencoder and the classifier are cached (null = never cached)
     */
    public ImageExperiment(ImageRunSettings settings, ImageData data, ModelStore store) {
        Nd4jRuntime.init();
        this.settings = settings;
        this.data = data;
        this.store = store;
        this.rng = new SplittableRandom(settings.seed());
        int channels = data.train().channels();
        if (data.train().height() != settings.imageSize() || data.train().width() != settings.imageSize()) {
            throw new IllegalArgumentException("the images are " + data.train().height() + "x" + data.train().width()
                    + " but the run expects " + settings.imageSize() + "x" + settings.imageSize());
        }
        ConvAutoencoderOptions options = autoencoderOptions(settings, channels);
        this.shapes = options;
        long modelSeed = rng.nextLong();
        this.autoencoderKey = "autoencoder|" + options + "|epochs=" + settings.autoencoderEpochs() + "|seed="
                + modelSeed + "|" + ModelStore.fingerprint(data.train());
        SplittableRandom trainingRandom = rng.split(); // drawn either way, so a cache hit changes no later draw
        ImageCodec loaded = settings.generator() == LatentGeneratorKind.VAE ? null : loadAutoencoder();
        if (loaded != null) {
            this.codec = loaded;
            this.training = null;
            this.phase = ImagePhase.ENCODING;
            note("reusing the cached autoencoder " + store.fileFor("autoencoder", autoencoderKey).getFileName());
        } else {
            this.codec = settings.generator() == LatentGeneratorKind.VAE
                    ? new VaeCodec(new VariationalAutoencoder(options, modelSeed))
                    : new AutoencoderCodec(new ConvAutoencoder(options, modelSeed));
            this.training = new LatentTraining(codec, data.train(), options.batchSize(),
                    settings.autoencoderEpochs(), trainingRandom);
            this.phase = ImagePhase.AUTOENCODER;
        }
        this.fixedNoise = SourceDistribution.GAUSSIAN.sample(GRID_SIZE, settings.latentDim(), rng.split());
        this.classifier = data.train().hasLabels() ? new MetricsClassifier(data.train(), settings.classifierEpochs(),
                settings.seed(), store) : null;
    }

    /** A finished run rebuilt from its saved parts (see {@link ImageRunBundle}): phase DONE, nothing to train. */
    private ImageExperiment(ImageRunSettings settings, ImageData data, ImageCodec codec,
            ConvAutoencoderOptions shapes, double[][] fixedNoise, CodeSpace space, LatentSampler sampler,
            MetricsClassifier classifier) {
        Nd4jRuntime.init();
        this.settings = settings;
        this.data = data;
        this.store = null;
        this.rng = new SplittableRandom(settings.seed());
        this.codec = codec;
        this.shapes = shapes;
        this.autoencoderKey = "";
        this.training = null;
        this.fixedNoise = fixedNoise;
        this.classifier = classifier;
        this.space = space;
        this.sampler = sampler;
        this.phase = ImagePhase.DONE;
    }

    /**
     * A finished run from saved parts.
     *
     * @param data        the run's images, or null when its data folder is missing ({@code missingData} says which
     *                    folder; the queries that need images then say so)
     * @param missingData what to tell the user when images are needed and {@code data} is null
     */
    static ImageExperiment restored(ImageRunSettings settings, ImageData data, String missingData, ImageCodec codec,
            ConvAutoencoderOptions shapes, double[][] fixedNoise, CodeSpace space, LatentSampler sampler,
            MetricsClassifier classifier) {
        ImageExperiment e = new ImageExperiment(settings, data, codec, shapes, fixedNoise, space, sampler,
                classifier);
        e.missingData = missingData;
        return e;
    }

    /**
     * Gives a reopened run its images (a data folder chosen after opening): reconstructions, nearest training
     * images, interpolations between held-out images and Evaluate need them.
     *
     * @throws IllegalArgumentException when the images do not have the run's size or channels
     */
    public void attachData(ImageData images) {
        if (images.train().height() != settings.imageSize() || images.train().channels() != shapes.channels()) {
            throw new IllegalArgumentException("the images are " + images.train().height() + "x"
                    + images.train().width() + " with " + images.train().channels() + " channel(s), but the run"
                    + " needs " + settings.imageSize() + "x" + settings.imageSize() + " with " + shapes.channels());
        }
        data = images;
        trainingIndex = null;
        missingData = null;
    }

    /** Adds a note to the log of a reopened run. */
    void noteOpened(String message) {
        note(message);
    }

    /** Whether the run's images are loaded (always, except for a reopened run whose data folder is missing). */
    public boolean hasData() {
        return data != null;
    }

    /** The autoencoder shape for a preset: DCGAN-like strided convolutions sized by the image and latent dim. */
    static ConvAutoencoderOptions autoencoderOptions(ImageRunSettings s, int channels) {
        ConvAutoencoderOptions base = s.preset() == ImagePreset.MNIST ? ConvAutoencoderOptions.mnist()
                : ConvAutoencoderOptions.celeba(s.imageSize());
        if (base.channels() != channels) {
            throw new IllegalArgumentException("the images have " + channels + " channels, the " + s.preset().id()
                    + " model expects " + base.channels());
        }
        return base.withLatentDim(s.latentDim()).withLoss(s.loss());
    }

    private ImageCodec loadAutoencoder() {
        if (store == null || !store.has("autoencoder", autoencoderKey)) {
            return null;
        }
        Path f = store.fileFor("autoencoder", autoencoderKey);
        try {
            ConvAutoencoder ae = ConvAutoencoder.load(f);
            if (!ae.options().equals(shapes)) {
                LOG.warning("the cached autoencoder " + f + " was trained with " + ae.options() + " but this run"
                        + " needs " + shapes + "; training a new one (it replaces the file)");
                note("the cached autoencoder " + f.getFileName() + " has other options (latent dim "
                        + ae.options().latentDim() + ", needed " + shapes.latentDim() + "); retraining");
                return null;
            }
            return new AutoencoderCodec(ae);
        } catch (IOException | RuntimeException e) {
            LOG.warning("ignoring the unreadable cached autoencoder " + f + ": " + e.getMessage());
            return null;
        }
    }

    public ImageRunSettings settings() {
        return settings;
    }

    /**
     * The run's images.
     *
     * @throws IllegalStateException for a reopened run without its data folder (the message names the folder)
     */
    public ImageData data() {
        if (data == null) {
            throw new IllegalStateException(missingData != null ? missingData : "the run's images are not loaded");
        }
        return data;
    }

    @Override
    public ImagePhase phase() {
        return phase;
    }

    @Override
    public String loadedMessage() {
        if (data == null) {
            return "opened the saved run without its images: " + missingData;
        }
        return (training == null && autoencoderKey.isEmpty() ? "opened the saved run; " : "") + "loaded "
                + data.train().count() + " training images";
    }

    @Override
    public boolean isDone() {
        return phase == ImagePhase.DONE;
    }

    /** Whether the codes exist, so the plane, decoding and generation can be asked for. */
    @Override
    public boolean hasCodes() {
        return sampler != null;
    }

    /** Messages worth showing in a log (cache use, skipped work). */
    @Override
    public List<String> log() {
        return Collections.unmodifiableList(log);
    }

    /** The fixed noise batch of the plane and the image grid (a copy), drawn from the seed. */
    public double[][] fixedNoise() {
        double[][] c = new double[fixedNoise.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = fixedNoise[i].clone();
        }
        return c;
    }

    /** The PCA plane of the standardized codes, once they exist ({@link #hasCodes()}). */
    public org.lsotexplorer.math.PrincipalPlane principalPlane() {
        requireCodes();
        return space.plane();
    }

    /** Where this run's autoencoder is (or would be) cached; {@code null} without a store. */
    public Path cachedAutoencoderFile() {
        return store == null ? null : store.fileFor("autoencoder", autoencoderKey);
    }

    private void note(String message) {
        log.add(message);
        LOG.fine(message);
    }

    /** One unit of work of the current phase; does nothing once done. */
    @Override
    public void step() {
        takeStep();
        memoryGuard.afterStep();
    }

    private void takeStep() {
        switch (phase) {
            case AUTOENCODER -> {
                losses = Map.of("reconstruction_loss", training.step());
                if (training.isDone()) {
                    saveAutoencoder();
                    enter(ImagePhase.ENCODING);
                }
            }
            case ENCODING -> encodeChunk();
            case GENERATOR -> {
                if (!sampler.isDone()) {
                    losses = sampler.step();
                }
                if (sampler.isDone()) {
                    enter(afterGenerator());
                }
            }
            case BASELINES -> {
                if (!baselines.isDone()) {
                    losses = baselines.step();
                }
                if (baselines.isDone()) {
                    enter(classifier == null || classifier.isDone() ? ImagePhase.DONE : ImagePhase.CLASSIFIER);
                }
            }
            case CLASSIFIER -> {
                losses = Map.of("classifier_loss", classifier.step());
                if (classifier.isDone()) {
                    enter(ImagePhase.DONE);
                }
            }
            case DONE -> {
            }
        }
    }

    private ImagePhase afterGenerator() {
        if (baselinesRequested && !baselines.isDone()) {
            return ImagePhase.BASELINES;
        }
        return classifier == null || classifier.isDone() ? ImagePhase.DONE : ImagePhase.CLASSIFIER;
    }

    /**
     * Asks for the baselines (WGAN-GP on the same codes, a VAE with the same shapes and epochs) to be trained after
     * the run's own generator, or right away when the run is already done.
     */
    public void requestBaselines() {
        baselinesRequested = true;
        if (sampler != null && baselines == null) {
            createBaselines();
        }
        if (phase == ImagePhase.DONE && !baselines.isDone()) {
            enter(ImagePhase.BASELINES);
        }
    }

    private void createBaselines() {
        baselines = new BaselineSet(settings, data().train(), shapes, codec, space.standardization(), space.targets(),
                new SplittableRandom(settings.seed() ^ 0xBA5E11E5L));
    }

    /** Whether the baselines are trained, so {@link #comparison} can show them. */
    public boolean hasBaselines() {
        return baselines != null && baselines.isDone();
    }

    /**
     * Samples for the same noise, one row per generator: this run's first, then the trained baselines; each tile's
     * caption names its generator.
     */
    public ImageTiles comparison(double[][] noise) {
        requireCodes();
        List<float[]> rows = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (float[] img : generateRows(noise)) {
            rows.add(img);
            captions.add(settings.generator().id());
        }
        if (baselines != null && baselines.isDone()) {
            for (BaselineSet.Row r : baselines.samples(noise)) {
                for (float[] img : r.images()) {
                    rows.add(img);
                    captions.add(r.kind().id());
                }
            }
        }
        return tiles(rows.toArray(new float[0][]), captions);
    }

    private void enter(ImagePhase next) {
        phase = next;
        clock.restart();
        if (next == ImagePhase.DONE && classifier != null && classifier.isDone()) {
            classifier.noteCacheUse(this::note);
        }
    }

    private void saveAutoencoder() {
        if (store == null || !(codec instanceof AutoencoderCodec ae)) {
            return;
        }
        try {
            ae.save(store.prepare("autoencoder", autoencoderKey));
        } catch (IOException e) {
            note("could not cache the autoencoder in " + store.directory() + ": " + e.getMessage());
        }
    }

    private void encodeChunk() {
        ImageDataset train = data.train();
        if (codes == null) {
            codes = new double[train.count()][];
        }
        int end = Math.min(train.count(), encoded + ENCODE_CHUNK);
        double[][] part = codec.encode(PixelLayout.chwRows(train, encoded, end));
        System.arraycopy(part, 0, codes, encoded, part.length);
        encoded = end;
        if (encoded == train.count()) {
            startGenerator();
        }
    }

    private void startGenerator() {
        space = CodeSpace.of(codes, settings.generator() != LatentGeneratorKind.VAE, settings.codeCount(),
                rng.split());
        double[][] chosen = space.targets();
        long seed = rng.nextLong();
        sampler = switch (settings.generator()) {
            case LSOT, EXACT, SINKHORN -> new TransportSampler(settings.generator(), chosen, settings, seed);
            case WGAN_GP -> new WganSampler(chosen, settings.generatorSteps(), seed);
            case VAE -> new PriorSampler();
        };
        if (baselinesRequested) {
            createBaselines();
        }
        note(String.format(java.util.Locale.ROOT, "codes: %d x %d, standardized (global std %.4g); %d of them are"
                + " the transport targets", codes.length, settings.latentDim(), space.standardization().std(),
                chosen.length));
        enter(ImagePhase.GENERATOR);
    }

    /** Progress of the current phase. */
    @Override
    public ImageProgress progress() {
        int done;
        int total;
        String detail;
        switch (phase) {
            case AUTOENCODER -> {
                done = training.completedSteps();
                total = training.totalSteps();
                detail = "epoch " + Math.min(settings.autoencoderEpochs(), training.epoch() + 1) + " of "
                        + settings.autoencoderEpochs();
            }
            case ENCODING -> {
                done = encoded;
                total = data.train().count();
                detail = done + " of " + total + " images";
            }
            case GENERATOR -> {
                done = sampler.completedSteps();
                total = sampler.totalSteps();
                detail = settings.generator().id() + ": " + sampler.phase();
            }
            case BASELINES -> {
                done = baselines.completedSteps();
                total = baselines.totalSteps();
                detail = baselines.detail();
            }
            case CLASSIFIER -> {
                done = classifier.completedSteps();
                total = classifier.totalSteps();
                detail = "classifier epoch " + classifier.epoch();
            }
            default -> {
                done = 1;
                total = 1;
                detail = "done";
            }
        }
        return new ImageProgress(phase, detail, done, total, clock.etaSeconds(done, total),
                new LinkedHashMap<>(losses));
    }

    // ---- queries (need the codes) -------------------------------------------------------------------------

    private void requireCodes() {
        if (sampler == null) {
            throw new IllegalStateException("the codes do not exist yet: wait until the training images are encoded");
        }
    }

    /**
     * The transport model for a run folder, once the sampler exists and has a Brenier potential ({@code lsot}):
     * the potential over the standardized codes, their standardization, and the refinement's figures
     * ({@code cell_mass_error_max} as a Monte-Carlo estimate above 2-D, exact in 2-D; {@code refine_iterations},
     * {@code refine_seconds}, {@code cell_mass_error_method}).
     */
    public Optional<TransportModel> transportModel() {
        if (sampler == null || sampler.brenierPotential().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        sampler.transportSolver().ifPresent(solver -> {
            org.lsotexplorer.engine.RunMetrics m = org.lsotexplorer.engine.RefinementMetrics.withTimes(
                    org.lsotexplorer.engine.RefinementMetrics.addTo(new org.lsotexplorer.engine.RunMetrics(null, null,
                            null, 0, 0, 0, 0, 0), solver, SourceDistribution.GAUSSIAN, settings.seed()), solver, 0);
            m.asJsonMap().forEach((k, v) -> {
                if (k.startsWith("cell_") || k.startsWith("refine_") || k.startsWith("semi_")) {
                    figures.put(k, v);
                }
            });
            figures.put("cell_mass_error_method", org.lsotexplorer.engine.RefinementMetrics.method(solver));
        });
        return Optional.of(new TransportModel(sampler.brenierPotential().get(), space.standardization(), figures));
    }

    /** The map over standardized codes {@code s = (y - mean) / std}, with the refinement's figures. */
    public record TransportModel(BrenierPotential potential, org.lsotexplorer.math.CodeStandardization standardization,
                                 Map<String, Object> refinement) {
    }

    /** Seeded standard Gaussian noise rows. */
    @Override
    public double[][] noise(int n, long seed) {
        return SourceDistribution.GAUSSIAN.sample(n, settings.latentDim(), new SplittableRandom(seed));
    }

    /**
     * Frees the autoencoder (or VAE), the latent generator or transport solver, the baselines, the classifier and the
     * nearest-image index, and drops the images; the run must not be used afterwards. Idempotent.
     */
    @Override
    public void release() {
        if (released) {
            return;
        }
        released = true;
        codec.close();
        if (sampler != null) {
            sampler.close();
        }
        if (baselines != null) {
            baselines.close();
        }
        if (classifier != null) {
            classifier.close();
        }
        if (trainingIndex != null) {
            trainingIndex.close();
            trainingIndex = null;
        }
        data = null;
        missingData = "this image run was released (a new run started)";
    }

    /** The model-space codes the generator makes from {@code noise}. */
    double[][] generateCodes(double[][] noise) {
        requireCodes();
        return space.standardization().undo(sampler.sample(noise));
    }

    /** Decoded images of the generator for {@code noise} rows: {@code decode(undo(T(z)))}, as CHW rows. */
    float[][] generateRows(double[][] noise) {
        return codec.decode(generateCodes(noise));
    }

    /** {@code decode(T(z))} for the given noise rows, as drawable tiles. */
    @Override
    public ImageTiles generate(double[][] noise) {
        return tiles(generateRows(noise), null);
    }

    /**
     * The grid that sharpens during training: before the codes exist, reconstructions of fixed training images;
     * afterwards {@code decode(T(z))} for a fixed noise batch.
     */
    @Override
    public ImageTiles liveGrid() {
        if (sampler == null) {
            int n = Math.min(GRID_SIZE, data.train().count());
            return tiles(codec.decode(codec.encode(PixelLayout.chwRows(data.train(), 0, n))), null);
        }
        return generate(fixedNoise);
    }

    /** Title of {@link #liveGrid()}. */
    @Override
    public String liveGridTitle() {
        return sampler == null ? "Reconstructions of fixed training images (autoencoder training)"
                : "decode(T(z)) for a fixed noise batch (" + settings.generator().id() + ")";
    }

    ImageTiles tiles(float[][] chwRows, List<String> captions) {
        return PixelLayout.tiles(chwRows, shapes.channels(), settings.imageSize(), captions);
    }

    /** The first {@code count} held-out images, each followed in the next row by its reconstruction. */
    public ImageTiles reconstructions(int count, int columns) {
        int n = Math.min(count, data().heldOut().count());
        float[][] originals = PixelLayout.chwRows(data().heldOut(), 0, n);
        float[][] rebuilt = codec.decode(codec.encode(originals));
        List<float[]> rows = RowPairs.interleave(List.of(originals), List.of(rebuilt), columns);
        return tiles(rows.toArray(new float[0][]), null);
    }

    /** The 2-D view of the standardized codes, with the mapped fixed noise projected the same way. */
    @Override
    public LatentPlane plane(int maxCodes) {
        requireCodes();
        PrincipalPlane p = space.plane();
        return new LatentPlane(space.projectedTargets(maxCodes), space.targetLabels(data == null ? null : data.train(), maxCodes),
                p.project(sampler.sample(fixedNoise)), p.project(fixedNoise), p.axisVariances(),
                p.explainedFraction(), settings.latentDim());
    }

    /**
     * The image at a point of the plane: lifted through the PCA into the standardized code space; a noise point
     * goes through the map first ({@code decode(T(z))}), a code point is decoded as it is.
     */
    @Override
    public ImageTiles decodePlanePoint(double x, double y, boolean noisePoint) {
        requireCodes();
        double[] s = space.plane().lift(x, y);
        double[] code = noisePoint ? sampler.sample(new double[][] {s})[0] : s;
        return tiles(codec.decode(new double[][] {space.standardization().undo(code)}), null);
    }

    /** A plane point lifted into the standardized code space (through the PCA when d &gt; 2). */
    public double[] liftPlanePoint(double x, double y) {
        requireCodes();
        return space.plane().lift(x, y);
    }

    /** The standardized code of held-out image {@code i}. */
    public double[] codeOfHeldOutImage(int i) {
        requireCodes();
        return space.standardization().apply(codec.encode(new float[][] {PixelLayout.chwRow(data().heldOut(), i)})[0]);
    }

    /**
     * The two strips of {@code steps} decoded images: the straight line between two standardized codes, and the
     * straight line between two noise vectors pushed through the map, with its singular-set crossings marked.
     */
    public InterpolationStrips interpolate(double[] codeA, double[] codeB, double[] noiseA, double[] noiseB,
            int steps) {
        requireCodes();
        return InterpolationStrips.compute(this, codeA, codeB, noiseA, noiseB, steps);
    }

    /**
     * Novelty check: {@code decode(T(z))} for each noise row, each followed in the next row by its nearest training
     * image (Euclidean distance in pixel space, given as the caption).
     */
    public ImageTiles nearestTraining(double[][] noise, int columns) {
        float[][] generated = generateRows(noise);
        NearestImages.Result r = trainingIndex().nearest(generated);
        List<float[]> nearest = new ArrayList<>();
        List<String> generatedCaptions = new ArrayList<>();
        List<String> distances = new ArrayList<>();
        for (int i = 0; i < generated.length; i++) {
            nearest.add(PixelLayout.chwRow(data().train(), r.index()[i]));
            generatedCaptions.add("generated");
            distances.add(String.format(java.util.Locale.ROOT, "d = %.2f", r.distance()[i]));
        }
        List<float[]> rows = RowPairs.interleave(List.of(generated), nearest, columns);
        List<String> captions = RowPairs.interleave(generatedCaptions, distances, columns);
        return tiles(rows.toArray(new float[0][]), captions);
    }

    /** All training images, indexed for nearest-neighbour queries (built once). */
    NearestImages trainingIndex() {
        if (trainingIndex == null) {
            trainingIndex = new NearestImages(PixelLayout.chwRows(data().train(), 0, data().train().count()));
        }
        return trainingIndex;
    }

    float[][] decodeStandardized(double[][] standardized) {
        return codec.decode(space.standardization().undo(standardized));
    }

    float[][] reconstructRows(float[][] rows) {
        return codec.decode(codec.encode(rows));
    }

    /** The standardized transport targets (tests and diagnostics). */
    double[][] transportCodes() {
        return space.targets();
    }

    /** The codes of the transport targets in the autoencoder's own coordinates. */
    double[][] modelCodes() {
        return space.modelTargets();
    }

    LatentSampler sampler() {
        return sampler;
    }

    MetricsClassifier classifier() {
        return classifier;
    }

    ImageCodec codec() {
        return codec;
    }

    ConvAutoencoderOptions shapes() {
        return shapes;
    }

    /** The code space once the codes exist, else null. */
    CodeSpace space() {
        return space;
    }
}
