package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** metrics.csv stays a valid CSV whatever a phase is called (Sinkhorn phases hold a comma). */
class MetricsCsvTest {
    @Test
    void phasesWithCommasOrQuotesAreQuotedAndPlainOnesAreNot(@TempDir Path dir) throws Exception {
        RunHistory h = new RunHistory();
        h.add(1, "sinkhorn, eps 0.910", Map.of("loss", 0.5));
        h.add(2, "say \"hi\"", Map.of("loss", 0.25));
        h.add(3, "discriminator", Map.of("loss", 0.125));
        Path f = dir.resolve("metrics.csv");
        RunFolder.writeHistoryCsv(f, h);
        List<String> lines = Files.readAllLines(f);
        assertEquals("step,phase,loss", lines.get(0));
        assertEquals("1,\"sinkhorn, eps 0.910\",0.500000000", lines.get(1));
        assertEquals("2,\"say \"\"hi\"\"\",0.250000000", lines.get(2));
        assertEquals("3,discriminator,0.125000000", lines.get(3));
    }
}
