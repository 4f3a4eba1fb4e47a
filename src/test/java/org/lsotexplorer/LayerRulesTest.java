package org.lsotexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of the README, checked on the sources: the maths, models, data, engine and render layers
 * never import JavaFX; render and ui never import ND4J; lower layers never import higher ones; every package
 * documents its role in a package-info.java.
 */
class LayerRulesTest {
    private static final Path MAIN = Path.of("src/main/java/org/lsotexplorer");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void coreLayersNeverImportJavaFx() throws IOException {
        List<String> bad = violations(List.of("math", "model", "data", "engine", "render", "report", "cli"),
                List.of("javafx.", "org.controlsfx.", "org.jfree.chart.fx", "org.testfx."));
        assertEquals(List.of(), bad, "JavaFX imported below the ui layer");
    }

    @Test
    void renderAndUiNeverTouchNd4j() throws IOException {
        List<String> bad = violations(List.of("render", "report", "ui", "math", "data"), List.of("org.nd4j.", "org.bytedeco."));
        assertEquals(List.of(), bad, "ND4J imported where only plain arrays belong");
    }

    @Test
    void arrowsPointDownwards() throws IOException {
        String root = "org.lsotexplorer.";
        List<String> bad = new ArrayList<>();
        bad.addAll(violations(List.of("math"), List.of(root + "model", root + "data", root + "engine", root + "render",
                root + "cli", root + "ui")));
        bad.addAll(violations(List.of("model", "data"), List.of(root + "engine", root + "render", root + "cli",
                root + "ui")));
        bad.addAll(violations(List.of("engine"), List.of(root + "render", root + "report", root + "cli",
                root + "ui")));
        bad.addAll(violations(List.of("report"), List.of(root + "cli", root + "ui", root + "model")));
        bad.addAll(violations(List.of("render"), List.of(root + "model", root + "data", root + "engine",
                root + "report", root + "cli", root + "ui")));
        bad.addAll(violations(List.of("cli"), List.of(root + "ui")));
        assertEquals(List.of(), bad, "a layer imports one above it");
    }

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(d)) {
                    hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(d.resolve("package-info.java"))) {
                    missing.add(MAIN.relativize(d).toString());
                }
            }
        }
        assertEquals(List.of(), missing, "packages without package-info.java");
    }

    @Test
    void rulesSeeTheSources() throws IOException {
        assertTrue(javaFiles("math").size() > 0, "the rule must actually scan files");
    }

    private static List<String> violations(List<String> layers, List<String> forbiddenPrefixes) throws IOException {
        List<String> out = new ArrayList<>();
        for (String layer : layers) {
            for (Path f : javaFiles(layer)) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String imported = m.group(2);
                    for (String prefix : forbiddenPrefixes) {
                        if (imported.startsWith(prefix)) {
                            out.add(MAIN.relativize(f) + " imports " + imported);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Path> javaFiles(String layer) throws IOException {
        Path dir = MAIN.resolve(layer);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
