package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.LatentCodeSet;
import org.lsotexplorer.math.LinearInterpolation;
import org.lsotexplorer.math.PrincipalPlane;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.model.Nd4jRuntime;
import org.lsotexplorer.model.OnnxDecoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The image pipeline on a researcher's own latent space, without the autoencoder phase: the given codes are
 * standardized (method.md 2), a transport solver ({@code lsot}, {@code exact}, {@code sinkhorn}) maps
 * {@code N(0, I_d)} onto a seeded sample of n of them, and new codes are {@code undo(T(z))}, in the user's own
 * coordinates. A code is shown by the user's ONNX decoder when there is one, else by the training image of its
 * nearest target code (for lsot, {@code T(z)} is a target unless blended; blended tiles say so).
 *
 * <p>Each {@link #step()} is one solver step. Confined to one thread (the worker or the CLI's main thread); queries
 * answer at any time, the map improving as training goes on. The decoder stays owned by the caller.
 */
public final class CodeExperiment implements ImageRun {
    static final int PROBE_COUNT = 64;
    static final int PATH_STEPS = 10;

    private final CodeRunSettings settings;
    private final LatentCodeSet codes;
    private final OnnxDecoder decoder;
    private final CodeSpace space;
    private final TransportSampler sampler;
    private final double[][] fixedNoise;
    private final double[][] noisePath;
    private final List<String> log = new ArrayList<>();
    private final PhaseClock clock = new PhaseClock();
    private Map<String, Double> losses = Map.of();

    /**
     * @param decoder the user's decoder, checked for d already (null = show training images, or nothing)
     * @throws IllegalArgumentException when the decoder's latent dimension is not the codes'
     */
    public CodeExperiment(CodeRunSettings settings, LatentCodeSet codes, OnnxDecoder decoder) {
        if (decoder != null && decoder.latentDim() != codes.latentDim()) {
            throw new IllegalArgumentException(decoder.file().getFileName() + " decodes codes of width "
                    + decoder.latentDim() + " but the codes have d = " + codes.latentDim());
        }
        Nd4jRuntime.init();
        this.settings = settings;
        this.codes = codes;
        this.decoder = decoder;
        SplittableRandom rng = new SplittableRandom(settings.seed());
        this.space = CodeSpace.of(codes.codes(), true, settings.targetCount(), rng.split());
        int d = codes.latentDim();
        this.fixedNoise = SourceDistribution.GAUSSIAN.sample(PROBE_COUNT, d, rng.split());
        double[][] ends = SourceDistribution.GAUSSIAN.sample(2, d, rng.split());
        this.noisePath = LinearInterpolation.path(ends[0], ends[1], 4 * PATH_STEPS);
        this.sampler = new TransportSampler(settings.solver(), space.targets(), settings.lsot(), rng.nextLong());
        note(String.format(Locale.ROOT, "codes: %d x %d from %s, standardized (global std %.4g); %d of them are the"
                + " transport targets", codes.count(), d, codes.name(), space.standardization().std(),
                space.targets().length));
        note(decoder != null ? "decoder: " + decoder.describe()
                : codes.images() != null ? "no decoder: codes are shown by their training images"
                : "no decoder and no images: only the latent plane can be shown");
    }

    public CodeRunSettings settings() {
        return settings;
    }

    public LatentCodeSet codes() {
        return codes;
    }

    public int latentDim() {
        return codes.latentDim();
    }

    /** Whether codes can be shown as images (a decoder, or training images to preview). */
    public boolean canShowImages() {
        return decoder != null || codes.images() != null;
    }

    @Override
    public ImagePhase phase() {
        return isDone() ? ImagePhase.DONE : ImagePhase.GENERATOR;
    }

    @Override
    public boolean hasCodes() {
        return true;
    }

    @Override
    public String loadedMessage() {
        return "loaded " + codes.count() + " codes of dimension " + latentDim() + " from " + codes.name();
    }

    /** {@code T(z)} shown for the fixed probe batch, or null when codes cannot be shown as images. */
    @Override
    public ImageTiles liveGrid() {
        return canShowImages() ? generate(fixedNoise) : null;
    }

    @Override
    public String liveGridTitle() {
        String how = decoder != null ? "decode(T(z))" : "training image nearest to T(z) (orange: blended)";
        return canShowImages() ? how + " for a fixed noise batch (" + settings.solver().id() + ")"
                : "no decoder and no images: see the latent plane";
    }

    public boolean hasDecoder() {
        return decoder != null;
    }

    public OnnxDecoder decoder() {
        return decoder;
    }

    @Override
    public boolean isDone() {
        return sampler.isDone();
    }

    /** One solver step; does nothing once done. */
    @Override
    public void step() {
        if (!sampler.isDone()) {
            losses = sampler.step();
        }
    }

    /** Messages worth showing in a log. */
    @Override
    public List<String> log() {
        return Collections.unmodifiableList(log);
    }

    private void note(String m) {
        log.add(m);
    }

    @Override
    public ImageProgress progress() {
        int done = sampler.completedSteps();
        int total = sampler.totalSteps();
        ImagePhase phase = phase();
        String detail = isDone() ? "done" : settings.solver().id() + ": " + sampler.phase();
        return new ImageProgress(phase, detail, done, total, clock.etaSeconds(done, total),
                new LinkedHashMap<>(losses));
    }

    /** Seeded standard Gaussian noise rows of dimension d. */
    @Override
    public double[][] noise(int n, long seed) {
        return SourceDistribution.GAUSSIAN.sample(n, latentDim(), new SplittableRandom(seed));
    }

    /**
     * Frees the transport solver's networks and state; the run must not be used afterwards. The ONNX decoder belongs
     * to the {@link CodeInputs} it came from, which close it. Idempotent.
     */
    @Override
    public void release() {
        sampler.close();
    }

    /** {@code undo(T(z))}: new codes in the user's own coordinates (not standardized). */
    public double[][] mappedCodes(double[][] noise) {
        return space.standardization().undo(sampler.sample(noise));
    }

    /** The nearest target code of each standardized code. */
    NearestCode[] nearestTargets(double[][] standardized) {
        return NearestCode.of(standardized, space.targets());
    }

    /** The standardized transport targets (shared; do not modify). */
    double[][] targets() {
        return space.targets();
    }

    /** {@code T(z)} in standardized coordinates. */
    double[][] mapStandardized(double[][] noise) {
        return sampler.sample(noise);
    }

    /**
     * Standardized codes as drawable tiles: decoded (values clipped to [0, 1] for drawing only), or the training
     * image of each code's nearest target, captioned with its index and "blended" when the code is off the codes.
     *
     * @throws IllegalStateException when there is neither a decoder nor images
     */
    public ImageTiles show(double[][] standardized) {
        if (decoder != null) {
            float[][] rows = decoder.decode(space.standardization().undo(standardized));
            for (float[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    r[i] = Float.isNaN(r[i]) ? 0 : Math.max(0, Math.min(1, r[i]));
                }
            }
            return PixelLayout.tiles(rows, decoder.channels(), decoder.height(), decoder.width(), null);
        }
        if (codes.images() == null) {
            throw new IllegalStateException("there is no decoder and there are no images to show codes with");
        }
        NearestCode[] near = nearestTargets(standardized);
        float[][] rows = new float[near.length][];
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < near.length; i++) {
            int index = space.codeIndex(near[i].target());
            rows[i] = PixelLayout.chwRow(codes.images(), index);
            captions.add(near[i].onCode() ? "#" + index : String.format(Locale.ROOT, "blended, near #%d", index));
        }
        var img = codes.images();
        return PixelLayout.tiles(rows, img.channels(), img.height(), img.width(), captions);
    }

    /** Images of {@code T(z)} for the given noise rows. */
    @Override
    public ImageTiles generate(double[][] noise) {
        return show(sampler.sample(noise));
    }

    /**
     * The plane: codes (PCA of the standardized targets, or the codes themselves for d = 2), the mapped probe batch
     * with its noise (for arrows {@code z -> T(z)}), and a straight noise path with its singular-set crossings.
     */
    @Override
    public LatentPlane plane(int maxCodes) {
        PrincipalPlane p = space.plane();
        double[][] path = new double[noisePath.length][];
        for (int i = 0; i < path.length; i++) {
            path[i] = p.project(noisePath[i]);
        }
        double[][] projected = space.projectedTargets(maxCodes);
        double[][] mapped = p.project(sampler.sample(fixedNoise));
        double[][] noise = p.project(fixedNoise);
        PlaneField field = latentDim() == 2 ? sampler.brenierPotential().map(u -> PlaneField.of(u,
                sampler.angleThreshold(), projected, mapped, noise, path)).orElse(null) : null;
        return new LatentPlane(projected, space.targetLabels(codes.labels(), maxCodes), mapped, noise,
                p.axisVariances(), p.explainedFraction(), latentDim(), path,
                InterpolationStrips.crossings(sampler, noisePath), field);
    }

    /** The image at a plane point, lifted through the PCA; a noise point goes through the map first. */
    @Override
    public ImageTiles decodePlanePoint(double x, double y, boolean noisePoint) {
        double[] s = space.plane().lift(x, y);
        double[] code = noisePoint ? sampler.sample(new double[][] {s})[0] : s;
        return show(new double[][] {code});
    }

    /** The standardized code of code {@code i} of the user's set. */
    public double[] standardizedCode(int i) {
        return space.standardization().apply(codes.codes()[i]);
    }

    /** A plane point lifted into the standardized code space (through the PCA when d &gt; 2). */
    public double[] liftPlanePoint(double x, double y) {
        return space.plane().lift(x, y);
    }

    /** Strips between two standardized codes and two noise vectors. */
    public InterpolationStrips interpolate(double[] codeA, double[] codeB, double[] noiseA, double[] noiseB,
            int steps) {
        return InterpolationStrips.of(this::show, sampler, codeA, codeB, noiseA, noiseB, steps);
    }

    /** Latent and noise interpolation strips between two codes of the set and two noise vectors. */
    public InterpolationStrips interpolate(int codeA, int codeB, double[] noiseA, double[] noiseB, int steps) {
        if (codeA < 0 || codeB < 0 || codeA >= codes.count() || codeB >= codes.count()) {
            throw new IllegalArgumentException("codes are numbered 0 to " + (codes.count() - 1));
        }
        return interpolate(standardizedCode(codeA), standardizedCode(codeB), noiseA, noiseB, steps);
    }

    /**
     * What applies without images and an encoder, on {@code n} samples seeded by {@code seed}: the share of
     * {@code T(z)} off the target codes (blended), the share of targets hit by at least one sample, and the mean
     * distance (standardized units) from {@code T(z)} to its nearest target.
     */
    public Map<String, Double> evaluate(int n, long seed) {
        double[][] mapped = sampler.sample(noise(n, seed));
        NearestCode[] near = nearestTargets(mapped);
        boolean[] hit = new boolean[space.targets().length];
        int off = 0;
        double dist = 0;
        for (NearestCode c : near) {
            off += c.onCode() ? 0 : 1;
            dist += c.distance();
            if (c.onCode()) {
                hit[c.target()] = true;
            }
        }
        int hits = 0;
        for (boolean h : hit) {
            hits += h ? 1 : 0;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("samples", (double) n);
        m.put("blended_fraction", off / (double) n);
        m.put("targets_hit_fraction", hits / (double) hit.length);
        m.put("mean_distance_to_nearest_code", dist / n);
        return m;
    }
}
