package org.lsotexplorer.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lsotexplorer.data.EmpiricalDistribution;
import org.lsotexplorer.model.AdamState;
import org.lsotexplorer.model.Mlp;
import org.lsotexplorer.model.MlpCheckpoint;
import org.lsotexplorer.model.MlpOptions;

/**
 * Writes a toy run's folder, format {@value #FORMAT} (README, "Run folders"): {@code manifest.json} (format, kind,
 * state, resolved settings, parent, checkpoint index), {@code metrics.json} (complete runs only), {@code metrics.csv},
 * {@code samples.csv} (the evaluation noise {@code z1..zd} and its images {@code t1..td}) and {@code model/}: the
 * networks in the LSOT-MLP checkpoint format ({@code NAME.mlp}), each Adam's moments in the same format and layout
 * ({@code NAME.adam-m.mlp}, {@code NAME.adam-v.mlp}), {@code state.json} (step, optimizer counters and learning
 * rates, generator states, batch permutations, collected pairs), {@code history.json} (the logged rows, exact),
 * {@code codes.csv}/{@code heights.csv} for Brenier solvers, and {@code target.csv} for a CSV target.
 * <p>Every file is written atomically ({@link AtomicFiles}); the manifest says {@code running} before anything else
 * is replaced and gets its final state last. Owner thread of the run only (it reads the solver).
 */
public final class RunBundle {
    /** The format this build writes, and the newest it reads. */
    public static final int FORMAT = 2;
    public static final String SAMPLES_CSV = "samples.csv";
    public static final String STATE_JSON = "state.json";
    public static final String HISTORY_JSON = "history.json";
    public static final String TARGET_CSV = "target.csv";
    /** Prefix of the checkpoint folders under {@code model/}; the manifest names the current one. */
    public static final String CHECKPOINT_PREFIX = "checkpoint-";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunBundle() {
    }

    /**
     * Saves {@code run} as it is now into {@code dir} (created if needed).
     *
     * @param metrics the metrics at this step (written as metrics.json: final for a complete run), or null (an
     *                earlier metrics.json is then removed)
     * @param state the state the manifest ends with
     */
    public static void save(Path dir, TransportRun run, RunMetrics metrics, BundleState state) throws IOException {
        save(dir, run, metrics, state, null);
    }

    /** As {@link #save(Path, TransportRun, RunMetrics, BundleState)}, with the reason of a failure. */
    public static void save(Path dir, TransportRun run, RunMetrics metrics, BundleState state, String failure)
            throws IOException {
        Path model = dir.resolve(RunFolder.MODEL_DIR);
        AtomicFiles.requireNotLink(dir);
        AtomicFiles.requireNotLink(model);
        Files.createDirectories(model);
        AtomicFiles.cleanTemporaries(dir);
        AtomicFiles.cleanTemporaries(model);
        RunCheckpoint c = RunCheckpoint.capture(run);
        markRunning(dir);
        String folder = newCheckpointFolder(model, c.step());
        Path ckpt = model.resolve(folder);
        Files.createDirectory(ckpt);
        writeSolver(ckpt, c.solver());
        AtomicFiles.write(ckpt.resolve(HISTORY_JSON), out -> JSON.writeValue(out, historyJson(c.history())));
        double[] nu = run.problem().weights();
        if (run.problem().target() instanceof EmpiricalDistribution e) {
            AtomicFiles.write(model.resolve(TARGET_CSV), out -> writeRows(out, e.points(), null));
            if (nu != null) {      // the target's masses, so that a reopened run has them too
                AtomicFiles.write(model.resolve(RunFolder.WEIGHTS_CSV), out -> writeRows(out, column(nu), null));
            }
        }
        if (run.solver().brenier().isPresent()) {
            RunFolder.writeModel(dir, run.solver().brenier().get(), nu);
        }
        RunFolder.writeHistoryCsv(dir.resolve(RunFolder.METRICS_CSV), run.history());
        double[][] z = run.evaluationNoise();
        double[][] t = run.solver().map(z);
        AtomicFiles.write(dir.resolve(SAMPLES_CSV), out -> writeRows(out, z, t));
        if (metrics != null && state != BundleState.FAILED) {
            AtomicFiles.write(dir.resolve(RunFolder.METRICS_JSON), out -> JSON.writeValue(out,
                    metrics.asJsonFileMap()));
        } else {
            Files.deleteIfExists(dir.resolve(RunFolder.METRICS_JSON));   // no stale metrics from an earlier state
        }
        writeManifest(dir, run, c, state, failure, folder);                // the commit point
        removeOtherCheckpoints(model, folder);
    }

    /**
     * A complete or failed folder about to be rewritten says {@code running} first (its old checkpoint still named),
     * so a crash in between never leaves new files under a manifest that calls them complete.
     */
    private static void markRunning(Path dir) throws IOException {
        Path file = dir.resolve(RunFolder.MANIFEST);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) == 0) {
            return;
        }
        com.fasterxml.jackson.databind.JsonNode m;
        try {
            m = JSON.readTree(file.toFile());
        } catch (IOException damaged) {
            return;                                      // replaced by the new manifest at the end
        }
        if (m instanceof com.fasterxml.jackson.databind.node.ObjectNode o
                && !BundleState.RUNNING.id().equals(o.path("state").asText())) {
            o.put("state", BundleState.RUNNING.id());
            o.remove("failure");
            AtomicFiles.write(file, out -> JSON.writeValue(out, o));
        }
    }

    /** A checkpoint folder name not in use: {@code checkpoint-STEP}, or with a suffix when that exists. */
    private static String newCheckpointFolder(Path model, int step) {
        String base = String.format(java.util.Locale.ROOT, "%s%08d", CHECKPOINT_PREFIX, step);
        String name = base;
        for (int k = 2; Files.exists(model.resolve(name), LinkOption.NOFOLLOW_LINKS); k++) {
            name = base + "-" + k;
        }
        return name;
    }

    /** Deletes the checkpoint folders the manifest no longer names (older ones, or a half-written one of a crash). */
    private static void removeOtherCheckpoints(Path model, String keep) throws IOException {
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(model, CHECKPOINT_PREFIX + "*")) {
            for (Path d : ds) {
                if (!d.getFileName().toString().equals(keep)) {
                    OutputFolder.deleteTree(d);
                }
            }
        }
    }

    /**
     * Saves a run from the window at any moment (also paused): {@code complete} with the final metrics when the run
     * is done, else {@code running} (continued by {@code run --resume DIR} or by opening it) with the metrics now.
     * Owner thread of the run (the training worker).
     */
    public static void saveNow(Path dir, TransportRun run, double elapsedSeconds) throws IOException {
        RunMetrics m = run.evaluate().withSeconds(elapsedSeconds);
        save(dir, run, m, run.isDone() ? BundleState.COMPLETE : BundleState.RUNNING);
    }

    /**
     * Writes the first manifest of an image or own-code run ({@code state: running}, its settings); the run's
     * folder writer replaces it with the complete one last.
     */
    public static void markStarted(Path dir, BundleKind kind, Object settings) throws IOException {
        writeStub(dir, kind, settings, BundleState.RUNNING, null);
    }

    /**
     * Marks an image or own-code run failed: the manifest says {@code failed} and why, and no {@code metrics.json}
     * is left to look final.
     */
    public static void markStubFailed(Path dir, BundleKind kind, Object settings, String failure) throws IOException {
        Files.deleteIfExists(dir.resolve(RunFolder.METRICS_JSON));
        writeStub(dir, kind, settings, BundleState.FAILED, failure);
    }

    private static void writeStub(Path dir, BundleKind kind, Object settings, BundleState state, String failure)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("kind", kind.id());
        m.put("state", state.id());
        if (failure != null) {
            m.put("failure", failure);
        }
        m.put("settings", settings);
        m.put("versions", Versions.all());
        AtomicFiles.write(dir.resolve(RunFolder.MANIFEST), out -> JSON.writeValue(out, m));
    }

    /** Marks a folder's manifest failed (keeping the checkpoint) and removes its final metrics. */
    public static void markFailed(Path dir, TransportRun run, String reason) throws IOException {
        save(dir, run, null, BundleState.FAILED, reason);
    }

    private static void writeManifest(Path dir, TransportRun run, RunCheckpoint c, BundleState state, String failure,
                                      String folder) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("kind", BundleKind.TOY.id());
        m.put("state", state.id());
        if (failure != null) {
            m.put("failure", failure);
        }
        m.put("seed", c.settings().seed());
        m.put("solver", c.settings().solver().id());
        m.put("solver_label", c.settings().solver().label());
        m.put("target", c.settings().target());
        m.put("settings", c.settings());
        m.put("codes", run.problem().codeCount());
        m.put("codes_sha256", c.codesChecksum());
        m.put("steps_done", c.step());
        m.put("total_steps", run.solver().totalSteps());
        if (c.parent() != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("run_folder", c.parent().runFolder());
            p.put("step", c.parent().step());
            m.put("parent", p);
        }
        Map<String, Object> cp = new LinkedHashMap<>();
        String at = RunFolder.MODEL_DIR + "/" + folder + "/";
        cp.put("folder", RunFolder.MODEL_DIR + "/" + folder);
        cp.put("step", c.step());
        cp.put("base_step", c.solver().baseStep());
        cp.put("state", at + STATE_JSON);
        cp.put("history", at + HISTORY_JSON);
        cp.put("networks", c.solver().networks().keySet().stream().map(n -> at + n + ".mlp").toList());
        m.put("checkpoint", cp);
        m.put("samples", Map.of("file", SAMPLES_CSV, "columns", "z1..zd (evaluation noise), t1..td (T(z))"));
        m.put("versions", Versions.all());
        m.put("metric_definitions", RunMetrics.definitions());
        if (run.solver() instanceof LsotSolver lsot) {
            m.put("refine_method", lsot.refineMethod().id());
            m.put("cell_mass_error_method", RefinementMetrics.method(lsot));
        }
        if (run.problem().weights() != null) {
            m.put("target_weights", Map.of("file", RunFolder.MODEL_DIR + "/" + RunFolder.WEIGHTS_CSV, "meaning",
                    "nu_j, the target mass of code j (normalised to sum 1), from the CSV's '"
                    + org.lsotexplorer.data.WeightColumn.NAME + "' column"));
        }
        if (run.solver().brenier().isPresent()) {
            m.put("model", Map.of("codes", RunFolder.MODEL_DIR + "/" + RunFolder.CODES_CSV, "heights",
                    RunFolder.MODEL_DIR + "/" + RunFolder.HEIGHTS_CSV,
                    "map", "T(z) = y_j, j = argmax_j <z,y_j> + h_j (ties: lowest j)"));
        }
        AtomicFiles.write(dir.resolve(RunFolder.MANIFEST), out -> JSON.writeValue(out, m));
    }

    private static void writeSolver(Path model, SolverCheckpoint s) throws IOException {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("format", FORMAT);
        state.put("solver", s.kind().id());
        state.put("step", s.step());
        state.put("base_step", s.baseStep());
        for (Map.Entry<String, SolverCheckpoint.Network> e : s.networks().entrySet()) {
            writeVector(model.resolve(e.getKey() + ".mlp"), e.getValue().options(), e.getValue().parameters());
        }
        Map<String, Object> optimizers = new LinkedHashMap<>();
        for (Map.Entry<String, AdamState> e : s.optimizers().entrySet()) {
            AdamState a = e.getValue();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("step", a.step());
            o.put("learning_rate", a.learningRate());
            boolean moments = a.first32() != null || a.first64() != null;
            o.put("moments", moments ? List.of(e.getKey() + ".adam-m.mlp", e.getKey() + ".adam-v.mlp") : List.of());
            if (moments) {
                MlpOptions shape = s.network(e.getKey()).options();
                writeVector(model.resolve(e.getKey() + ".adam-m.mlp"), shape, a.first32() != null ? widen(a.first32())
                        : a.first64());
                writeVector(model.resolve(e.getKey() + ".adam-v.mlp"), shape, a.second32() != null
                        ? widen(a.second32()) : a.second64());
            }
            optimizers.put(e.getKey(), o);
        }
        state.put("optimizers", optimizers);
        state.put("generators", s.generators());
        state.put("indices", s.indices());
        state.put("values", s.values());
        AtomicFiles.write(model.resolve(STATE_JSON), out -> JSON.writeValue(out, state));
    }

    /** A parameter-shaped vector in the LSOT-MLP checkpoint format (that class writes atomically itself). */
    private static void writeVector(Path file, MlpOptions shape, float[] values) throws IOException {
        writeVector(file, shape, widen(values));
    }

    private static void writeVector(Path file, MlpOptions shape, double[] values) throws IOException {
        AtomicFiles.requireNotLink(file);
        MlpCheckpoint.write(Mlp.fromParameters(shape, values), file);
    }

    private static double[] widen(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static List<Map<String, Object>> historyJson(List<RunHistory.Row> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (RunHistory.Row r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("step", r.step());
            row.put("phase", r.phase());
            row.put("values", r.values());
            out.add(row);
        }
        return out;
    }

    /** Rows of {@code a} (and of {@code b} after them), with a header {@code z1..zd[,t1..td]} when {@code b}. */
    private static double[][] column(double[] values) {
        double[][] c = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            c[i] = new double[] {values[i]};
        }
        return c;
    }

    private static void writeRows(java.io.OutputStream os, double[][] a, double[][] b) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        if (b != null && a.length > 0) {
            StringBuilder h = new StringBuilder();
            for (int k = 0; k < a[0].length; k++) {
                h.append(k == 0 ? "" : ",").append('z').append(k + 1);
            }
            for (int k = 0; k < b[0].length; k++) {
                h.append(",t").append(k + 1);
            }
            w.write(h.append('\n').toString());
        }
        for (int i = 0; i < a.length; i++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < a[i].length; k++) {
                line.append(k == 0 ? "" : ",").append(a[i][k]);
            }
            if (b != null) {
                for (double x : b[i]) {
                    line.append(',').append(x);
                }
            }
            w.write(line.append('\n').toString());
        }
        w.flush();
    }

}
