package org.lsotexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.data.NpyArray;
import org.lsotexplorer.data.NpyFiles;
import org.lsotexplorer.data.NpyReader;
import org.lsotexplorer.model.OnnxFixtures;

/** {@code run --codes FILE ...}: a researcher's own codes, labels, images and ONNX decoder. */
class CodeCliTest {
    private static final String[] FAST = {"--steps", "60", "--refine", "5", "--samples", "200", "--seed", "3",
        "--quiet"};

    @TempDir
    Path dir;

    private static CliOutcome cli(String... args) {
        return CliOutcome.run(args);
    }

    private static String[] join(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static void assertOneLineError(CliOutcome o, String... mustContain) {
        assertEquals(2, o.code(), "exit code for bad input; stderr: " + o.err());
        assertEquals(1, o.errLines().size(), "exactly one line: " + o.err());
        assertTrue(o.errLines().get(0).startsWith("error: "), o.err());
        for (String m : mustContain) {
            assertTrue(o.err().contains(m), "message should mention '" + m + "': " + o.err());
        }
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
    }

    private Path codes(int n, int d) {
        return NpyFiles.codes(dir.resolve("codes.npy"), NpyFiles.clusteredCodes(n, d, 4, 11));
    }

    @Test
    void generatedNpyIsTheDecoderAppliedToMappedCodes() throws IOException {
        Path codes = codes(300, 4);
        long[] l = new long[300];
        for (int i = 0; i < l.length; i++) {
            l[i] = i % 4;
        }
        Path labels = NpyFiles.labels(dir.resolve("labels.npy"), l);
        Path decoder = OnnxFixtures.copy(OnnxFixtures.DECODER, dir);
        Path out = dir.resolve("run");
        CliOutcome o = cli(join(new String[] {"run", "--codes", codes.toString(), "--labels", labels.toString(),
            "--decoder", decoder.toString(), "--solver", "lsot", "--out", out.toString()}, FAST));
        assertEquals(0, o.code(), o.err());
        JsonNode metrics = new ObjectMapper().readTree(o.out());
        assertEquals(200, metrics.get("samples").asInt());
        double near = metrics.get("mean_distance_to_nearest_code").asDouble();
        assertTrue(near >= 0 && near < 0.5, "T(z) lands on or between neighbouring codes: " + o.out());

        NpyArray mapped = NpyReader.read(out.resolve("mapped_codes.npy"));
        assertEquals("float32", mapped.dtypeName());
        assertArrayEquals(new long[] {200, 4}, mapped.shape());
        NpyArray generated = NpyReader.read(out.resolve("generated.npy"));
        assertEquals("float32", generated.dtypeName());
        assertArrayEquals(new long[] {64, 1, 8, 8}, generated.shape());
        double[][] first = new double[64][4];
        for (int i = 0; i < 64; i++) {
            for (int k = 0; k < 4; k++) {
                first[i][k] = mapped.get(i * 4L + k);
            }
        }
        double[][] expected = OnnxFixtures.reference(first, dir);
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                assertEquals(expected[i][j], generated.get(i * 64L + j), 1e-5, "image " + i + " pixel " + j);
            }
        }
        // mapped codes are in the user's coordinates (the codes sit around 1.5..9.5, not around 0)
        double mean = 0;
        for (int i = 0; i < 200 * 4; i++) {
            mean += mapped.get(i) / 800;
        }
        assertTrue(mean > 1.5, "mean of mapped codes " + mean + " should be in the codes' own coordinates");
        for (String f : new String[] {"generated.png", "interpolation.png", "latent-plane.png", "manifest.json",
            "metrics.json"}) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
    }

    @Test
    void withoutDecoderTheTrainingImagesPreviewTheCodes() throws IOException {
        Path codes = codes(120, 3);
        Path images = NpyFiles.write(dir.resolve("images.npy"), "|u1", false, "(120, 6, 5)", new byte[120 * 30]);
        Path out = dir.resolve("run");
        CliOutcome o = cli(join(new String[] {"run", "--codes", codes.toString(), "--images", images.toString(),
            "--solver", "exact", "--targets", "100", "--out", out.toString()}, FAST));
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(out.resolve("generated.png")));
        assertFalse(Files.exists(out.resolve("generated.npy")), "no decoder, no generated.npy");
        assertArrayEquals(new long[] {200, 3}, NpyReader.read(out.resolve("mapped_codes.npy")).shape());
        assertEquals(0.0, new ObjectMapper().readTree(o.out()).get("blended_fraction").asDouble(),
                "the exact map sends every sample onto a code");
    }

    @Test
    void badInputsGiveOneErrorLineNamingTheFile() {
        Path codes = codes(50, 4);
        String out = dir.resolve("o").toString();
        Path ints = NpyFiles.write(dir.resolve("ints.npy"), "<i4", false, "(2, 2)", new byte[16]);
        assertOneLineError(cli("run", "--codes", ints.toString(), "--out", out), "ints.npy", "float32 or float64");
        Path fortran = NpyFiles.write(dir.resolve("f.npy"), "<f8", true, "(2, 2)", new byte[32]);
        assertOneLineError(cli("run", "--codes", fortran.toString(), "--out", out), "f.npy", "Fortran order");
        Path cut = NpyFiles.write(dir.resolve("cut.npy"), "<f8", false, "(5, 2)", new byte[32]);
        assertOneLineError(cli("run", "--codes", cut.toString(), "--out", out), "cut.npy", "truncated");
        Path nan = NpyFiles.codes(dir.resolve("nan.npy"), new double[][] {{1, 2}, {3, Double.NaN}});
        assertOneLineError(cli("run", "--codes", nan.toString(), "--out", out), "nan.npy", "NaN");
        Path labels = NpyFiles.labels(dir.resolve("labels.npy"), 1, 2, 3);
        assertOneLineError(cli("run", "--codes", codes.toString(), "--labels", labels.toString(), "--out", out),
                "labels.npy", "3 labels but codes.npy has 50 codes");
        Path images = NpyFiles.write(dir.resolve("images.npy"), "|u1", false, "(49, 2, 2)", new byte[196]);
        assertOneLineError(cli("run", "--codes", codes.toString(), "--images", images.toString(), "--out", out),
                "images.npy", "49 images");
        Path flat = OnnxFixtures.copy(OnnxFixtures.FLAT, dir);
        assertOneLineError(cli("run", "--codes", codes.toString(), "--decoder", flat.toString(), "--out", out),
                "decoder_d4_flat.onnx", "image batch");
        Path codes3 = NpyFiles.codes(dir.resolve("codes3.npy"), NpyFiles.clusteredCodes(20, 3, 2, 1));
        Path decoder = OnnxFixtures.copy(OnnxFixtures.DECODER, dir);
        assertOneLineError(cli("run", "--codes", codes3.toString(), "--decoder", decoder.toString(), "--out", out),
                "decoder_d4.onnx", "width 4", "d = 3");
        assertOneLineError(cli("run", "--codes", codes.toString(), "--solver", "vae", "--out", out), "lsot, exact");
        assertFalse(Files.exists(dir.resolve("o").resolve("mapped_codes.npy")));
    }

    @Test
    void numericCodesStillWorksWithADeprecationNote() {
        CliOutcome o = cli("run", "--solver", "exact", "--codes", "64", "--grid", "20", "--quiet", "--out",
                dir.resolve("toy").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("--codes N is deprecated; use --targets N"), o.err());
    }
}
