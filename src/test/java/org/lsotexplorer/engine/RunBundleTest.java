package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.model.Nd4jRuntime;

/**
 * A run saved to a folder, opened again and continued gives the uninterrupted run's numbers; damaged folders fail
 * clearly.
 */
class RunBundleTest {
    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static void roundTripMatches(RunSettings s, int k, Path dir) throws IOException {
        TransportRun whole = ResumeTestSupport.run(s);
        ResumeTestSupport.finish(whole);
        TransportRun first = ResumeTestSupport.run(s);
        ResumeTestSupport.steps(first, k);
        RunBundle.save(dir, first, null, BundleState.RUNNING);
        OpenedRun opened = OpenedRun.open(dir);
        assertEquals(BundleState.RUNNING, opened.state());
        assertEquals(BundleKind.TOY, opened.kind());
        assertEquals(RunBundle.JSON.valueToTree(s), RunBundle.JSON.valueToTree(opened.settings()),
                "settings survive JSON");
        assertTrue(opened.resumable());
        TransportRun resumed = opened.restore();
        ResumeTestSupport.finish(resumed);
        assertEquals(ResumeTestSupport.metrics(whole), ResumeTestSupport.metrics(resumed),
                s.solver().id() + " resumed from disk at step " + k);
        assertEquals(whole.history().rows(), resumed.history().rows());
    }

    @Test
    void lsotRoundTripsThroughDisk(@TempDir Path dir) throws IOException {
        roundTripMatches(ResumeTestSupport.lsotNewton(), 23, dir);
        assertTrue(Files.exists(dir.resolve("model/checkpoint-00000023/discriminator.mlp")));
        assertTrue(Files.exists(dir.resolve("model/checkpoint-00000023/discriminator.adam-m.mlp")));
        assertFalse(Files.exists(dir.resolve("metrics.json")), "unfinished: no final metrics");
        List<String> samples = Files.readAllLines(dir.resolve("samples.csv"));
        assertEquals("z1,z2,t1,t2", samples.get(0));
        assertEquals(201, samples.size());
    }

    @Test
    void aCheckpointCutShortByAKillLeavesThePreviousOneInForce(@TempDir Path dir) throws IOException {
        RunSettings s = ResumeTestSupport.lsotNewton();
        TransportRun whole = ResumeTestSupport.run(s);
        TransportRun run = ResumeTestSupport.run(s);
        ResumeTestSupport.steps(run, 10);
        RunBundle.save(dir, run, null, BundleState.RUNNING);
        // a later save killed before its manifest: a half-written checkpoint folder of step 20
        Path half = dir.resolve("model/checkpoint-00000020");
        Files.createDirectories(half);
        Files.write(half.resolve("discriminator.mlp"), new byte[] {1, 2, 3});
        Files.writeString(half.resolve("state.json"), "{\"step\": 2");
        OpenedRun o = OpenedRun.open(dir);
        assertEquals(10, o.step());
        TransportRun resumed = o.restore();
        RunBundle.save(dir, resumed, null, BundleState.RUNNING);
        assertFalse(Files.exists(half), "the next save removes checkpoint folders the manifest does not name");
        ResumeTestSupport.assertSameEnd(whole, resumed);
    }

    @Test
    void criticRaysRoundTripsThroughDiskWithPairs(@TempDir Path dir) throws IOException {
        roundTripMatches(ResumeTestSupport.criticRays(), 25, dir);
    }

    @Test
    void sinkhornRoundTripsThroughDisk(@TempDir Path dir) throws IOException {
        roundTripMatches(ResumeTestSupport.sinkhorn(), 9, dir);
    }

    @Test
    void completeRunHasMetricsAndStateWrittenLast(@TempDir Path dir) throws IOException {
        TransportRun run = ResumeTestSupport.run(ResumeTestSupport.sinkhorn());
        ResumeTestSupport.finish(run);
        RunBundle.save(dir, run, run.evaluate(), BundleState.COMPLETE);
        OpenedRun o = OpenedRun.open(dir);
        assertEquals(BundleState.COMPLETE, o.state());
        assertEquals(2, o.manifest().path("format").asInt());
        assertTrue(o.metrics().has("w2_to_target"));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(AtomicFiles.TMP_SUFFIX)));
        }
        RunBundle.markFailed(dir, run, "diverged at step 3");
        OpenedRun failed = OpenedRun.open(dir);
        assertEquals(BundleState.FAILED, failed.state());
        assertNull(failed.metrics());
        assertFalse(Files.exists(dir.resolve("metrics.json")), "a failed run keeps no final metrics");
    }

    @Test
    void newerFormatEmptyAndDamagedManifestsGiveClearMessages(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"format\": 7, \"kind\": \"toy\", \"state\": \"complete\"}");
        IOException newer = assertThrows(IOException.class, () -> OpenedRun.open(dir));
        assertTrue(newer.getMessage().contains("format 7") && newer.getMessage().contains("update"),
                newer.getMessage());
        Files.writeString(dir.resolve("manifest.json"), "");
        IOException empty = assertThrows(IOException.class, () -> OpenedRun.open(dir));
        assertTrue(empty.getMessage().contains("empty (0 bytes)"), empty.getMessage());
        Files.writeString(dir.resolve("manifest.json"), "{\"format\": 2, \"kind\": \"toy\", \"sta");
        IOException cut = assertThrows(IOException.class, () -> OpenedRun.open(dir));
        assertTrue(cut.getMessage().contains("damaged"), cut.getMessage());
    }

    @Test
    void neverWritesThroughASymlink(@TempDir Path dir) throws IOException {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep me");
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        Files.createSymbolicLink(run.resolve("metrics.csv"), victim);
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.writeString(run.resolve("metrics.csv"), "x"));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals("keep me", Files.readString(victim));
    }

    @Test
    void strayTemporariesAreCleanedUp(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".manifest.json.123-4" + AtomicFiles.TMP_SUFFIX), "half");
        Files.writeString(dir.resolve(".arrows.png.part"), "half");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertEquals(2, AtomicFiles.cleanTemporaries(dir));
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }
}
