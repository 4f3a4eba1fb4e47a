package org.lsotexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.lsotexplorer.data.ImageLayout;
import org.lsotexplorer.data.LatentCodeFiles;
import org.lsotexplorer.data.LatentCodeSet;
import org.lsotexplorer.engine.BundleKind;
import org.lsotexplorer.engine.RunBundle;
import org.lsotexplorer.engine.RunFolder;
import org.lsotexplorer.engine.images.CodeExperiment;
import org.lsotexplorer.engine.images.CodeRunSettings;
import org.lsotexplorer.engine.images.ImageProgress;
import org.lsotexplorer.model.OnnxDecoder;
import org.lsotexplorer.report.CodeRunFolder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code run --codes FILE [--labels F] [--images F] [--decoder F.onnx]}: loads and checks the files (every problem is
 * one {@code error:} line naming the file, exit 2), trains the map on the codes and writes the run folder.
 */
final class CodeRunner {
    private static final long LOG_NANOS = 2_000_000_000L;

    private final CodeRunSettings settings;
    private final Path codes;
    private final Path labels;
    private final Path images;
    private final ImageLayout layout;
    private final Path decoder;
    private final Path out;
    private final PrintWriter err;
    private final boolean quiet;

    CodeRunner(CodeRunSettings settings, Path codes, Path labels, Path images, ImageLayout layout, Path decoder,
            Path out, PrintWriter err, boolean quiet) {
        this.settings = settings;
        this.codes = codes;
        this.labels = labels;
        this.images = images;
        this.layout = layout;
        this.decoder = decoder;
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    /** Loads, trains, evaluates and writes; returns metrics.json's content as one JSON line. */
    String run() throws IOException {
        long t0 = System.nanoTime();
        LatentCodeSet set = LatentCodeFiles.load(codes, labels, images, layout);
        try (OnnxDecoder d = decoder == null ? null : OnnxDecoder.load(decoder, set.latentDim())) {
            RunFolder.create(out);
            RunBundle.markStarted(out, BundleKind.CODES, settings);
            CodeExperiment e = new CodeExperiment(settings, set, d);
            e.log().forEach(this::log);
            Map<String, Double> m;
            try {
                long last = 0;
                while (!e.isDone()) {
                    e.step();
                    long now = System.nanoTime();
                    if (now - last > LOG_NANOS || e.isDone()) {
                        ImageProgress p = e.progress();
                        log(String.format(Locale.ROOT, "%-32s %5.1f%%  %s  (%.0f s)", p.detail(), 100 * p.fraction(),
                                p.losses(), (now - t0) / 1e9));
                        last = now;
                    }
                }
                m = e.evaluate(settings.sampleCount(), settings.seed() + 1);
                m.put("seconds", (System.nanoTime() - t0) / 1e9);
            } catch (RuntimeException failure) {
                RunBundle.markStubFailed(out, BundleKind.CODES, settings, String.valueOf(failure.getMessage()));
                throw failure;
            }
            CodeRunFolder.write(out, e, m);
            return new ObjectMapper().writeValueAsString(m);
        }
    }

    private void log(String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
    }
}
