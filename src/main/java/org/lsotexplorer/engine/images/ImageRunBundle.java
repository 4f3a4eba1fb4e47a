package org.lsotexplorer.engine.images;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lsotexplorer.data.DatasetCache;
import org.lsotexplorer.data.PointCsv;
import org.lsotexplorer.data.ProgressListener;
import org.lsotexplorer.engine.AtomicFiles;
import org.lsotexplorer.engine.RunFolder;
import org.lsotexplorer.math.CodeStandardization;
import org.lsotexplorer.math.PrincipalPlane;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.model.ConvAutoencoder;
import org.lsotexplorer.model.ConvAutoencoderOptions;
import org.lsotexplorer.model.DigitClassifier;
import org.lsotexplorer.model.Nd4jRuntime;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained models of an image run in its run folder's {@code model/}, so the run can be opened again and browsed
 * without retraining: the autoencoder and the MNIST classifier (network checkpoint format), the map (the Brenier
 * potential's standardized codes and heights, the standardization and the generation rule), the fixed noise batch
 * of the live grid, the labels of the codes and the PCA plane, plus the settings and the data folder the run was
 * trained on ({@value #RUN_JSON}). Runs whose generator is a transport map with a Brenier potential (lsot, exact)
 * are saved; the others (sinkhorn, wgan-gp, vae) are not reopenable yet. Every file is written atomically.
 */
public final class ImageRunBundle {
    /** The description of the saved models (format, settings, data folder, standardization, map, plane). */
    public static final String RUN_JSON = "image-run.json";
    public static final String AUTOENCODER = "autoencoder.lsotnet";
    public static final String CLASSIFIER = "classifier.lsotnet";
    public static final String NOISE_CSV = "noise.csv";
    public static final String LABELS_CSV = "code-labels.csv";
    /** The version of {@value #RUN_JSON} this build writes and reads. */
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double PLANE_TOLERANCE = 1e-9;

    private ImageRunBundle() {
    }

    /** Whether {@link #save} can keep this run (its map has a Brenier potential: lsot or exact). */
    public static boolean canSave(ImageExperiment e) {
        return e.hasCodes() && e.transportModel().isPresent() && e.codec() instanceof AutoencoderCodec;
    }

    /**
     * Writes the run's models into {@code dir/model}; returns the files written (relative to {@code dir}), none for
     * a run that cannot be reopened ({@link #canSave}).
     *
     * @param dataFolder the folder the images came from, as given (stored so a reopened run can load them again),
     *                   or null
     */
    public static List<String> save(Path dir, ImageExperiment e, Path dataFolder) throws IOException {
        if (!canSave(e)) {
            return List.of();
        }
        ImageExperiment.TransportModel map = e.transportModel().orElseThrow();
        Path model = dir.resolve(RunFolder.MODEL_DIR);
        AtomicFiles.requireNotLink(model);
        Files.createDirectories(model);
        List<String> written = new ArrayList<>();
        AutoencoderCodec ae = (AutoencoderCodec) e.codec();
        writeNetwork(model.resolve(AUTOENCODER), ae::save);
        written.add(AUTOENCODER);
        MetricsClassifier c = e.classifier();
        if (c != null && c.isDone()) {
            writeNetwork(model.resolve(CLASSIFIER), c::saveTo);
            written.add(CLASSIFIER);
        }
        RunFolder.writeModel(dir, map.potential(), null);
        written.add(RunFolder.CODES_CSV);
        written.add(RunFolder.HEIGHTS_CSV);
        writeRows(model.resolve(NOISE_CSV), e.fixedNoise());
        written.add(NOISE_CSV);
        int[] labels = e.space().allTargetLabels(e.hasData() ? e.data().train() : null);
        if (labels != null) {
            double[][] rows = new double[labels.length][];
            for (int k = 0; k < labels.length; k++) {
                rows[k] = new double[] {labels[k]};
            }
            writeRows(model.resolve(LABELS_CSV), rows);
            written.add(LABELS_CSV);
        }
        ObjectNode json = description(e, map, dataFolder, written);
        AtomicFiles.write(model.resolve(RUN_JSON), out -> JSON.writeValue(out, json));
        written.add(RUN_JSON);
        return written.stream().map(f -> RunFolder.MODEL_DIR + "/" + f).toList();
    }

    private static ObjectNode description(ImageExperiment e, ImageExperiment.TransportModel map, Path dataFolder,
            List<String> files) {
        ImageRunSettings s = e.settings();
        ObjectNode o = JSON.createObjectNode();
        o.put("format", FORMAT);
        o.put("preset", s.preset().id());
        o.put("generator", s.generator().id());
        o.put("data_folder", dataFolder == null ? null : dataFolder.toAbsolutePath().toString());
        if (e.hasData()) {
            o.put("train_fingerprint", ModelStore.fingerprint(e.data().train()));
        }
        o.set("settings", JSON.valueToTree(s));
        ObjectNode std = o.putObject("standardization");
        std.set("mean", JSON.valueToTree(map.standardization().mean()));
        std.put("std", map.standardization().std());
        ObjectNode rule = o.putObject("map");
        rule.put("rule", s.generator() == LatentGeneratorKind.LSOT ? "blended" : "argmax");
        rule.put("angle_threshold", s.lsot().angleThreshold());
        rule.put("blend_width", s.lsot().blendWidth());
        PrincipalPlane p = e.space().plane();
        ObjectNode plane = o.putObject("pca_plane");
        plane.set("origin", JSON.valueToTree(p.origin()));
        plane.set("axis1", JSON.valueToTree(p.axis(0)));
        plane.set("axis2", JSON.valueToTree(p.axis(1)));
        plane.set("axis_variances", JSON.valueToTree(p.axisVariances()));
        plane.put("explained_fraction", p.explainedFraction());
        o.set("files", JSON.valueToTree(files));
        return o;
    }

    /** Writes a network through a temporary file, so the checkpoint lands atomically. */
    private static void writeNetwork(Path file, NetworkWriter writer) throws IOException {
        Path tmp = Files.createTempFile("lsot-net", ".lsotnet");
        try {
            writer.write(tmp);
            AtomicFiles.write(file, out -> Files.copy(tmp, out));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @FunctionalInterface
    private interface NetworkWriter {
        void write(Path file) throws IOException;
    }

    private static void writeRows(Path file, double[][] rows) throws IOException {
        AtomicFiles.write(file, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (double[] row : rows) {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < row.length; k++) {
                    b.append(k == 0 ? "" : ",").append(Double.toString(row[k]));
                }
                w.write(b.toString());
                w.newLine();
            }
            w.flush();
        });
    }

    /** Whether {@code dir} holds the saved models of an image run. */
    public static boolean isSaved(Path dir) {
        return Files.isRegularFile(dir.resolve(RunFolder.MODEL_DIR).resolve(RUN_JSON));
    }

    /**
     * Rebuilds the saved run in phase DONE, without training: grids, plane, decoding and interpolations work from
     * the saved models alone; the run's images are loaded from the saved data folder when it is there (they are
     * needed for reconstructions, nearest training images and Evaluate; see {@link ImageExperiment#attachData}).
     *
     * @param cache decoded-faces cache for the data (null = none)
     * @throws IOException naming the folder and the file that is missing or damaged, and what to do
     */
    public static ImageExperiment open(Path dir, DatasetCache cache, ProgressListener progress) throws IOException {
        Nd4jRuntime.init();
        Path model = dir.resolve(RunFolder.MODEL_DIR);
        JsonNode d = description(dir);
        ImageRunSettings s = settings(model.resolve(RUN_JSON), d);
        CodeStandardization standardization;
        try {
            standardization = CodeStandardization.of(JSON.treeToValue(d.path("standardization").path("mean"),
                    double[].class), d.path("standardization").path("std").asDouble(Double.NaN));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException("the standardization in " + model.resolve(RUN_JSON) + " cannot be read ("
                    + firstLine(e) + "); the file is damaged: run the image run again", e);
        }
        ConvAutoencoderOptions shapes = ImageExperiment.autoencoderOptions(s, s.preset() == ImagePreset.MNIST ? 1
                : 3);
        ConvAutoencoder ae = loadNetwork(model.resolve(AUTOENCODER), ConvAutoencoder::load);
        if (!ae.options().equals(shapes)) {
            throw new IOException(model.resolve(AUTOENCODER) + " holds an autoencoder with " + ae.options()
                    + " but the run's settings need " + shapes + "; the folder mixes files of two runs: run it"
                    + " again");
        }
        double[][] codes = readPoints(model.resolve(RunFolder.CODES_CSV), s.latentDim());
        double[][] heights = readPoints(model.resolve(RunFolder.HEIGHTS_CSV), 1);
        if (heights.length != codes.length) {
            throw new IOException(model.resolve(RunFolder.HEIGHTS_CSV) + " has " + heights.length + " heights for "
                    + codes.length + " codes in " + RunFolder.CODES_CSV + "; the folder is damaged: run again");
        }
        double[] h = new double[heights.length];
        for (int j = 0; j < h.length; j++) {
            h[j] = heights[j][0];
        }
        double[][] noise = readPoints(model.resolve(NOISE_CSV), s.latentDim());
        int[] labels = null;
        if (Files.exists(model.resolve(LABELS_CSV))) {
            double[][] l = readPoints(model.resolve(LABELS_CSV), 1);
            if (l.length != codes.length) {
                throw new IOException(model.resolve(LABELS_CSV) + " has " + l.length + " labels for " + codes.length
                        + " codes; the folder is damaged: run again");
            }
            labels = new int[l.length];
            for (int k = 0; k < l.length; k++) {
                labels[k] = (int) l[k][0];
            }
        }
        MetricsClassifier classifier = null;
        if (Files.exists(model.resolve(CLASSIFIER))) {
            classifier = new MetricsClassifier(loadNetwork(model.resolve(CLASSIFIER), DigitClassifier::load));
        }
        CodeSpace space = CodeSpace.restored(codes, standardization, labels);
        checkPlane(model.resolve(RUN_JSON), d.path("pca_plane"), space.plane());
        boolean blended = d.path("map").path("rule").asText().equals("blended");
        LatentSampler sampler = new SavedMapSampler(new BrenierPotential(codes, h),
                blended ? s.lsot().angleThreshold() : Double.NaN, s.lsot().blendWidth(), s.lsot().angleThreshold());
        String folder = dataFolder(d);
        ImageData data = null;
        String missing;
        if (folder == null) {
            missing = "the run folder does not name its data folder";
        } else if (!Files.isDirectory(Path.of(folder))) {
            missing = "its data folder " + folder + " is not there";
        } else {
            try {
                data = ImageData.load(s.preset(), Path.of(folder), s.imageSize(), s.trainLimit(), cache, progress);
                missing = differentImages(d, data, folder);
                if (missing != null) {
                    data = null;
                }
            } catch (IOException | RuntimeException e) {
                missing = "its data folder " + folder + " cannot be read (" + firstLine(e) + ")";
            }
        }
        if (missing != null) {
            missing += "; reconstructions, nearest training images, interpolations between held-out images and"
                    + " Evaluate need the run's images: choose the data folder (Run > Choose data folder\u2026)";
        }
        ImageExperiment e = ImageExperiment.restored(s, data, missing, new AutoencoderCodec(ae), shapes, noise, space,
                sampler, classifier);
        e.noteOpened("opened the saved run " + dir + " (" + s.generator().id() + ", " + codes.length + " codes, d = "
                + s.latentDim() + "): nothing was retrained" + (classifier == null ? "" : "; its MNIST classifier"
                + " scores Evaluate"));
        return e;
    }

    /** What a saved image run is: its settings and the data folder it was trained on (null when not named). */
    public record Saved(ImageRunSettings settings, Path dataFolder) {
    }

    /**
     * Reads a saved run's settings and data folder (plain Java, cheap: the window calls it before the worker
     * starts).
     *
     * @throws IOException as {@link #open} does for {@value #RUN_JSON}
     */
    public static Saved read(Path dir) throws IOException {
        JsonNode d = description(dir);
        String folder = dataFolder(d);
        return new Saved(settings(dir.resolve(RunFolder.MODEL_DIR).resolve(RUN_JSON), d),
                folder == null ? null : Path.of(folder));
    }

    private static String dataFolder(JsonNode d) {
        return d.path("data_folder").isTextual() ? d.path("data_folder").asText() : null;
    }

    private static JsonNode description(Path dir) throws IOException {
        Path file = dir.resolve(RunFolder.MODEL_DIR).resolve(RUN_JSON);
        if (!isSaved(dir)) {
            throw new IOException(dir + " has no " + RunFolder.MODEL_DIR + "/" + RUN_JSON + ": its image models were"
                    + " not saved (a run written by an older version, or a sinkhorn, wgan-gp or vae run, which this"
                    + " build cannot reopen); its figures and metrics.json are in the folder, run it again to browse"
                    + " it");
        }
        JsonNode d = readJson(file);
        int format = d.path("format").asInt(-1);
        if (format > FORMAT) {
            throw new IOException(file + " is of format " + format + ", written by a newer LSOT Explorer; this"
                    + " build reads format " + FORMAT + ": update the app to open it");
        }
        if (format < 1) {
            throw new IOException(file + " has no format number; the file is damaged: run the image run again");
        }
        return d;
    }

    private static ImageRunSettings settings(Path file, JsonNode d) throws IOException {
        try {
            return JSON.treeToValue(d.path("settings"), ImageRunSettings.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException("the settings in " + file + " cannot be read (" + firstLine(e) + "); the file is"
                    + " damaged: run the image run again", e);
        }
    }

    private static String differentImages(JsonNode d, ImageData data, String folder) {
        String saved = d.path("train_fingerprint").asText("");
        String now = ModelStore.fingerprint(data.train());
        return saved.isEmpty() || saved.equals(now) ? null : "the images in " + folder + " are not the ones the run"
                + " was trained on (" + now + ", the run saved " + saved + ")";
    }

    /**
     * Loads the run's images from another folder for a reopened run.
     *
     * @throws IOException when the folder cannot be read or holds other images than the run was trained on
     */
    public static ImageData loadData(ImageExperiment e, Path folder, DatasetCache cache) throws IOException {
        ImageRunSettings s = e.settings();
        ImageData data = ImageData.load(s.preset(), folder, s.imageSize(), s.trainLimit(), cache,
                ProgressListener.NONE);
        e.attachData(data);
        return data;
    }

    private static void checkPlane(Path file, JsonNode saved, PrincipalPlane fitted) throws IOException {
        if (!saved.isObject()) {
            return;
        }
        double[][] expected = {fitted.origin(), fitted.axis(0), fitted.axis(1)};
        String[] keys = {"origin", "axis1", "axis2"};
        for (int k = 0; k < keys.length; k++) {
            JsonNode a = saved.path(keys[k]);
            boolean same = a.size() == expected[k].length;
            for (int i = 0; same && i < expected[k].length; i++) {
                same = Math.abs(a.path(i).asDouble(Double.NaN) - expected[k][i]) <= PLANE_TOLERANCE;
            }
            if (!same) {
                throw new IOException("the PCA plane in " + file + " (" + keys[k] + ") does not match the codes in "
                        + RunFolder.CODES_CSV + "; the folder mixes files of two runs or is damaged: run again");
            }
        }
    }

    @FunctionalInterface
    private interface NetworkReader<T> {
        T read(Path file) throws IOException;
    }

    private static <T> T loadNetwork(Path file, NetworkReader<T> reader) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing; the run folder is incomplete: run the image run again to"
                    + " rebuild it");
        }
        try {
            return reader.read(file);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " is damaged (" + firstLine(e) + "); run the image run again to rebuild"
                    + " it", e);
        }
    }

    private static double[][] readPoints(Path file, int columns) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing; the run folder is incomplete: run the image run again");
        }
        double[][] rows;
        try {
            rows = PointCsv.read(file);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " is damaged (" + firstLine(e) + "); run the image run again", e);
        }
        if (rows.length == 0 || rows[0].length != columns) {
            throw new IOException(file + " has " + (rows.length == 0 ? 0 : rows[0].length) + " values per row, the"
                    + " run needs " + columns + "; the folder is damaged: run the image run again");
        }
        return rows;
    }

    private static JsonNode readJson(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new IOException(file + " is empty (0 bytes); the run was stopped while saving: run it again");
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            if (n == null || !n.isObject()) {
                throw new IOException(file + " is not a JSON object; the file is damaged: run the image run again");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is damaged (" + firstLine(e) + "); run the image run again", e);
        }
    }

    private static String firstLine(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
