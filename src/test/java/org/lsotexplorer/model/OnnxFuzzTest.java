package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX decoders cut, empty, random, a folder, or of the wrong width: each load ends in one clear
 * {@link IOException} that names the file (no native crash, no runtime exception), and the intact model still
 * decodes like the reference afterwards.
 */
@Tag("fuzz")
class OnnxFuzzTest {
    @TempDir
    Path dir;

    /** Loads {@code f}, expecting one clear IOException naming {@code name}; returns its message. */
    private static String clearError(Path f, int d, String name) {
        try (OnnxDecoder decoder = OnnxDecoder.load(f, d)) {
            fail("expected an error for " + name + ", got a decoder: " + decoder);
            return null;
        } catch (IOException e) {
            String m = e.getMessage();
            assertTrue(m != null && m.contains(name), "names the file: " + m);
            assertFalse(m.contains("\n"), "one line: " + m);
            assertTrue(m.length() > name.length() + 15, "says more than the path: " + m);
            return m;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("not a clear error but " + e, e);
        }
    }

    @Test
    void cutModelsEmptyFilesRandomBytesAndFoldersAreClearErrors() throws IOException {
        byte[] whole = Files.readAllBytes(OnnxFixtures.copy(OnnxFixtures.DECODER, dir));
        for (int k = 0; k < 12; k++) {
            int cut = (int) ((long) whole.length * k / 12);
            Path f = dir.resolve("cut" + cut + ".onnx");
            Files.write(f, Arrays.copyOf(whole, cut));
            clearError(f, 4, "cut" + cut + ".onnx");
        }
        byte[] junk = new byte[4096];
        new Random(5).nextBytes(junk);
        Path random = Files.write(dir.resolve("random.onnx"), junk);
        clearError(random, 4, "random.onnx");
        Path folder = Files.createDirectory(dir.resolve("folder.onnx"));
        assertTrue(clearError(folder, 4, "folder.onnx").contains("is a folder"));
    }

    @Test
    void runtimeReasonsAreShortenedToTheirLastSentence() {
        assertEquals("ModelProto does not have a graph", OnnxDecoder.ortReason("Error code - ORT_FAIL - message: Load"
                + " model from /tmp/x/cut0.onnx failed:/onnxruntime_src/onnxruntime/core/graph/model.cc:165"
                + " onnxruntime::Model::Model(onnx::ModelProto&&, const onnxruntime::PathString&)"
                + " ModelProto does not have a graph.\n"));
        assertEquals("Protobuf parsing failed", OnnxDecoder.ortReason("Error code - ORT_INVALID_PROTOBUF -"
                + " message: Load model from /tmp/r.onnx failed:Protobuf parsing failed."));
        assertEquals("no reason given", OnnxDecoder.ortReason(null));
    }

    @Test
    void aWidthOtherThanTheCodesIsNamedAndTheIntactModelStillDecodes() throws IOException {
        Path f = OnnxFixtures.copy(OnnxFixtures.DECODER, dir);
        String m = clearError(f, 8, OnnxFixtures.DECODER);
        assertTrue(m.contains("width"), m);
        double[][] z = {{0.5, -1, 2, 0}, {1, 1, 1, 1}};
        double[][] expected = OnnxFixtures.reference(z, dir);
        try (OnnxDecoder decoder = OnnxDecoder.load(f, 4)) {
            float[][] got = decoder.decode(z);
            assertEquals(expected.length, got.length);
            for (int i = 0; i < z.length; i++) {
                for (int p = 0; p < expected[i].length; p++) {
                    assertEquals(expected[i][p], got[i][p], 1e-5, "image " + i + " pixel " + p);
                }
            }
        }
    }
}
