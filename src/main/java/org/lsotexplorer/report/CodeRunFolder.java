package org.lsotexplorer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.lsotexplorer.data.NpyWriter;
import org.lsotexplorer.engine.AtomicFiles;
import org.lsotexplorer.engine.BundleKind;
import org.lsotexplorer.engine.BundleState;
import org.lsotexplorer.engine.RunBundle;
import org.lsotexplorer.engine.RunFolder;
import org.lsotexplorer.engine.Versions;
import org.lsotexplorer.engine.images.CodeExperiment;
import org.lsotexplorer.engine.images.ImageTiles;
import org.lsotexplorer.engine.images.InterpolationStrips;
import org.lsotexplorer.render.PlaneRenderer;
import org.lsotexplorer.render.PngWriter;
import org.lsotexplorer.render.Raster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the run folder of a run on the user's own codes: {@code mapped_codes.npy} (float32, samples x d,
 * {@code undo(T(z))} in the user's coordinates), with a decoder {@code generated.npy} (float32, exactly the decoder's
 * output on the first 64 rows of {@code mapped_codes.npy}, in the decoder's own output shape), {@code generated.png}
 * (decoded, or the training images of the nearest codes), {@code interpolation.png}, {@code latent-plane.png},
 * {@code manifest.json} and {@code metrics.json}. Must be called on the thread that owns the experiment; seeds derive
 * from the run's seed, so a folder is reproducible.
 */
public final class CodeRunFolder {
    public static final String MAPPED_CODES = "mapped_codes.npy";
    public static final String GENERATED_NPY = "generated.npy";
    public static final int GENERATED_ROWS = 64;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int TILE_PX = 64;

    private CodeRunFolder() {
    }

    /** Writes every file; returns the names written. {@code metrics} may be null. */
    public static List<String> write(Path dir, CodeExperiment e, Map<String, Double> metrics) throws IOException {
        Files.createDirectories(dir);
        long seed = e.settings().seed();
        List<String> written = new ArrayList<>();
        double[][] noise = e.noise(e.settings().sampleCount(), seed + 101);
        double[][] mapped = e.mappedCodes(noise);
        NpyWriter.writeMatrix(dir.resolve(MAPPED_CODES), mapped);
        written.add(MAPPED_CODES);
        double[][] first = float32Rows(Arrays.copyOf(mapped, Math.min(GENERATED_ROWS, mapped.length)));
        if (e.hasDecoder()) {
            NpyWriter.write(dir.resolve(GENERATED_NPY), e.decoder().outputShape(first.length),
                    e.decoder().decodeRaw(first));
            written.add(GENERATED_NPY);
        }
        if (e.canShowImages()) {
            ImageTiles generated = e.generate(Arrays.copyOf(noise, first.length));
            int scale = ImageFigures.scaleFor(generated, TILE_PX);
            png(e.hasDecoder() ? ImageFigures.grid(generated, 8, scale) : ImageFigures.previews(generated, 8, scale),
                    dir, ImageRunFolder.GENERATED, written);
            int[] pair = distinctPair(e);
            double[][] z = e.noise(2, seed + 107);
            InterpolationStrips s = e.interpolate(pair[0], pair[1], z[0], z[1], 10);
            png(ImageFigures.strips(s, ImageFigures.scaleFor(s.latent(), TILE_PX)), dir,
                    ImageRunFolder.INTERPOLATION, written);
        }
        png(new PlaneRenderer().render(ImageFigures.latentPlane(e.plane(5000), 1000, 680, true)), dir,
                ImageRunFolder.PLANE, written);
        writeManifest(dir, e, written);
        if (metrics != null) {
            AtomicFiles.write(dir.resolve(RunFolder.METRICS_JSON), out -> JSON.writeValue(out, metrics));
            written.add(RunFolder.METRICS_JSON);
        }
        return written;
    }

    /** The rows rounded to float32, as {@code mapped_codes.npy} holds them. */
    static double[][] float32Rows(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new double[rows[i].length];
            for (int k = 0; k < rows[i].length; k++) {
                out[i][k] = (float) rows[i][k];
            }
        }
        return out;
    }

    /** Codes 0 and the first later code with another label (or code 1). */
    static int[] distinctPair(CodeExperiment e) {
        int[] labels = e.codes().labels();
        int b = 1;
        if (labels != null) {
            while (b < labels.length - 1 && labels[b] == labels[0]) {
                b++;
            }
        }
        return new int[] {0, b};
    }

    private static void png(Raster r, Path dir, String name, List<String> written) throws IOException {
        PngWriter.write(r, dir.resolve(name));
        written.add(name);
    }

    private static void writeManifest(Path dir, CodeExperiment e, List<String> files) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", RunBundle.FORMAT);
        m.put("kind", BundleKind.CODES.id());
        m.put("state", BundleState.COMPLETE.id());
        m.put("codes", e.codes().name());
        m.put("code_count", e.codes().count());
        m.put("latent_dim", e.latentDim());
        m.put("labels", e.codes().labels() != null);
        m.put("images", e.codes().images() == null ? null : e.codes().images().name());
        m.put("decoder", e.hasDecoder() ? e.decoder().describe() : null);
        m.put("solver", e.settings().solver().id());
        m.put("seed", e.settings().seed());
        m.put("settings", e.settings());
        m.put("log", e.log());
        m.put("files", files);
        m.put("versions", Versions.all());
        AtomicFiles.write(dir.resolve(RunFolder.MANIFEST), out -> JSON.writeValue(out, m));
    }
}
