package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxDecoderTest {
    @TempDir
    Path dir;

    @Test
    void readsNamesAndShapesAndDecodesLikeTheReference() throws IOException {
        double[][] z = {{0, 0, 0, 0}, {1.5, -2, 0.25, 3}, {-1, 1, -1, 1}};
        try (OnnxDecoder d = OnnxDecoder.load(OnnxFixtures.copy(OnnxFixtures.DECODER, dir), 4)) {
            assertEquals("z", d.inputName());
            assertEquals("image", d.outputName());
            assertEquals(1, d.channels());
            assertEquals(8, d.height());
            assertEquals(8, d.width());
            assertArrayEquals(new long[] {3, 1, 8, 8}, d.outputShape(3));
            float[][] rows = d.decode(z);
            double[][] expected = OnnxFixtures.reference(z, dir);
            for (int i = 0; i < z.length; i++) {
                for (int j = 0; j < 64; j++) {
                    assertEquals(expected[i][j], rows[i][j], 1e-5, "row " + i + " pixel " + j);
                }
            }
            assertTrue(d.describe().contains("z [batch, 4] -> image [batch, 1, 8, 8]"), d.describe());
        }
    }

    @Test
    void inputWidthOtherThanDIsNamed() {
        Path f = OnnxFixtures.copy(OnnxFixtures.DECODER, dir);
        IOException e = assertThrows(IOException.class, () -> OnnxDecoder.load(f, 3));
        assertTrue(e.getMessage().startsWith("decoder_d4.onnx: input 'z' takes codes of width 4 but the codes have"
                + " d = 3"), e.getMessage());
    }

    @Test
    void outputThatIsNotAnImageBatchIsNamed() {
        Path f = OnnxFixtures.copy(OnnxFixtures.FLAT, dir);
        IOException e = assertThrows(IOException.class, () -> OnnxDecoder.load(f, 4));
        assertTrue(e.getMessage().startsWith("decoder_d4_flat.onnx: output 'image' has shape [1, 64]")
                && e.getMessage().contains("expected an image batch"), e.getMessage());
    }

    @Test
    void aFileThatIsNoModelIsNamed() throws IOException {
        Path f = dir.resolve("junk.onnx");
        Files.writeString(f, "not a model");
        IOException e = assertThrows(IOException.class, () -> OnnxDecoder.load(f, 4));
        assertTrue(e.getMessage().startsWith("junk.onnx: ONNX Runtime cannot load it"), e.getMessage());
        assertTrue(assertThrows(IOException.class, () -> OnnxDecoder.load(dir.resolve("none.onnx"), 4))
                .getMessage().contains("no such file"));
    }
}
