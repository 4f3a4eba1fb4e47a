package org.lsotexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: the CLI as a child process, killed with SIGKILL ({@code destroyForcibly}) once a checkpoint exists,
 * then {@code run --resume DIR}: metrics.json equals the uninterrupted run's in every key but the timings, and
 * metrics.csv is identical.
 */
@Tag("slow")
class KillResumeTest {
    private static final List<String> ARGS = List.of("run", "--preset", "eight-gaussians", "--solver", "lsot",
            "--targets", "512", "--steps", "400", "--refine", "6", "--seed", "11", "--checkpoint-every", "0.3");
    @TempDir
    Path dir;

    @Test
    void killNineThenResumeGivesTheUninterruptedMetrics() throws Exception {
        Path killed = dir.resolve("killed");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.lsotexplorer.Launcher"));
        cmd.addAll(ARGS);
        cmd.addAll(List.of("--out", killed.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().put("OMP_NUM_THREADS", "1");
        Process child = pb.start();
        int stepAtKill = waitForCheckpoint(killed, child);
        child.destroyForcibly();                       // SIGKILL on Linux: no shutdown hooks, no flush
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        JsonNode m = new ObjectMapper().readTree(killed.resolve("manifest.json").toFile());
        assertEquals("running", m.path("state").asText(),
                "killed mid-run: " + Files.readString(dir.resolve("child.log")));
        assertTrue(stepAtKill > 0 && stepAtKill < 400, "killed at step " + stepAtKill);

        CliOutcome resumed = CliOutcome.run("run", "--resume", killed.toString(), "--quiet");
        assertEquals(0, resumed.code(), resumed.err());
        Path whole = dir.resolve("whole");
        List<String> a = new ArrayList<>(ARGS);
        a.addAll(List.of("--out", whole.toString(), "--quiet"));
        CliOutcome uninterrupted = CliOutcome.run(a.toArray(String[]::new));
        assertEquals(0, uninterrupted.code(), uninterrupted.err());
        assertEquals(RunFolderCliTest.metrics(whole), RunFolderCliTest.metrics(killed));
        assertEquals(Files.readString(whole.resolve("metrics.csv")), Files.readString(killed.resolve("metrics.csv")));
        assertEquals("complete", new ObjectMapper().readTree(killed.resolve("manifest.json").toFile()).path("state")
                .asText());
        System.out.println("kill -9 at step " + stepAtKill + " of 400, resumed: metrics equal");
    }

    /** Polls the manifest until a checkpoint past step 40 is there; returns its step. */
    private static int waitForCheckpoint(Path run, Process child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline && child.isAlive()) {
            Path manifest = run.resolve("manifest.json");
            if (Files.isRegularFile(manifest)) {
                JsonNode m = new ObjectMapper().readTree(manifest.toFile());   // atomic writes: always whole
                if (m.path("steps_done").asInt() > 40) {
                    return m.path("steps_done").asInt();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no checkpoint past step 40 appeared; the child " + (child.isAlive() ? "is slow"
                : "exited with " + child.exitValue()));
    }
}
