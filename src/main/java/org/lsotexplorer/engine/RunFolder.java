package org.lsotexplorer.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text part of a run folder (architecture.md): {@code manifest.json} (seed, resolved settings, data checksum,
 * versions), {@code metrics.json} ({@link RunMetrics#asJsonFileMap()}) and {@code metrics.csv} (one row
 * per logged step: {@code step,phase,<value columns>}, empty cells where a value was not logged) and, for solvers
 * with a Brenier potential, the model: {@code model/codes.csv} (n rows of d comma-separated values, no header) and
 * {@code model/heights.csv} (n rows), with {@code T(z) = y_j} for {@code j = argmax_j <z,y_j> + h_j} (ties: the
 * lowest j), plus {@code model/weights.csv} when the target masses are not uniform. Figures are
 * added beside them by the report layer. The GUI and the CLI read and write the same files.
 */
public final class RunFolder {
    public static final String MANIFEST = "manifest.json";
    public static final String METRICS_JSON = "metrics.json";
    public static final String METRICS_CSV = "metrics.csv";
    public static final String MODEL_DIR = "model";
    public static final String CODES_CSV = "codes.csv";
    public static final String HEIGHTS_CSV = "heights.csv";
    public static final String WEIGHTS_CSV = "weights.csv";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Creates (or reuses) the folder and checks that it is writable.
     *
     * @throws IOException with a message naming the folder when it cannot be created or written
     */
    public static RunFolder create(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot use " + dir + " as an output folder: a file of that name exists", e);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot create output folder " + dir + ": permission denied", e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new IOException("output folder " + dir + " is not writable");
        }
        Path probe = dir.resolve(".write-test");
        try {
            Files.writeString(probe, "");
            Files.delete(probe);
        } catch (IOException e) {
            throw new IOException("output folder " + dir + " is not writable: " + e.getMessage(), e);
        }
        return new RunFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Writes {@code model/codes.csv} and {@code model/heights.csv} (and {@code model/weights.csv} for non-uniform
     * weights) for a solver with a Brenier potential; nothing otherwise.
     */
    public void writeModel(TransportSolver solver) throws IOException {
        writeModel(solver, null);
    }

    /** As {@link #writeModel(TransportSolver)}, with the target masses {@code nu} (null when uniform). */
    public void writeModel(TransportSolver solver, double[] weights) throws IOException {
        if (solver.brenier().isEmpty()) {
            return;
        }
        writeModel(dir, solver.brenier().get(), weights);
    }

    /** Writes the model files of a potential into {@code folder/model}; {@code weights} null when uniform. */
    public static void writeModel(Path folder, org.lsotexplorer.math.ot.BrenierPotential u, double[] weights)
            throws IOException {
        Path model = folder.resolve(MODEL_DIR);
        AtomicFiles.requireNotLink(model);
        Files.createDirectories(model);
        double[][] codes = u.codes();
        double[] h = u.heights();
        AtomicFiles.write(model.resolve(CODES_CSV), out -> {
            BufferedWriter c = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (double[] code : codes) {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < code.length; k++) {
                    b.append(k == 0 ? "" : ",").append(Double.toString(code[k]));
                }
                c.write(b.toString());
                c.newLine();
            }
            c.flush();
        });
        AtomicFiles.write(model.resolve(HEIGHTS_CSV), out -> writeColumn(out, h));
        if (weights != null) {
            AtomicFiles.write(model.resolve(WEIGHTS_CSV), out -> writeColumn(out, weights));
        }
    }

    private static void writeColumn(java.io.OutputStream out, double[] values) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (double x : values) {
            w.write(Double.toString(x));
            w.newLine();
        }
        w.flush();
    }

    /** Writes {@code metrics.json}. */
    public void writeMetrics(RunMetrics metrics) throws IOException {
        AtomicFiles.write(dir.resolve(METRICS_JSON), out -> JSON.writeValue(out, metrics.asJsonFileMap()));
    }

    /** Writes {@code metrics.csv} from the history. */
    public void writeHistory(RunHistory history) throws IOException {
        writeHistoryCsv(dir.resolve(METRICS_CSV), history);
    }

    /** Writes a history as CSV to any file (also used by the GUI's "Export metrics"). */
    public static void writeHistoryCsv(Path file, RunHistory history) throws IOException {
        List<String> cols = history.columns();
        AtomicFiles.write(file, os -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            out.write("step,phase");
            for (String c : cols) {
                out.write("," + c);
            }
            out.newLine();
            for (RunHistory.Row r : history.rows()) {
                StringBuilder b = new StringBuilder().append(r.step()).append(',').append(csvField(r.phase()));
                for (String c : cols) {
                    Double v = r.values().get(c);
                    b.append(',').append(v == null ? "" : String.format(Locale.ROOT, "%.9g", v));
                }
                out.write(b.toString());
                out.newLine();
            }
            out.flush();
        });
    }

    /**
     * A text cell as RFC 4180 wants it: quoted, with inner quotes doubled, when it holds a comma, a quote or a line
     * break (a Sinkhorn phase reads "sinkhorn, eps 0.91"), else as it is.
     */
    static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Reads {@code metrics.json} of a run folder as a tree (for the GUI's "Open run folder"). */
    public static JsonNode readMetrics(Path dir) throws IOException {
        return readJson(dir, METRICS_JSON);
    }

    /** Reads {@code manifest.json} of a run folder as a tree. */
    public static JsonNode readManifest(Path dir) throws IOException {
        return readJson(dir, MANIFEST);
    }

    /**
     * Reads one JSON object of a run folder.
     *
     * @throws IOException one line naming the folder and file: missing, not a JSON object, or invalid JSON (with
     *                     the line and column), and what to do
     */
    private static JsonNode readJson(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a run folder (" + (Files.exists(dir) ? "a file" : "it does not"
                    + " exist") + "); choose the folder that holds " + MANIFEST);
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("run folder " + dir + " has no " + name + "; it is incomplete or not a run folder");
        }
        JsonNode n;
        try {
            n = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new IOException(name + " in " + dir + " is not valid JSON" + (at == null ? "" : " (line "
                    + at.getLineNr() + ", column " + at.getColumnNr() + ": " + e.getOriginalMessage().lines()
                    .findFirst().orElse("") + ")") + "; the file is damaged, run the command again", e);
        }
        if (n == null || !n.isObject()) {
            throw new IOException(name + " in " + dir + " is " + (n == null || n.isMissingNode() ? "empty"
                    : "not a JSON object") + "; the file is damaged, run the command again");
        }
        return n;
    }
}
