package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NumPy inputs (own codes, labels, images) cut, lying about their sizes, holding NaN or infinities, of the wrong
 * rank or dtype, or with bytes after their data: each load ends in one clear error naming the file, or in exactly
 * the array written; nothing is allocated for sizes the file cannot hold.
 */
@Tag("fuzz")
class NpyFuzzTest {
    @TempDir
    Path dir;

    private static final double[][] CODES = {{0.5, -1, 2}, {3, 4.25, -5}, {1e-3, 7, 8}, {9, -10, 11}};

    @Test
    void everyCutOfAValidFileIsAClearErrorAndTheWholeFileReadsBack() throws IOException {
        byte[] whole = Files.readAllBytes(NpyFiles.codes(dir.resolve("whole.npy"), CODES));
        for (int cut = 0; cut < whole.length; cut++) {
            Path f = dir.resolve("cut" + cut + ".npy");
            Files.write(f, Arrays.copyOf(whole, cut));
            Clear.error(() -> LatentCodeFiles.readCodes(f), "cut" + cut + ".npy");
        }
        double[][] back = LatentCodeFiles.readCodes(dir.resolve("whole.npy"));
        for (int i = 0; i < CODES.length; i++) {
            assertArrayEquals(CODES[i], back[i], 0.0);
        }
    }

    @Test
    void hugeAndOverflowingShapesAreRefusedBeforeAllocating() {
        Path huge = NpyFiles.write(dir.resolve("huge.npy"), "<f4", false, "(2000000000, 64)", new byte[16]);
        Clear.error(() -> LatentCodeFiles.readCodes(huge), "huge.npy", "truncated", "512000000000 bytes");
        Path overflow = NpyFiles.write(dir.resolve("overflow.npy"), "<f8", false,
                "(2147483647, 2147483647, 2147483647)", new byte[16]);
        Clear.error(() -> NpyReader.read(overflow), "overflow.npy", "(2147483647, 2147483647, 2147483647)",
                "too large for any file");
        Path wide = NpyFiles.write(dir.resolve("wide.npy"), "<f8", false, "(0, 3000000000)", new byte[0]);
        Clear.error(() -> NpyReader.read(wide), "wide.npy", "3000000000", "2,147,483,647");
        Path empty = NpyFiles.write(dir.resolve("empty-rows.npy"), "<f8", false, "(2000000000, 0)", new byte[0]);
        Clear.error(() -> LatentCodeFiles.readCodes(empty), "empty-rows.npy", "dimension d = 0");
    }

    @Test
    void bytesAfterTheDataAreACorruptHeaderNotIgnored() throws IOException {
        byte[] data = NpyFiles.float64(CODES);
        Path f = NpyFiles.write(dir.resolve("trailing.npy"), "<f8", false, "(4, 2)", data);   // 12 values, 8 declared
        Clear.error(() -> LatentCodeFiles.readCodes(f), "trailing.npy", "32 bytes after", "(4, 2)");
    }

    @Test
    void nanAndInfinitiesAreNamedByCodeAndColumn() {
        double[] bad = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : bad) {
            double[][] z = {CODES[0].clone(), CODES[1].clone(), CODES[2].clone()};
            z[2][1] = v;
            Path f = NpyFiles.codes(dir.resolve("nonfinite.npy"), z);
            Clear.error(() -> LatentCodeFiles.readCodes(f), "nonfinite.npy", "in code 2 (column 1)", "finite");
        }
    }

    @Test
    void wrongRanksDimensionsAndDtypesAreNamed() {
        Path rank1 = NpyFiles.write(dir.resolve("rank1.npy"), "<f8", false, "(3,)", NpyFiles.float64(
                new double[][] {{1, 2, 3}}));
        Clear.error(() -> LatentCodeFiles.readCodes(rank1), "rank1.npy", "(3,)", "2-D array");
        Path rank3 = NpyFiles.write(dir.resolve("rank3.npy"), "<f8", false, "(2, 2, 1)", NpyFiles.float64(
                new double[][] {{1, 2, 3, 4}}));
        Clear.error(() -> LatentCodeFiles.readCodes(rank3), "rank3.npy", "(2, 2, 1)");
        Path d1 = NpyFiles.codes(dir.resolve("d1.npy"), new double[][] {{1}, {2}, {3}});
        Clear.error(() -> LatentCodeFiles.readCodes(d1), "d1.npy", "d = 1");
        Path one = NpyFiles.codes(dir.resolve("one.npy"), new double[][] {{1, 2}});
        Clear.error(() -> LatentCodeFiles.readCodes(one), "one.npy", "1 codes; need at least 2");
        Path ints = NpyFiles.write(dir.resolve("ints.npy"), "<i8", false, "(2, 2)", NpyFiles.int64(1, 2, 3, 4));
        Clear.error(() -> LatentCodeFiles.readCodes(ints), "ints.npy", "int64", "float32 or float64");
        Path complex = NpyFiles.write(dir.resolve("complex.npy"), "<c16", false, "(2,)", new byte[32]);
        Clear.error(() -> NpyReader.read(complex), "complex.npy", "c16");
    }

    @Test
    void labelsAndImagesThatDoNotFitTheCodesAreNamed() throws IOException {
        Path codes = NpyFiles.codes(dir.resolve("codes.npy"), CODES);
        Path floatLabels = NpyFiles.write(dir.resolve("flabels.npy"), "<f8", false, "(4,)", NpyFiles.float64(
                new double[][] {{0, 1, 2, 3}}));
        Clear.error(() -> LatentCodeFiles.readLabels(floatLabels, 4, codes), "flabels.npy", "must be integers");
        Path fewLabels = NpyFiles.labels(dir.resolve("few.npy"), 0, 1, 2);
        Clear.error(() -> LatentCodeFiles.readLabels(fewLabels, 4, codes), "few.npy", "3 labels", "4 codes");
        float[] pixels = new float[4 * 2 * 2];
        Arrays.fill(pixels, 0.5f);
        pixels[5] = Float.NaN;
        Path nanImages = NpyFiles.write(dir.resolve("nanimg.npy"), "<f4", false, "(4, 2, 2)",
                NpyFiles.float32(pixels));
        Clear.error(() -> LatentCodeFiles.readImages(nanImages, ImageLayout.AUTO, 4, codes), "nanimg.npy",
                "NaN at element 5", "[0, 1]");
        pixels[5] = 1.5f;
        Path bright = NpyFiles.write(dir.resolve("bright.npy"), "<f4", false, "(4, 2, 2)", NpyFiles.float32(pixels));
        Clear.error(() -> LatentCodeFiles.readImages(bright, ImageLayout.AUTO, 4, codes), "bright.npy", "1.5");
        pixels[5] = 0.25f;
        Path ok = NpyFiles.write(dir.resolve("ok.npy"), "<f4", false, "(4, 2, 2)", NpyFiles.float32(pixels));
        assertEquals(4, LatentCodeFiles.readImages(ok, ImageLayout.AUTO, 4, codes).count());
    }
}
