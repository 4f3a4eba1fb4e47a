package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.engine.images.ImageMetrics;

/**
 * Run folders that are damaged or odd: reading them gives one clear line naming the folder and file, and what a
 * run folder holds is valid JSON (NaN is written as null with a note, never as the string "NaN").
 */
@Tag("fuzz")
class RunFolderFuzzTest {
    @TempDir
    Path dir;

    private String readError(Path folder) {
        IOException e = assertThrows(IOException.class, () -> RunFolder.readMetrics(folder));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        return m;
    }

    @Test
    void damagedMetricsFilesGiveOneClearLine() throws IOException {
        Path run = Files.createDirectory(dir.resolve("run"));
        assertTrue(readError(run).contains("has no metrics.json"));
        String full = "{\"w2_to_target\": 0.5, \"seconds\": 3}";
        for (int cut = 0; cut < full.length() - 1; cut++) {
            Files.writeString(run.resolve(RunFolder.METRICS_JSON), full.substring(0, cut));
            String m = readError(run);
            assertTrue(m.contains("metrics.json in " + run) && (m.contains("not valid JSON") || m.contains("empty")),
                    m);
        }
        Files.writeString(run.resolve(RunFolder.METRICS_JSON), "[1, 2]");
        assertTrue(readError(run).contains("not a JSON object"));
        Files.write(run.resolve(RunFolder.METRICS_JSON), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertTrue(readError(run).contains("not valid JSON (line 1"));
        Files.writeString(run.resolve(RunFolder.METRICS_JSON), full);
        assertEquals(0.5, RunFolder.readMetrics(run).get("w2_to_target").asDouble());
        assertTrue(readError(dir.resolve("missing")).contains("is not a run folder"));
    }

    @Test
    void nonFiniteMetricsAreWrittenAsNullWithANote() throws IOException {
        RunMetrics m = new RunMetrics(null, null, null, 0.1, 1.0, Double.NaN, 0.9, 2.0);
        RunFolder folder = RunFolder.create(dir.resolve("single-point"));
        folder.writeMetrics(m);
        String text = Files.readString(folder.dir().resolve(RunFolder.METRICS_JSON));
        assertFalse(text.contains("\"NaN\"") || text.contains(": NaN"), "no NaN value: " + text);
        JsonNode n = RunFolder.readMetrics(folder.dir());
        assertTrue(n.get("l2_uvp").isNull());
        assertTrue(n.get("l2_uvp_note").asText().startsWith("undefined: the target has zero variance"), text);
        assertEquals(0.1, n.get("w2_to_target").asDouble());
        assertFalse(n.has("w2_to_target_note"));

        ImageMetrics im = new ImageMetrics(0.01, 20, null, null, null, null, null, 0.8, 1, 1.25, null,
                Double.NaN);
        Map<String, Object> map = im.asJsonFileMap();
        String json = new ObjectMapper().writeValueAsString(map);
        assertFalse(json.contains(":\"NaN\"") || json.contains(":NaN"), json);
        assertTrue(map.containsKey("seconds") && map.get("seconds") == null, json);
        assertTrue(((String) map.get("seconds_note")).startsWith("not measured"), json);
    }
}
