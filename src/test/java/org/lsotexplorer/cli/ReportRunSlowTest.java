package org.lsotexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small real report (2 presets x 2 solvers x 2 seeds, 20 steps, 64 targets): every number of report.csv is the
 * mean or sample standard deviation of the runs' own metrics.json values, computed here independently; running the
 * same command again reuses every run (their files keep their timestamps) and gives the same CSV.
 */
@Tag("slow")
class ReportRunSlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliOutcome report(Path out) {
        return CliOutcome.run("report", "--presets", "eight-gaussians,two-moons", "--solvers", "sinkhorn,exact",
                "--seeds", "1-2", "--steps", "20", "--targets", "64", "--out", out.toString());
    }

    @Test
    void csvIsTheStatisticsOfTheRunsAndASecondCallReusesThem() throws Exception {
        Path out = tmp.resolve("report");
        CliOutcome first = report(out);
        assertEquals(0, first.code(), first.err());
        List<String> lines = Files.readAllLines(out.resolve("report.csv"));
        assertEquals(5, lines.size(), "header and four preset x solver rows");
        String[] header = lines.get(0).split(",", -1);
        assertEquals(List.of("preset", "solver", "seeds"), List.of(header).subList(0, 3));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals("2", cells[2]);
            List<Map<String, Double>> perSeed = new ArrayList<>();
            for (int seed = 1; seed <= 2; seed++) {
                perSeed.add(numbers(out.resolve("runs").resolve(cells[0] + "-" + cells[1] + "-seed" + seed)
                        .resolve("metrics.json")));
            }
            for (int col = 3; col < header.length; col += 2) {
                String metric = header[col].substring(0, header[col].length() - "_mean".length());
                assertEquals(metric + "_std", header[col + 1]);
                Double a = perSeed.get(0).get(metric);
                Double b = perSeed.get(1).get(metric);
                if (a == null || b == null) {
                    assertTrue(a == null && b == null && cells[col].isEmpty() && cells[col + 1].isEmpty(),
                            metric + " in " + line);
                    continue;
                }
                double mean = (a + b) / 2;
                double std = Math.sqrt(((a - mean) * (a - mean) + (b - mean) * (b - mean)) / (2 - 1));
                assertEquals(mean, Double.parseDouble(cells[col]), 1e-12 * Math.max(1, Math.abs(mean)), metric);
                assertEquals(std, Double.parseDouble(cells[col + 1]), 1e-12 * Math.max(1, std), metric);
                checked++;
            }
        }
        assertTrue(checked >= 4 * 5, "every row has at least w2, optimality, l2_uvp, cosine and seconds: " + checked);
        assertTrue(lines.get(0).contains("seconds_mean,seconds_std"), lines.get(0));
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("## eight-gaussians") && md.contains("## two-moons"), md);
        BufferedImage fig = ImageIO.read(out.resolve("figures.png").toFile());
        assertTrue(fig.getWidth() > 2 * 360 && fig.getHeight() > 2 * 360, "two rows and two columns of tiles");

        Map<Path, FileTime> stamps = stamps(out.resolve("runs"));
        String csv = Files.readString(out.resolve("report.csv"));
        CliOutcome second = report(out);
        assertEquals(0, second.code(), second.err());
        assertEquals(8, second.err().lines().filter(l -> l.endsWith("finished before, reused")).count(),
                second.err());
        assertEquals(stamps, stamps(out.resolve("runs")), "reused runs are not written again");
        assertEquals(csv, Files.readString(out.resolve("report.csv")));
    }

    @Test
    void anUnfinishedRunFolderIsRunAgain() throws Exception {
        Path out = tmp.resolve("partial");
        Path broken = Files.createDirectories(out.resolve("runs").resolve("eight-gaussians-exact-seed1"));
        Files.writeString(broken.resolve("manifest.json"), "");          // what a kill -9 can leave
        Files.writeString(broken.resolve("metrics.json"), "{\"w2_to_target\": 99}");
        CliOutcome o = CliOutcome.run("report", "--presets", "eight-gaussians", "--solvers", "exact", "--seeds", "1",
                "--targets", "64", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("[1/1] eight-gaussians exact seed 1: "), o.err());
        assertTrue(numbers(broken.resolve("metrics.json")).get("w2_to_target") < 1, "run again, not reused");
    }

    private static Map<String, Double> numbers(Path metricsJson) throws Exception {
        JsonNode n = JSON.readTree(metricsJson.toFile());
        Map<String, Double> m = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNumber()) {
                m.put(e.getKey(), e.getValue().doubleValue());
            }
        }
        return m;
    }

    private static Map<Path, FileTime> stamps(Path dir) throws Exception {
        Map<Path, FileTime> m = new HashMap<>();
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                m.put(p, Files.getLastModifiedTime(p));
            }
        }
        return m;
    }
}
