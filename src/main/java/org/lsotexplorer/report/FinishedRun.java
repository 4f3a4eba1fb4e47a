package org.lsotexplorer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lsotexplorer.engine.RunFolder;

/**
 * A run folder that holds a finished run: {@code manifest.json} and {@code metrics.json} are both present and parse
 * as JSON objects, and the manifest's {@code state}, where it has one, is {@code complete}. Its metrics are the
 * numeric entries of {@code metrics.json}, in file order; {@code null} (a metric that does not apply, e.g. mode
 * coverage on a target without modes) and text entries (reasons) are left out.
 *
 * @param dir     the run folder
 * @param metrics metric name to value, in the order of {@code metrics.json}
 */
public record FinishedRun(Path dir, Map<String, Double> metrics) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public FinishedRun {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /**
     * Reads {@code dir} when it holds a finished run; empty when it does not (missing or unparsable files, a
     * manifest state other than {@code complete}), so that the caller runs it again.
     */
    public static Optional<FinishedRun> read(Path dir) {
        try {
            JsonNode manifest = object(dir.resolve(RunFolder.MANIFEST));
            JsonNode metrics = object(dir.resolve(RunFolder.METRICS_JSON));
            if (manifest == null || metrics == null) {
                return Optional.empty();
            }
            JsonNode state = manifest.get("state");
            if (state != null && !"complete".equals(state.asText())) {
                return Optional.empty();
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNumber()) {
                    values.put(e.getKey(), e.getValue().doubleValue());
                }
            }
            return Optional.of(new FinishedRun(dir, values));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file parsed as a JSON object, or null when it is missing, not a regular file, or not an object. */
    private static JsonNode object(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return n != null && n.isObject() ? n : null;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return null;
        }
    }
}
