package org.lsotexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.engine.images.SyntheticMnist;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run --preset mnist|celeba}: a complete tiny run, and each kind of bad data giving one clear line. */
class ImageCliTest {
    private static final String[] TINY = {"--epochs", "2", "--steps", "20", "--refine", "3", "--targets", "100",
        "--samples", "40", "--no-model-cache", "--quiet"};

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome cli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args.toArray(new String[0]), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private Outcome mnist(Path data, String... extra) {
        List<String> a = new java.util.ArrayList<>(List.of("run", "--preset", "mnist", "--data", data.toString(),
                "--out", dir.resolve("out").toString()));
        a.addAll(List.of(TINY));
        a.addAll(List.of(extra));
        return cli(a);
    }

    private static void assertClearError(Outcome o, String mustContain) {
        assertEquals(2, o.code(), "bad input exits with 2; stderr: " + o.err());
        List<String> lines = o.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line: " + o.err());
        assertTrue(lines.get(0).startsWith("error: "), o.err());
        assertTrue(o.err().contains(mustContain), "should mention '" + mustContain + "': " + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
    }

    @Test
    void tinyMnistRunWritesGridsStripsAndEveryMetric() throws IOException {
        Path data = SyntheticMnist.write(dir.resolve("mnist"), 200, 50, 3);
        Outcome o = mnist(data, "--seed", "4");
        assertEquals(0, o.code(), o.err());
        Path out = dir.resolve("out");
        JsonNode m = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        for (String key : List.of("reconstruction_mse", "psnr", "classes_covered", "class_kl_to_uniform",
                "classifier_fd", "novelty_ratio", "seconds")) {
            assertTrue(m.has(key) && m.get(key).isNumber(), key + " in " + m);
        }
        assertEquals(m, new ObjectMapper().readTree(o.out().strip()), "stdout is metrics.json as one line");
        List<String> codes = Files.readAllLines(out.resolve("model/codes.csv"));
        List<String> heights = Files.readAllLines(out.resolve("model/heights.csv"));
        assertEquals(codes.size(), heights.size());
        JsonNode model = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(model.at("/standardization/mean").size(), codes.get(0).split(",").length);
        assertTrue(model.at("/standardization/std").asDouble() > 0);
        assertTrue(model.at("/refinement/cell_mass_error_method").asText().startsWith("monte-carlo"));
        assertEquals(2, model.path("format").asInt());
        assertEquals("image", model.path("kind").asText());
        assertEquals("complete", model.path("state").asText());
        assertEquals(codes.get(0).split(",").length, model.at("/pca_plane/axis1").size());
        assertEquals(64, Files.readAllLines(out.resolve("model/fixed-noise.csv")).size(), "the fixed noise batch");
        BufferedImage grid = ImageIO.read(out.resolve("generated.png").toFile());
        // 8 tiles of 28 px at scale 2 plus gutters
        assertEquals(8 * 56 + 9 * 2, grid.getWidth());
        assertTrue(grid.getWidth() == grid.getHeight());
        for (String f : List.of("reconstructions.png", "nearest.png", "interpolation.png", "interpolation-2.png",
                "latent-plane.png", "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("lsot", manifest.get("solver").asText());
        assertEquals(4, manifest.get("seed").asLong());
    }

    @Test
    void missingDataOptionAndFolder() {
        assertClearError(cli(List.of("run", "--preset", "mnist", "--out", dir.resolve("o").toString())), "--data");
        assertClearError(mnist(dir.resolve("nowhere")), "does not exist");
    }

    @Test
    void emptyFolderNamesTheExpectedFiles() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertClearError(mnist(empty), "train-images");
        Outcome faces = cli(List.of("run", "--preset", "celeba", "--data", empty.toString(), "--out",
                dir.resolve("f").toString(), "--quiet"));
        assertClearError(faces, "is empty");
    }

    @Test
    void truncatedIdxIsNamed() throws IOException {
        Path data = SyntheticMnist.write(dir.resolve("cut"), 60, 20, 1);
        Path images = data.resolve("train-images-idx3-ubyte");
        byte[] all = Files.readAllBytes(images);
        Files.write(images, java.util.Arrays.copyOf(all, all.length / 2));
        assertClearError(mnist(data), "is truncated");
    }

    @Test
    void wrongMagicNumberIsNamed() throws IOException {
        Path data = SyntheticMnist.write(dir.resolve("magic"), 60, 20, 1);
        Path images = data.resolve("train-images-idx3-ubyte");
        byte[] all = Files.readAllBytes(images);
        all[2] = 0x0D;
        Files.write(images, all);
        assertClearError(mnist(data), "magic number");
    }

    @Test
    void nonImageFilesInTheFaceFolderAreSkippedAndNamed() throws IOException {
        Path faces = Files.createDirectories(dir.resolve("faces"));
        java.util.SplittableRandom r = new java.util.SplittableRandom(2);
        for (int i = 0; i < 14; i++) {
            BufferedImage img = new BufferedImage(40, 48, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 48; y++) {
                for (int x = 0; x < 40; x++) {
                    int v = 60 + (int) (120 * Math.exp(-((x - 20) * (x - 20) + (y - 24) * (y - 24)) / 150.0));
                    img.setRGB(x, y, (v << 16) | ((v - 20 + r.nextInt(20)) << 8) | (v / 2));
                }
            }
            ImageIO.write(img, "png", faces.resolve(String.format("%06d.png", i)).toFile());
        }
        Files.writeString(faces.resolve("broken.jpg"), "this is not a JPEG");
        Path userCache = dir.resolve("user-cache");
        String before = System.setProperty(org.lsotexplorer.data.DatasetCache.CACHE_PROPERTY, userCache.toString());
        Outcome o;
        try {
            o = cli(List.of("run", "--preset", "celeba", "--data", faces.toString(), "--out",
                    dir.resolve("fo").toString(), "--image-size", "32", "--latent-dim", "4", "--epochs", "1",
                    "--steps", "10", "--refine", "2", "--targets", "10", "--samples", "10", "--no-model-cache"));
        } finally {
            if (before == null) {
                System.clearProperty(org.lsotexplorer.data.DatasetCache.CACHE_PROPERTY);
            } else {
                System.setProperty(org.lsotexplorer.data.DatasetCache.CACHE_PROPERTY, before);
            }
        }
        assertEquals(0, o.code(), o.err());
        assertFalse(Files.exists(userCache), "--no-model-cache writes nothing to the user's cache folder");
        assertTrue(o.err().contains("broken.jpg"), "the skipped file is named: " + o.err());
        JsonNode m = new ObjectMapper().readTree(dir.resolve("fo/metrics.json").toFile());
        assertFalse(m.has("classes_covered"), "no class metrics for faces");
        assertTrue(m.get("novelty_ratio").asDouble() > 0);
    }

    @Test
    void solverMustSuitImages() throws IOException {
        Path data = SyntheticMnist.write(dir.resolve("s"), 60, 20, 1);
        assertClearError(mnist(data, "--solver", "critic-rays"), "wgan-gp");
        assertClearError(mnist(data, "--latent-dim", "1"), "latent dim");
    }
}
