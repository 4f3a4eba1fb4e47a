package org.lsotexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.lsotexplorer.data.DatasetCache;
import org.lsotexplorer.data.ProgressListener;
import org.lsotexplorer.engine.BundleKind;
import org.lsotexplorer.engine.RunBundle;
import org.lsotexplorer.engine.RunFolder;
import org.lsotexplorer.engine.images.ImageData;
import org.lsotexplorer.engine.images.ImageEvaluation;
import org.lsotexplorer.engine.images.ImageExperiment;
import org.lsotexplorer.engine.images.ImageMetrics;
import org.lsotexplorer.engine.images.ImagePhase;
import org.lsotexplorer.engine.images.ImagePreset;
import org.lsotexplorer.engine.images.ImageProgress;
import org.lsotexplorer.engine.images.ImageRunBundle;
import org.lsotexplorer.engine.images.ImageRunSettings;
import org.lsotexplorer.engine.images.ModelStore;
import org.lsotexplorer.report.ImageRunFolder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Runs an image preset to completion for {@code run --preset mnist|celeba} and writes its run folder. */
final class ImageRunner {
    private static final long LOG_NANOS = 5_000_000_000L;

    private final ImageRunSettings settings;
    private final Path data;
    private final Path out;
    private final ModelStore store;
    private final DatasetCache faces;
    private final boolean compare;
    private final PrintWriter err;
    private final boolean quiet;

    /**
     * @param store trained models, or {@code null} for none
     * @param faces decoded face folders, or {@code null} for none (--no-model-cache writes nothing to the user's cache)
     */
    ImageRunner(ImageRunSettings settings, Path data, Path out, ModelStore store, DatasetCache faces,
            boolean compare, PrintWriter err, boolean quiet) {
        this.faces = faces;
        this.settings = settings;
        this.data = data;
        this.out = out;
        this.store = store;
        this.compare = compare;
        this.err = err;
        this.quiet = quiet;
    }

    /** Trains, evaluates and writes; returns metrics.json's content as one JSON line. */
    String run() throws IOException {
        if (data == null) {
            throw new IllegalArgumentException("--preset " + settings.preset().id() + " needs --data DIR (the "
                    + (settings.preset() == ImagePreset.MNIST ? "folder with the four MNIST IDX files"
                    : "folder of face images") + ")");
        }
        if (!Files.isDirectory(data)) {
            throw new IOException("data folder " + data + (Files.exists(data) ? " is a file" : " does not exist")
                    + "; --data expects the " + (settings.preset() == ImagePreset.MNIST
                    ? "folder with the four MNIST IDX files (train-images-idx3-ubyte.gz, ...)"
                    : "folder of face images (JPEG or PNG)"));
        }
        long t0 = System.nanoTime();
        ImageData images = ImageData.load(settings.preset(), data, settings.imageSize(), settings.trainLimit(),
                faces, ProgressListener.NONE);
        RunFolder.create(out);                      // after the data is known good: bad data leaves no folder
        RunBundle.markStarted(out, BundleKind.IMAGE, settings);
        images.notes().forEach(n -> log(n));
        ImageExperiment e = new ImageExperiment(settings, images, store);
        if (compare) {
            e.requestBaselines();
        }
        ImageMetrics m;
        try {
            train(e, t0);
            log("evaluating on " + settings.sampleCount() + " generated images");
            m = ImageEvaluation.evaluate(e, ImageEvaluation.seedFor(settings))
                    .withSeconds((System.nanoTime() - t0) / 1e9);
        } catch (RuntimeException failure) {
            RunBundle.markStubFailed(out, BundleKind.IMAGE, settings, String.valueOf(failure.getMessage()));
            throw failure;
        }
        ImageRunBundle.save(out, e, data); // models first, the manifest last
        ImageRunFolder.write(out, e, m);
        return new ObjectMapper().writeValueAsString(m.asJsonFileMap());
    }

    private void train(ImageExperiment e, long t0) {
        ImagePhase shown = null;
        long lastLog = 0;
        while (!e.isDone()) {
            e.step();
            long now = System.nanoTime();
            if (e.phase() != shown || now - lastLog > LOG_NANOS) {
                ImageProgress p = e.progress();
                String eta = Double.isNaN(p.etaSeconds()) ? "" : String.format(Locale.ROOT, ", about %.0f s left",
                        p.etaSeconds());
                log(String.format(Locale.ROOT, "%-40s %-32s %5.1f%%%s  %s  (%.0f s)", p.phase().label(), p.detail(),
                        100 * p.fraction(), eta, p.losses(), (now - t0) / 1e9));
                e.log().stream().skip(logged).forEach(this::log);
                logged = e.log().size();
                shown = e.phase();
                lastLog = now;
            }
        }
    }

    private int logged;

    private void log(String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
    }
}
