package org.lsotexplorer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's statistics and tables against hand-computed values, and the finished-run check. */
class ReportTableTest {
    @TempDir
    Path tmp;

    private static FinishedRun run(Object... keyValues) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], (Double) keyValues[i + 1]);
        }
        return new FinishedRun(Path.of("x"), m);
    }

    @Test
    void meanAndSampleStandardDeviation() {
        SeedStatistics s = SeedStatistics.of(List.of(1.0, 2.0, 4.0));
        assertEquals(7.0 / 3, s.mean(), 1e-15);
        double var = ((1 - 7.0 / 3) * (1 - 7.0 / 3) + (2 - 7.0 / 3) * (2 - 7.0 / 3) + (4 - 7.0 / 3) * (4 - 7.0 / 3))
                / 2;
        assertEquals(Math.sqrt(var), s.std(), 1e-15);
        assertEquals(3, s.count());
        SeedStatistics one = SeedStatistics.of(java.util.Arrays.asList(5.0, null, Double.NaN));
        assertEquals(5.0, one.mean());
        assertTrue(Double.isNaN(one.std()));
        assertEquals(1, one.count());
        assertTrue(Double.isNaN(SeedStatistics.of(List.of()).mean()));
    }

    @Test
    void csvHasOneRowPerPresetAndSolverWithEveryMetric() {
        ReportTable t = new ReportTable(List.of(
                new ReportTable.Cell("rings", "exact", List.of(run("w2", 1.0, "seconds", 3.0),
                        run("w2", 3.0, "seconds", 5.0, "modes", 2.0))),
                new ReportTable.Cell("rings", "sinkhorn", List.of(run("w2", 0.5, "seconds", 1.0)))));
        List<String> lines = t.csv().lines().toList();
        assertEquals("preset,solver,seeds,w2_mean,w2_std,seconds_mean,seconds_std,modes_mean,modes_std",
                lines.get(0));
        assertEquals("rings,exact,2,2.0," + Math.sqrt(2) + ",4.0," + Math.sqrt(2) + ",2.0,", lines.get(1));
        assertEquals("rings,sinkhorn,1,0.5,,1.0,,,", lines.get(2));
        String md = t.markdown("report ...", "1-2");
        assertTrue(md.contains("## rings"), md);
        assertTrue(md.contains("| metric | exact | sinkhorn |"), md);
        assertTrue(md.contains("| w2 | 2.000 ± 1.4 | 0.5000 |"), md);
        assertTrue(md.contains("| modes | 2.000 | – |"), md);
    }

    @Test
    void aRunIsFinishedOnlyWithBothFilesParsedAndACompleteState() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("run"));
        assertTrue(FinishedRun.read(d).isEmpty(), "empty folder");
        Files.writeString(d.resolve("manifest.json"), "{\"seed\": 1}");
        assertTrue(FinishedRun.read(d).isEmpty(), "no metrics.json");
        Files.writeString(d.resolve("metrics.json"), "{\"w2\": 0.5, ");
        assertTrue(FinishedRun.read(d).isEmpty(), "truncated metrics.json");
        Files.writeString(d.resolve("metrics.json"), "{\"w2\": 0.5, \"modes\": null, \"why\": \"no modes\"}");
        assertEquals(Map.of("w2", 0.5), FinishedRun.read(d).orElseThrow().metrics());
        Files.writeString(d.resolve("manifest.json"), "{\"seed\": 1, \"state\": \"running\"}");
        assertTrue(FinishedRun.read(d).isEmpty(), "state running");
        Files.writeString(d.resolve("manifest.json"), "{\"seed\": 1, \"state\": \"complete\"}");
        assertTrue(FinishedRun.read(d).isPresent(), "state complete");
        Files.writeString(d.resolve("manifest.json"), "");
        assertTrue(FinishedRun.read(d).isEmpty(), "0-byte manifest (kill -9)");
    }
}
