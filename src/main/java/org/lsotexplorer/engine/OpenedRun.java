package org.lsotexplorer.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lsotexplorer.data.EmpiricalDistribution;
import org.lsotexplorer.data.PointCsv;
import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.data.ToyPreset;

/**
 * A run folder read back ({@link #open}): its kind, state, manifest and metrics, and for a toy run of format 2 the
 * resolved settings, the checkpoint and the history, so that {@link #restore()} rebuilds the run where it stood
 * (then training continues it, bit for bit as if it had never stopped). Older folders (format 1) and image or
 * own-code runs open for viewing only ({@link #checkpoint()} is null). Plain Java throughout: the window may hold it.
 *
 * @param dir the folder
 * @param format the manifest's format number (1 for the older {@code lsot-explorer-run/1} folders)
 * @param kind toy, image or codes
 * @param state running, complete or failed
 * @param manifest the manifest as a tree
 * @param metrics metrics.json as a tree (final when complete, at the saved step when running), or null
 * @param settings the resolved settings of a toy run of format 2, else null
 * @param checkpoint the saved state of a toy run of format 2, else null
 * @param target the target distribution of a toy run (a preset, or the saved CSV points), else null
 */
public record OpenedRun(Path dir, int format, BundleKind kind, BundleState state, JsonNode manifest, JsonNode metrics,
                        RunSettings settings, RunCheckpoint checkpoint, TargetDistribution target) {

    /** Whether {@link #restore()} can rebuild the run (a toy run of format 2). */
    public boolean resumable() {
        return checkpoint != null;
    }

    /** The saved step (0 when unknown). */
    public int step() {
        return checkpoint != null ? checkpoint.step() : manifest.path("steps_done").asInt(0);
    }

    /** The run this one branched from, or null. */
    public RunParent parent() {
        return checkpoint != null ? checkpoint.parent() : null;
    }

    /** The logged history (empty when not resumable). */
    public List<RunHistory.Row> history() {
        return checkpoint != null ? checkpoint.history() : List.of();
    }

    /**
     * Rebuilds the run on the calling thread, which then owns it.
     *
     * @throws IllegalStateException when the folder cannot be resumed (see {@link #resumable()})
     */
    public TransportRun restore() {
        if (checkpoint == null) {
            throw new IllegalStateException(dir + " holds a " + kind.id() + " run of format " + format + " without a"
                    + " saved training state; it can be viewed but not continued");
        }
        return checkpoint.restore(target);
    }

    /**
     * Reads a run folder.
     *
     * @throws IOException one message naming the folder and file, what is wrong (missing, empty after a crash,
     *                     damaged, written by a newer version) and what to do
     */
    public static OpenedRun open(Path dir) throws IOException {
        JsonNode manifest = BundleFiles.readObject(dir, RunFolder.MANIFEST);
        JsonNode f = manifest.path("format");
        int format;
        BundleKind kind;
        if (f.isInt()) {
            format = f.asInt();
            if (format > RunBundle.FORMAT) {
                throw new IOException(dir + " was written in run-folder format " + format + " by a newer LSOT"
                        + " Explorer; this build reads formats up to " + RunBundle.FORMAT + ": update the app to open"
                        + " it");
            }
            kind = BundleKind.parse(manifest.path("kind").asText("toy"));
        } else if (f.isTextual() && f.asText().startsWith("lsot-explorer-")) {
            format = 1;
            String t = f.asText();
            kind = t.contains("image-run") ? BundleKind.IMAGE : t.contains("code-run") ? BundleKind.CODES
                    : BundleKind.TOY;
        } else {
            throw new IOException(RunFolder.MANIFEST + " in " + dir + " has no LSOT Explorer format field; it is"
                    + " not a run folder of this app");
        }
        boolean hasMetrics = Files.exists(dir.resolve(RunFolder.METRICS_JSON));
        BundleState state = format >= 2 ? BundleState.parse(manifest.path("state").asText())
                : hasMetrics ? BundleState.COMPLETE : BundleState.FAILED;
        JsonNode metrics = hasMetrics && state != BundleState.FAILED
                ? BundleFiles.readObject(dir, RunFolder.METRICS_JSON) : null;
        if (format < 2 || kind != BundleKind.TOY) {
            return new OpenedRun(dir, format, kind, state, manifest, metrics, null, null, null);
        }
        RunSettings settings = BundleFiles.settings(dir, manifest);
        TargetDistribution target = target(dir, settings);
        Path ckpt = dir.resolve(manifest.path("checkpoint").path("folder").asText(RunFolder.MODEL_DIR));
        RunCheckpoint c = new RunCheckpoint(settings, manifest.path("steps_done").asInt(),
                manifest.path("codes_sha256").asText(), BundleFiles.readSolver(ckpt),
                BundleFiles.readHistory(ckpt.resolve(RunBundle.HISTORY_JSON)), parentOf(manifest));
        return new OpenedRun(dir, format, kind, state, manifest, metrics, settings, c, target);
    }

    private static RunParent parentOf(JsonNode manifest) {
        JsonNode p = manifest.path("parent");
        if (!p.isObject()) {
            return null;
        }
        return new RunParent(p.path("run_folder").isNull() ? null : p.path("run_folder").asText(null),
                p.path("step").asInt());
    }

    private static TargetDistribution target(Path dir, RunSettings s) throws IOException {
        if (!s.target().equals("csv")) {
            return ToyPreset.parse(s.target());
        }
        Path file = dir.resolve(RunFolder.MODEL_DIR).resolve(RunBundle.TARGET_CSV);
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + ": the run's target came from a CSV file, and " + file + " is missing;"
                    + " the folder is incomplete");
        }
        double[][] points = PointCsv.read(file);
        Path weights = dir.resolve(RunFolder.MODEL_DIR).resolve(RunFolder.WEIGHTS_CSV);
        if (!Files.isRegularFile(weights)) {
            return new EmpiricalDistribution("csv", "saved target", points);
        }
        double[][] w = PointCsv.read(weights);
        if (w.length != points.length || w[0].length != 1) {
            throw new IOException(weights + " holds " + w.length + " rows of " + w[0].length + " values; expected one"
                    + " weight per point of " + file + " (" + points.length + "); the folder is damaged");
        }
        double[] nu = new double[w.length];
        for (int i = 0; i < nu.length; i++) {
            nu[i] = w[i][0];
        }
        return new EmpiricalDistribution("csv", "saved target", points, nu);
    }

    /** Reading helpers of the bundle files (kept apart from the record). */
    static final class BundleFiles {
        private BundleFiles() {
        }

        static JsonNode readObject(Path dir, String name) throws IOException {
            Path file = dir.resolve(name);
            if (!Files.isDirectory(dir)) {
                throw new IOException(dir + " is not a run folder (" + (Files.exists(dir) ? "a file" : "it does not"
                        + " exist") + "); choose the folder that holds " + RunFolder.MANIFEST);
            }
            if (!Files.isRegularFile(file)) {
                throw new IOException("run folder " + dir + " has no " + name + "; it is incomplete or not a run"
                        + " folder");
            }
            if (Files.size(file) == 0) {
                throw new IOException(name + " in " + dir + " is empty (0 bytes): an older version was killed while"
                        + " writing it; run again with --force to replace the folder");
            }
            JsonNode n;
            try {
                n = RunBundle.JSON.readTree(file.toFile());
            } catch (JsonProcessingException e) {
                throw new IOException(name + " in " + dir + " is damaged (cut short or not JSON: "
                        + e.getOriginalMessage().lines().findFirst().orElse("") + "); an older version was killed"
                        + " while writing it: run again with --force to replace the folder", e);
            }
            if (n == null || !n.isObject()) {
                throw new IOException(name + " in " + dir + " is not a JSON object; the file is damaged, run again"
                        + " with --force");
            }
            return n;
        }

        static RunSettings settings(Path dir, JsonNode manifest) throws IOException {
            try {
                return RunBundle.JSON.treeToValue(manifest.path("settings"), RunSettings.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IOException("the settings in " + dir.resolve(RunFolder.MANIFEST) + " cannot be read ("
                        + e.getMessage().lines().findFirst().orElse("") + "); the manifest is damaged", e);
            }
        }

        static SolverCheckpoint readSolver(Path model) throws IOException {
            JsonNode s = readObject(model, RunBundle.STATE_JSON);
            SolverKind kind = SolverKind.parse(s.path("solver").asText());
            SolverCheckpoint.Builder b = new SolverCheckpoint.Builder(kind, s.path("step").asInt(),
                    s.path("base_step").asInt());
            Map<String, SolverCheckpoint.Network> nets = new LinkedHashMap<>();
            for (var it = s.path("optimizers").fields(); it.hasNext(); ) {
                var e = it.next();
                String name = e.getKey();
                SolverCheckpoint.Network net = NetworkFiles.read(model.resolve(name + ".mlp"));
                nets.put(name, net);
                b.network(name, net.options(), net.parameters());
                b.optimizer(name, NetworkFiles.adam(model, name, e.getValue(), net));
            }
            for (var it = s.path("generators").fields(); it.hasNext(); ) {
                var e = it.next();
                b.generatorState(e.getKey(), new long[] {e.getValue().path(0).asLong(), e.getValue().path(1).asLong()});
            }
            for (var it = s.path("indices").fields(); it.hasNext(); ) {
                var e = it.next();
                int[] a = new int[e.getValue().size()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = e.getValue().path(i).asInt();
                }
                b.indices(e.getKey(), a);
            }
            for (var it = s.path("values").fields(); it.hasNext(); ) {
                var e = it.next();
                double[] a = new double[e.getValue().size()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = e.getValue().path(i).asDouble();
                }
                b.values(e.getKey(), a);
            }
            return b.build();
        }

        static List<RunHistory.Row> readHistory(Path file) throws IOException {
            JsonNode rows;
            try {
                rows = RunBundle.JSON.readTree(file.toFile());
            } catch (JsonProcessingException e) {
                throw new IOException(file + " is damaged (" + e.getOriginalMessage() + "); run again with --force",
                        e);
            }
            List<RunHistory.Row> out = new ArrayList<>();
            for (JsonNode r : rows) {
                Map<String, Double> v = new LinkedHashMap<>();
                for (var it = r.path("values").fields(); it.hasNext(); ) {
                    var e = it.next();
                    v.put(e.getKey(), e.getValue().isNumber() ? e.getValue().doubleValue()
                            : Double.parseDouble(e.getValue().asText()));
                }
                out.add(new RunHistory.Row(r.path("step").asInt(), r.path("phase").asText(), v));
            }
            return out;
        }
    }
}
