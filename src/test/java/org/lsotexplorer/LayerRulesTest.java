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
    /** A fully qualified name in code, e.g. {@code org.nd4j.linalg.factory.Nd4j.zeros(...)} without an import. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:org|javafx)\\.[a-z]\\w*(?:\\.\\w+)+)");

    @Test
    void coreLayersNeverImportJavaFx() throws IOException {
        List<String> bad = violations(List.of("math", "model", "data", "engine", "render", "report", "live", "cli"),
                List.of("javafx.", "org.controlsfx.", "org.jfree.chart.fx", "org.testfx."));
        assertEquals(List.of(), bad, "JavaFX imported below the ui layer");
    }

    @Test
    void renderAndUiNeverTouchNd4j() throws IOException {
        List<String> bad = violations(List.of("render", "report", "live", "ui", "math", "data"),
                List.of("org.nd4j.", "org.bytedeco."));
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
        bad.addAll(violations(List.of("engine"), List.of(root + "render", root + "report", root + "live",
                root + "cli", root + "ui")));
        bad.addAll(violations(List.of("live"), List.of(root + "model", root + "data", root + "cli", root + "ui")));
        bad.addAll(violations(List.of("ui"), List.of(root + "model")));
        bad.addAll(violations(List.of("report"), List.of(root + "cli", root + "ui", root + "model", root + "live")));
        bad.addAll(violations(List.of("render"), List.of(root + "model", root + "data", root + "engine",
                root + "report", root + "live", root + "cli", root + "ui")));
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
                String text = Files.readString(f);
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    check(f, m.group(2), forbiddenPrefixes, " imports ", out);
                }
                Matcher q = QUALIFIED.matcher(codeOnly(text));
                while (q.find()) {
                    check(f, q.group(1), forbiddenPrefixes, " names ", out);
                }
            }
        }
        return out;
    }

    private static void check(Path f, String name, List<String> forbiddenPrefixes, String how, List<String> out) {
        for (String prefix : forbiddenPrefixes) {
            if (name.startsWith(prefix)) {
                String line = MAIN.relativize(f) + how + name;
                if (!out.contains(line)) {
                    out.add(line);
                }
            }
        }
    }

    /** The source without its package and import lines, comments and string or char literals. */
    static String codeOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                out.append(' ');
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (c == '"' || c == '\'') {
                int k = i + 1;
                while (k < text.length() && text.charAt(k) != c) {
                    k += text.charAt(k) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = k + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().replaceAll("(?m)^(package|import)\\s[^;]*;", " ");
    }

    @Test
    void fullyQualifiedNamesAreSeenToo() {
        String code = codeOnly("package a.b;\nimport org.x.Y;\n/** org.nd4j.Doc */ class C { Object o = "
                + "org.nd4j.linalg.factory.Nd4j.zeros(1); String s = \"javafx.scene.Node\"; }");
        Matcher q = QUALIFIED.matcher(code);
        assertTrue(q.find());
        assertEquals("org.nd4j.linalg.factory.Nd4j.zeros", q.group(1));
        assertTrue(!q.find(), "comments, strings and imports are not code");
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
