package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatentCodeFilesTest {
    @TempDir
    Path dir;

    private final double[][] codes = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};

    private String fails(Path codesFile, Path labels, Path images, ImageLayout layout) {
        return assertThrows(IOException.class, () -> LatentCodeFiles.load(codesFile, labels, images, layout))
                .getMessage();
    }

    @Test
    void loadsNpyCodesCsvLabelsAndChannelFirstImages() throws IOException {
        Path c = NpyFiles.codes(dir.resolve("codes.npy"), codes);
        Path l = dir.resolve("labels.csv");
        Files.writeString(l, "label\n0\n2\n1\n");
        // 3 images, C=3, 1x2 pixels, channel-first, uint8: value = 100*i + 10*c + x
        byte[] px = new byte[3 * 3 * 2];
        for (int i = 0; i < 3; i++) {
            for (int ch = 0; ch < 3; ch++) {
                for (int x = 0; x < 2; x++) {
                    px[(i * 3 + ch) * 2 + x] = (byte) (100 * i + 10 * ch + x);
                }
            }
        }
        Path img = NpyFiles.write(dir.resolve("img.npy"), "|u1", false, "(3, 3, 1, 2)", px);
        LatentCodeSet s = LatentCodeFiles.load(c, l, img, ImageLayout.AUTO);
        assertEquals(3, s.latentDim());
        assertArrayEquals(new double[] {4, 5, 6}, s.codes()[1]);
        assertArrayEquals(new int[] {0, 2, 1}, s.labels());
        assertEquals(3, s.images().channels());
        assertEquals(2, s.images().width());
        assertEquals(1, s.images().height());
        assertEquals(100 * 2 + 10 * 1 + 1, s.images().pixel(2, 0, 1, 1), "pixel (i=2, y=0, x=1, c=1)");
    }

    @Test
    void channelLastFloatImagesAndCsvCodes() throws IOException {
        Path c = dir.resolve("codes.csv");
        Files.writeString(c, "0.5,1\n2,3\n");
        Path img = NpyFiles.write(dir.resolve("img.npy"), "<f4", false, "(2, 2, 2, 1)",
                NpyFiles.float32(0, 1, 0.5f, 0.2f, 1, 1, 1, 0));
        LatentCodeSet s = LatentCodeFiles.load(c, null, img, ImageLayout.AUTO);
        assertNull(s.labels());
        assertEquals(1, s.images().channels());
        assertEquals(128, s.images().pixel(0, 1, 0, 0));
    }

    @Test
    void wrongDtypeNanAndDimensionAreNamed() {
        Path ints = NpyFiles.write(dir.resolve("int_codes.npy"), "<i8", false, "(2, 2)", NpyFiles.int64(1, 2, 3, 4));
        String m = fails(ints, null, null, ImageLayout.AUTO);
        assertTrue(m.startsWith("int_codes.npy: has dtype int64") && m.contains("float32 or float64"), m);
        double[][] nan = {{1, 2}, {Double.NaN, 3}};
        m = fails(NpyFiles.codes(dir.resolve("nan.npy"), nan), null, null, ImageLayout.AUTO);
        assertTrue(m.contains("nan.npy") && m.contains("NaN in code 1"), m);
        m = fails(NpyFiles.codes(dir.resolve("d1.npy"), new double[][] {{1}, {2}}), null, null, ImageLayout.AUTO);
        assertTrue(m.contains("d = 1") && m.contains("2 to 1024"), m);
        Path rank1 = NpyFiles.write(dir.resolve("r1.npy"), "<f4", false, "(2,)", NpyFiles.float32(1, 2));
        assertTrue(fails(rank1, null, null, ImageLayout.AUTO).contains("2-D array"));
    }

    @Test
    void countsThatDisagreeAreNamed() {
        Path c = NpyFiles.codes(dir.resolve("codes.npy"), codes);
        String m = fails(c, NpyFiles.labels(dir.resolve("labels.npy"), 0, 1), null, ImageLayout.AUTO);
        assertTrue(m.startsWith("labels.npy: has 2 labels but codes.npy has 3 codes"), m);
        Path floatLabels = NpyFiles.write(dir.resolve("fl.npy"), "<f4", false, "(3,)", NpyFiles.float32(0, 1, 2));
        assertTrue(fails(c, floatLabels, null, ImageLayout.AUTO).contains("labels must be integers"));
        Path img = NpyFiles.write(dir.resolve("images.npy"), "|u1", false, "(2, 4, 4)", new byte[32]);
        m = fails(c, null, img, ImageLayout.AUTO);
        assertTrue(m.startsWith("images.npy: has 2 images but codes.npy has 3 codes"), m);
    }

    @Test
    void imageLayoutIsInferredOnlyWhenUnambiguous() {
        Path c = NpyFiles.codes(dir.resolve("codes.npy"), codes);
        Path ambiguous = NpyFiles.write(dir.resolve("amb.npy"), "|u1", false, "(3, 3, 5, 3)", new byte[135]);
        String m = fails(c, null, ambiguous, ImageLayout.AUTO);
        assertTrue(m.contains("amb.npy") && m.contains("ambiguous") && m.contains("nchw or nhwc"), m);
        assertThrows(IOException.class, () -> LatentCodeFiles.load(c, null, ambiguous, ImageLayout.NHW));
        Path bright = NpyFiles.write(dir.resolve("bright.npy"), "<f4", false, "(3, 1, 1)",
                NpyFiles.float32(0, 1.5f, 0));
        assertTrue(fails(c, null, bright, ImageLayout.AUTO).contains("[0, 1]"));
        Path rgba = NpyFiles.write(dir.resolve("rgba.npy"), "|u1", false, "(3, 4, 2, 2)", new byte[48]);
        assertTrue(fails(c, null, rgba, ImageLayout.NCHW).contains("1 or 3 channels"));
    }

    @Test
    void explicitLayoutResolvesTheAmbiguity() throws IOException {
        Path c = NpyFiles.codes(dir.resolve("codes.npy"), codes);
        Path amb = NpyFiles.write(dir.resolve("amb.npy"), "|u1", false, "(3, 3, 5, 3)", new byte[135]);
        assertEquals(5, LatentCodeFiles.load(c, null, amb, ImageLayout.NCHW).images().height());
        assertEquals(3, LatentCodeFiles.load(c, null, amb, ImageLayout.NHWC).images().height());
    }
}
