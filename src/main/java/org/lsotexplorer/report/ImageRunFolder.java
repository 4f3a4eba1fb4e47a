package org.lsotexplorer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.lsotexplorer.data.ImageDataset;
import org.lsotexplorer.engine.AtomicFiles;
import org.lsotexplorer.engine.BundleKind;
import org.lsotexplorer.engine.BundleState;
import org.lsotexplorer.engine.RunBundle;
import org.lsotexplorer.engine.RunFolder;
import org.lsotexplorer.engine.Versions;
import org.lsotexplorer.engine.images.ImageExperiment;
import org.lsotexplorer.engine.images.ImageMetrics;
import org.lsotexplorer.engine.images.ImageTiles;
import org.lsotexplorer.engine.images.InterpolationStrips;
import org.lsotexplorer.render.PlaneRenderer;
import org.lsotexplorer.render.PngWriter;
import org.lsotexplorer.render.Raster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the run folder of an image run (the CLI's output, also "Save run folder" in the GUI): decoded grids,
 * interpolation strips, the latent plane, {@code manifest.json} and {@code metrics.json}. Must be called on the
 * thread that owns the experiment. Seeds of the figures derive from the run's seed, so a folder is reproducible.
 */
public final class ImageRunFolder {
    public static final String GENERATED = "generated.png";
    public static final String RECONSTRUCTIONS = "reconstructions.png";
    public static final String NEAREST = "nearest.png";
    public static final String INTERPOLATION = "interpolation.png";
    public static final String INTERPOLATION_2 = "interpolation-2.png";
    public static final String PLANE = "latent-plane.png";
    public static final String COMPARISON = "comparison.png";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int TILE_PX = 64;
    /** The fixed noise batch of the plane and the image grid, one row per point, no header. */
    public static final String FIXED_NOISE = "fixed-noise.csv";

    private ImageRunFolder() {
    }

    /** Writes every figure and the JSON files; returns the names written. {@code metrics} may be null. */
    public static List<String> write(Path dir, ImageExperiment e, ImageMetrics metrics) throws IOException {
        Files.createDirectories(dir);
        long seed = e.settings().seed();
        List<String> written = new ArrayList<>();
        ImageTiles generated = e.generate(e.noise(64, seed + 101));
        png(ImageFigures.grid(generated, 8, ImageFigures.scaleFor(generated, TILE_PX)), dir, GENERATED, written);
        ImageTiles rec = e.reconstructions(32, 8);
        png(ImageFigures.grid(rec, 8, ImageFigures.scaleFor(rec, TILE_PX)), dir, RECONSTRUCTIONS, written);
        ImageTiles near = e.nearestTraining(e.noise(16, seed + 103), 8);
        png(ImageFigures.grid(near, 8, ImageFigures.scaleFor(near, TILE_PX)), dir, NEAREST, written);
        int[] pair = distinctPair(e.data().heldOut(), 0);
        int[] pair2 = distinctPair(e.data().heldOut(), pair[1] + 1);
        strips(e, pair, seed + 107, dir, INTERPOLATION, written);
        strips(e, pair2, seed + 109, dir, INTERPOLATION_2, written);
        png(new PlaneRenderer().render(ImageFigures.latentPlane(e.plane(5000), 1000, 680, true)), dir, PLANE,
                written);
        if (e.hasBaselines()) {
            ImageTiles cmp = e.comparison(e.noise(8, seed + 113));
            png(ImageFigures.grid(cmp, 8, ImageFigures.scaleFor(cmp, TILE_PX)), dir, COMPARISON, written);
        }
        var model = e.transportModel();
        if (model.isPresent()) {
            RunFolder.writeModel(dir, model.get().potential(), null);
            written.add(RunFolder.MODEL_DIR + "/" + RunFolder.CODES_CSV);
            written.add(RunFolder.MODEL_DIR + "/" + RunFolder.HEIGHTS_CSV);
        }
        if (e.hasCodes()) {
            double[][] noise = e.fixedNoise();
            Files.createDirectories(dir.resolve(RunFolder.MODEL_DIR));
            AtomicFiles.writeString(dir.resolve(RunFolder.MODEL_DIR).resolve(FIXED_NOISE), rows(noise));
            written.add(RunFolder.MODEL_DIR + "/" + FIXED_NOISE);
        }
        writeManifest(dir, e, model.orElse(null), written);
        if (metrics != null) {
            AtomicFiles.write(dir.resolve(RunFolder.METRICS_JSON),
                    out -> JSON.writeValue(out, metrics.asJsonFileMap()));
            written.add(RunFolder.METRICS_JSON);
        }
        return written;
    }

    private static void strips(ImageExperiment e, int[] pair, long noiseSeed, Path dir, String name,
            List<String> written) throws IOException {
        double[][] z = e.noise(2, noiseSeed);
        InterpolationStrips s = e.interpolate(e.codeOfHeldOutImage(pair[0]), e.codeOfHeldOutImage(pair[1]), z[0],
                z[1], 10);
        png(ImageFigures.strips(s, ImageFigures.scaleFor(s.latent(), TILE_PX)), dir, name, written);
    }

    /** Two held-out images from {@code from} on, of different classes when there are labels. */
    static int[] distinctPair(ImageDataset d, int from) {
        int a = Math.min(from, d.count() - 1);
        int b = Math.min(a + 1, d.count() - 1);
        if (d.hasLabels()) {
            while (b < d.count() - 1 && d.label(b) == d.label(a)) {
                b++;
            }
        }
        return new int[] {a, b};
    }

    private static String rows(double[][] a) {
        StringBuilder b = new StringBuilder();
        for (double[] row : a) {
            for (int k = 0; k < row.length; k++) {
                b.append(k == 0 ? "" : ",").append(row[k]);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void png(Raster r, Path dir, String name, List<String> written) throws IOException {
        PngWriter.write(r, dir.resolve(name));
        written.add(name);
    }

    private static void writeManifest(Path dir, ImageExperiment e, ImageExperiment.TransportModel model,
                                      List<String> files) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", RunBundle.FORMAT);
        m.put("kind", BundleKind.IMAGE.id());
        m.put("state", BundleState.COMPLETE.id());
        m.put("preset", e.settings().preset().id());
        m.put("solver", e.settings().generator().id());
        m.put("solver_label", e.settings().generator().label());
        m.put("seed", e.settings().seed());
        m.put("settings", e.settings());
        m.put("train_images", e.data().train().count());
        m.put("held_out_images", e.data().heldOut().count());
        m.put("data", e.data().notes());
        m.put("log", e.log());
        m.put("files", files);
        Path ae = e.cachedAutoencoderFile();
        if (ae != null) {
            m.put("model_cache", Map.of("autoencoder", ae.getFileName().toString(), "folder",
                    ae.getParent().toString()));
        }
        if (e.hasCodes()) {
            var p = e.principalPlane();
            m.put("pca_plane", Map.of("origin", p.origin(), "axis1", p.axis(0), "axis2", p.axis(1),
                    "explained_fraction", p.explainedFraction()));
        }
        m.put("versions", Versions.all());
        m.put("metric_definitions", ImageMetrics.definitions());
        if (model != null) {
            m.put("model", Map.of("codes", "model/codes.csv: standardized codes s = (y - mean) / std",
                    "heights", "model/heights.csv",
                    "map", "T(z) = s_j, j = argmax_j <z,s_j> + h_j; images decode(mean + std T(z))"));
            m.put("standardization", Map.of("mean", model.standardization().mean(), "std",
                    model.standardization().std()));
            m.put("refinement", model.refinement());
        }
        AtomicFiles.write(dir.resolve(RunFolder.MANIFEST), out -> JSON.writeValue(out, m));
    }
}
