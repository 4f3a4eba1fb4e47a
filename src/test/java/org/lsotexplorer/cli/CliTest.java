package org.lsotexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private static CliOutcome cli(String... args) {
        return CliOutcome.run(args);
    }

    private static void assertOneLineError(CliOutcome o, String mustContain) {
        assertEquals(2, o.code(), "exit code for bad input; stderr: " + o.err());
        assertEquals(1, o.errLines().size(), "exactly one line: " + o.err());
        assertTrue(o.errLines().get(0).startsWith("error: "), o.err());
        assertTrue(o.err().contains(mustContain), "message should mention '" + mustContain + "': " + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
    }

    @Test
    void unknownPresetAndSolver() {
        assertOneLineError(cli("run", "--preset", "nine-gaussians", "--out", dir.resolve("a").toString()),
                "eight-gaussians");
        assertOneLineError(cli("run", "--solver", "magic", "--out", dir.resolve("b").toString()), "critic-rays");
        assertOneLineError(cli("bench", "nothing"), "critic, ot, sinkhorn, cells, render, autoencoder, live, newton or soak");
    }

    @Test
    void malformedRaggedAndNanCsv() throws IOException {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "0,1\n2,3,4\n");
        assertOneLineError(cli("run", "--target-csv", ragged.toString(), "--out", dir.resolve("r").toString()),
                "line 2");
        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "0,1\nNaN,3\n");
        assertOneLineError(cli("ot", "--source", nan.toString(), "--target", nan.toString()), "finite");
        Path words = dir.resolve("words.csv");
        Files.writeString(words, "0,1\nhello,3\n");
        assertOneLineError(cli("ot", "--source", words.toString(), "--target", ragged.toString()), "not a number");
        assertOneLineError(cli("ot", "--source", dir.resolve("missing.csv").toString(), "--target",
                ragged.toString()), "no such file");
    }

    @Test
    void outputFolderThatCannotBeWritten() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        assertOneLineError(cli("run", "--solver", "exact", "--targets", "64", "--out", file.resolve("sub").toString()),
                "a-file");
        assertOneLineError(cli("run", "--solver", "exact", "--targets", "64", "--out", file.toString()), "a-file");
    }

    @Test
    void missingRequiredOptionIsBadInput() {
        CliOutcome o = cli("run", "--preset", "rings");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--out"), o.err());
    }

    @Test
    void otPrintsOneJsonLineAndWritesThePlan() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "x,y\n0,0\n1,0\n");
        Files.writeString(b, "x,y\n1,1\n0,1\n");
        Path plan = dir.resolve("plan.csv");
        CliOutcome o = cli("ot", "--source", a.toString(), "--target", b.toString(), "--cost", "sqeuclidean",
                "--plan", plan.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertEquals(2, json.get("n").asInt());
        assertEquals(2, json.get("m").asInt());
        assertEquals(1.0, json.get("cost").asDouble(), 1e-12, "each point moves up by 1: |x-y|^2 = 1, as POT's");
        assertTrue(json.has("seconds"));
        List<String> rows = Files.readAllLines(plan);
        assertEquals("i,j,mass", rows.get(0));
        assertTrue(rows.contains("0,1,0.5") && rows.contains("1,0,0.5"), rows.toString());
        CliOutcome h = cli("ot", "--source", a.toString(), "--target", b.toString(), "--cost", "half-sqeuclidean");
        assertEquals(0, h.code(), h.err());
        assertEquals(0.5, new ObjectMapper().readTree(h.out()).get("cost").asDouble(), 1e-12, "|x-y|^2/2");
        CliOutcome e = cli("ot", "--source", a.toString(), "--target", b.toString(), "--cost", "euclidean",
                "--solver", "sinkhorn", "--epsilon", "0.01");
        assertEquals(0, e.code(), e.err());
        assertEquals(1.0, new ObjectMapper().readTree(e.out()).get("cost").asDouble(), 0.02);
    }

    @Test
    void runWritesTheWholeFolder() throws IOException {
        Path out = dir.resolve("run");
        CliOutcome o = cli("run", "--preset", "eight-gaussians", "--solver", "lsot", "--seed", "3", "--steps", "5",
                "--refine", "3", "--targets", "256", "--grid", "40", "--quiet", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        for (String key : List.of("modes_covered", "high_quality_fraction", "mass_balance", "w2_to_target",
                "map_optimality", "l2_uvp", "cosine", "seconds", "cell_mass_error_max", "refine_iterations",
                "refine_seconds", "semi_discrete_cost")) {
            assertTrue(metrics.has(key), key);
        }
        assertEquals(12, metrics.size(), "exactly the documented keys");
        assertEquals(3, metrics.get("refine_iterations").asInt(), "three Newton iterations");
        assertEquals(256, Files.readAllLines(out.resolve("model/codes.csv")).size());
        assertEquals(256, Files.readAllLines(out.resolve("model/heights.csv")).size());
        assertEquals(metrics, new ObjectMapper().readTree(o.out()), "stdout prints metrics.json");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(3, manifest.get("seed").asInt());
        assertEquals(5, manifest.at("/settings/lsot/discriminatorSteps").asInt());
        assertEquals(64, manifest.get("codes_sha256").asText().length());
        for (String png : List.of("potential.png", "arrows.png", "mapped.png", "singular-set.png",
                "raw-discriminator.png", "curves.png")) {
            assertTrue(Files.size(out.resolve(png)) > 1000, png);
        }
        List<String> csv = Files.readAllLines(out.resolve("metrics.csv"));
        assertTrue(csv.get(0).startsWith("step,phase,semi_dual_loss"), csv.get(0));
        assertEquals(1, csv.stream().filter(l -> l.contains(",evaluation,")).count());
        for (int step = 1; step <= 8; step++) {
            String prefix = step + (step <= 5 ? ",discriminator," : ",refinement,");
            assertTrue(csv.stream().anyMatch(l -> l.startsWith(prefix)), "a row for step " + step);
        }
        assertFalse(csv.stream().anyMatch(l -> l.startsWith("9,")), "no step beyond the budget");
    }

    @Test
    void refineMethodOptionChoosesAdamOrRefusesNonsense() throws IOException {
        Path out = dir.resolve("adam");
        CliOutcome o = cli("run", "--preset", "two-moons", "--solver", "lsot", "--steps", "5", "--refine", "4",
                "--refine-method", "adam", "--codes", "128", "--grid", "20", "--quiet", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("adam", manifest.get("refine_method").asText());
        assertEquals(4, new ObjectMapper().readTree(o.out()).get("refine_iterations").asInt());
        assertOneLineError(cli("run", "--preset", "two-moons", "--refine-method", "bfgs", "--quiet", "--out",
                dir.resolve("bad").toString()), "unknown refine method 'bfgs'");
    }

    @Test
    void everySolverRunsOnEveryKindOfTarget() throws IOException {
        Path csv = dir.resolve("pts.csv");
        Files.writeString(csv, "0,0\n1,0\n0,1\n1,1\n0.5,0.5\n");
        for (String[] args : List.of(
                new String[] {"--preset", "two-moons", "--solver", "exact", "--targets", "128"},
                new String[] {"--preset", "rings", "--solver", "sinkhorn", "--targets", "128", "--batch", "64"},
                new String[] {"--target-csv", csv.toString(), "--solver", "exact", "--targets", "64"},
                new String[] {"--preset", "checkerboard", "--solver", "critic-rays", "--targets", "128", "--steps",
                    "3"})) {
            Path out = dir.resolve("o" + args[1].hashCode() + args[3]);
            String[] full = new String[args.length + 6];
            full[0] = "run";
            System.arraycopy(args, 0, full, 1, args.length);
            full[args.length + 1] = "--quiet";
            full[args.length + 2] = "--grid";
            full[args.length + 3] = "24";
            full[args.length + 4] = "--out";
            full[args.length + 5] = out.toString();
            CliOutcome o = cli(full);
            assertEquals(0, o.code(), String.join(" ", full) + ": " + o.err());
            JsonNode m = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
            assertTrue(m.get("modes_covered").isNull(), "no modes for this target");
            assertTrue(m.get("w2_to_target").asDouble() >= 0);
        }
    }
}
