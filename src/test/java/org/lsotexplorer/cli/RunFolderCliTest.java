package org.lsotexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.engine.BundleState;
import org.lsotexplorer.engine.OpenedRun;
import org.lsotexplorer.engine.RunBundle;
import org.lsotexplorer.engine.TransportRun;

/** The --out rules, --force, and --resume of a run folder, in process. */
class RunFolderCliTest {
    private static final String[] SMALL = {"run", "--solver", "sinkhorn", "--targets", "192", "--batch", "192",
        "--steps", "60", "--quiet", "--checkpoint-every", "0"};
    @TempDir
    Path dir;

    private static CliOutcome run(Path out, String... extra) {
        List<String> a = new java.util.ArrayList<>(List.of(SMALL));
        a.addAll(List.of(extra));
        a.add("--out");
        a.add(out.toString());
        return CliOutcome.run(a.toArray(String[]::new));
    }

    private static void assertRefused(CliOutcome o, String mustContain) {
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(mustContain), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
    }

    /** metrics.json without the timings. */
    static JsonNode metrics(Path run) throws IOException {
        ObjectNode m = (ObjectNode) new ObjectMapper().readTree(run.resolve("metrics.json").toFile());
        m.remove(List.of("seconds", "refine_seconds"));
        return m;
    }

    @Test
    void anExistingRunFolderNeedsForceWhichKeepsTheUsersOwnFiles() throws IOException {
        Path out = dir.resolve("r");
        assertEquals(0, run(out).code());
        assertEquals("complete", new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).path("state")
                .asText());
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertRefused(run(out), "--force");
        assertEquals(0, run(out, "--force").code());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.exists(out.resolve("metrics.json")));
    }

    @Test
    void aFolderThatIsNotARunFolderIsRefusedAndUntouched() throws IOException {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "precious");
        assertRefused(run(out), "not a run folder");
        assertRefused(run(out, "--force"), "not a run folder");
        try (var files = Files.list(out)) {
            assertEquals(List.of(out.resolve("thesis.tex")), files.toList());
        }
    }

    @Test
    void linksAreNeverFollowed() throws IOException {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep");
        Path planted = dir.resolve("planted");
        Files.createDirectories(planted);
        Files.createSymbolicLink(planted.resolve("arrows.png"), victim);
        assertRefused(run(planted), "not a run folder");
        Path linkedOut = dir.resolve("linked");
        Files.createSymbolicLink(linkedOut, planted);
        assertRefused(run(linkedOut), "symbolic link");
        Path real = dir.resolve("real");
        assertEquals(0, run(real).code());
        Files.delete(real.resolve("metrics.csv"));
        Files.createSymbolicLink(real.resolve("metrics.csv"), victim);
        assertEquals(0, run(real, "--force").code(), "--force removes the link itself, then writes a real file");
        assertEquals("keep", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(real.resolve("metrics.csv")));
    }

    @Test
    @Tag("slow")    // three CLI runs; the bit-exact resume itself is tested fast in RunCheckpointTest and RunBundleTest
    void resumeContinuesAnInterruptedRunToTheUninterruptedNumbers() throws IOException {
        Path whole = dir.resolve("whole");
        assertEquals(0, run(whole).code());
        OpenedRun o = OpenedRun.open(whole);
        TransportRun partial = TransportRun.create(o.settings(), o.target());
        int modeEvery = Math.max(1, partial.solver().totalSteps() / 10);    // the CLI's logging cadence
        for (int i = 0; i < 23; i++) {
            if (partial.step().step() % modeEvery == 0) {
                partial.logModeMetrics();
            }
        }
        Path cut = dir.resolve("cut");
        RunBundle.save(cut, partial, null, BundleState.RUNNING);
        assertRefused(CliOutcome.run("run", "--resume", cut.toString(), "--seed", "3"), "remove --seed");
        CliOutcome r = CliOutcome.run("run", "--resume", cut.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals(metrics(whole), metrics(cut));
        assertEquals(Files.readString(whole.resolve("metrics.csv")), Files.readString(cut.resolve("metrics.csv")));
        CliOutcome again = CliOutcome.run("run", "--resume", cut.toString());
        assertEquals(0, again.code());
        assertTrue(again.err().contains("already complete"), again.err());
    }

    @Test
    void emptyManifestFromAnOlderCrashIsExplained() throws IOException {
        Path out = dir.resolve("crashed");
        Files.createDirectories(out);
        Files.writeString(out.resolve("manifest.json"), "");
        CliOutcome o = CliOutcome.run("run", "--resume", out.toString());
        assertRefused(o, "empty (0 bytes)");
        assertRefused(run(out), "--force");
        assertEquals(0, run(out, "--force").code());
    }
}
