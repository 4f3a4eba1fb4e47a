package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real MNIST files. Reference values were computed independently with Python's gzip module:
 * {@code d = gzip.open('train-images-idx3-ubyte.gz').read(); sum(d[16:16+784])} gives 27525 (image 1: 31095);
 * for {@code t10k-images} image 0 sums to 18454; the first labels are 5,0,4,1,9 (train) and 7,2,1,0,4 (test).
 */
@Tag("slow")
class MnistRealDataTest {
    @TempDir
    Path tmp;

    @Test
    void trainSplitMatchesReferenceValues() throws IOException {
        Path dir = SharedData.require(SharedData.MNIST);
        long t0 = System.nanoTime();
        ImageDataset train = MnistFolder.open(dir, true);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("MNIST train (gz) loaded in " + ms + " ms, " + train.sizeBytes() + " bytes");
        assertEquals(60_000, train.count());
        assertEquals(28, train.height());
        assertEquals(28, train.width());
        assertEquals(1, train.channels());
        assertEquals(47_040_000 + 60_000, train.sizeBytes());
        assertEquals(5, train.label(0));
        assertEquals(0, train.label(1));
        assertEquals(9, train.label(4));
        assertEquals(27525, pixelSum(train, 0));
        assertEquals(31095, pixelSum(train, 1));
        int[] perDigit = new int[10];
        for (int i = 0; i < train.count(); i++) {
            perDigit[train.label(i)]++;
        }
        assertEquals(5923, perDigit[0]);    // the well-known class counts of MNIST train
        assertEquals(6742, perDigit[1]);
    }

    @Test
    void testSplitMatchesReferenceValues() throws IOException {
        ImageDataset test = MnistFolder.open(SharedData.require(SharedData.MNIST), false);
        assertEquals(10_000, test.count());
        assertEquals(7, test.label(0));
        assertEquals(2, test.label(1));
        assertEquals(18454, pixelSum(test, 0));
    }

    @Test
    void rawAndGzippedFilesGiveTheSameData() throws IOException {
        Path dir = SharedData.require(SharedData.MNIST);
        for (String name : new String[] {"t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(name + ".gz")))) {
                Files.copy(in, tmp.resolve(name));
            }
        }
        assertEquals(MnistFolder.open(dir, false), MnistFolder.open(tmp, false));
    }

    @Test
    void tinyBudgetRefusesTheRealTrainSplit() {
        Path dir = SharedData.require(SharedData.MNIST);
        DatasetTooLargeException e = assertThrows(DatasetTooLargeException.class,
                () -> MnistFolder.open(dir, true, MemoryBudget.fixed(128L << 20, 64L << 20)));
        assertTrue(e.getMessage().contains("MNIST train at 60,000 x 28 x 28 needs about 224 MB")
                && e.getMessage().contains("-Xmx"), e.getMessage());
    }

    private static long pixelSum(ImageDataset d, int i) {
        long s = 0;
        for (int y = 0; y < d.height(); y++) {
            for (int x = 0; x < d.width(); x++) {
                s += d.pixel(i, y, x, 0);
            }
        }
        return s;
    }
}
