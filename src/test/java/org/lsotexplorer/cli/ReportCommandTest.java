package org.lsotexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}'s argument checks: each bad argument gives one clear line and exit 2 before any run starts. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    private CliOutcome report(String presets, String solvers, String seeds, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "--presets", presets, "--solvers", solvers,
                "--seeds", seeds, "--out", tmp.resolve("r").toString()));
        args.addAll(List.of(more));
        return CliOutcome.run(args.toArray(new String[0]));
    }

    private void assertRefused(CliOutcome o, String... words) {
        assertEquals(Cli.BAD_INPUT, o.code(), o.err());
        assertEquals(1, o.errLines().size(), "one line, no stack trace: " + o.err());
        String line = o.errLines().get(0);
        assertTrue(line.startsWith("error: "), line);
        for (String w : words) {
            assertTrue(line.contains(w), "'" + w + "' missing from: " + line);
        }
        assertFalse(Files.exists(tmp.resolve("r").resolve(ReportCommand.RUNS)), "no run may start");
    }

    @Test
    void backwardsSeedRangeIsRefusedWithTheFix() {
        assertRefused(report("eight-gaussians", "exact", "5-1"), "--seeds 5-1", "backwards", "1-5");
    }

    @Test
    void malformedSeedsAreRefused() {
        assertRefused(report("eight-gaussians", "exact", "1-x"), "--seeds", "'1-x'");
        assertRefused(report("eight-gaussians", "exact", "1,1"), "seed 1 twice");
        assertRefused(report("eight-gaussians", "exact", "-3"), "--seeds");
    }

    @Test
    void unknownPresetNamesTheValidOnes() {
        assertRefused(report("eight-gaussians,nine-gaussians", "exact", "1"), "--presets", "'nine-gaussians'",
                "two-moons");
    }

    @Test
    void imagePresetIsRefusedWithAPointerToRun() {
        assertRefused(report("mnist", "exact", "1"), "toy presets only", "run --preset mnist");
    }

    @Test
    void unknownSolverNamesTheValidOnes() {
        assertRefused(report("eight-gaussians", "exact,simplex", "1"), "--solvers", "'simplex'", "sinkhorn");
    }

    @Test
    void badStepsAreRefused() {
        assertRefused(report("eight-gaussians", "exact", "1", "--steps", "0"), "--steps", ">= 1");
    }

    @Test
    void seedsParseAsRangesAndLists() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ReportCommand.parseSeeds("1-5"));
        assertEquals(List.of(7L), ReportCommand.parseSeeds("7-7"));
        assertEquals(List.of(3L, 1L, 9L), ReportCommand.parseSeeds("3, 1,9"));
        assertThrows(IllegalArgumentException.class, () -> ReportCommand.parseSeeds("1-2000"));
        assertThrows(IllegalArgumentException.class, () -> ReportCommand.parseSeeds("99999999999"));
    }
}
