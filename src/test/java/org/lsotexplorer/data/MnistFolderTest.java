package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the four files, with synthetic contents; every missing piece gets its own message. */
class MnistFolderTest {
    private static final MemoryBudget PLENTY = MemoryBudget.fixed(1L << 40, 0);

    @TempDir
    Path dir;

    @Test
    void opensBothSplitsGzippedOrNot() throws IOException {
        IdxFiles.write(dir, "train-images-idx3-ubyte.gz", IdxFiles.gzip(IdxFiles.images(7, 28, 28)));
        IdxFiles.write(dir, "train-labels-idx1-ubyte.gz", IdxFiles.gzip(IdxFiles.labels(7)));
        IdxFiles.write(dir, "t10k-images-idx3-ubyte", IdxFiles.images(3, 28, 28));
        IdxFiles.write(dir, "t10k-labels-idx1-ubyte", IdxFiles.labels(3));
        ImageDataset train = MnistFolder.open(dir, true, PLENTY);
        ImageDataset test = MnistFolder.open(dir, false, PLENTY);
        assertEquals("MNIST train", train.name());
        assertEquals(7, train.count());
        assertEquals(6, train.label(6));
        assertEquals("MNIST test", test.name());
        assertEquals(3, test.count());
        assertTrue(MnistFolder.hasSplit(dir, true) && MnistFolder.hasSplit(dir, false));
    }

    @Test
    void dottedNamesAreAccepted() throws IOException {
        IdxFiles.write(dir, "train-images.idx3-ubyte", IdxFiles.images(2, 28, 28));
        IdxFiles.write(dir, "train-labels.idx1-ubyte.gz", IdxFiles.gzip(IdxFiles.labels(2)));
        assertEquals(2, MnistFolder.open(dir, true, PLENTY).count());
    }

    @Test
    void missingFolderSaysWhatWasExpected() {
        Path none = dir.resolve("no-such-folder");
        String m = assertThrows(FileNotFoundException.class, () -> MnistFolder.open(none, true, PLENTY))
                .getMessage();
        assertTrue(m.contains(none + " does not exist") && m.contains("train-images-idx3-ubyte.gz"), m);
    }

    @Test
    void emptyFolderSaysWhatWasExpected() {
        String m = assertThrows(FileNotFoundException.class, () -> MnistFolder.open(dir, true, PLENTY))
                .getMessage();
        assertTrue(m.contains(dir + " is empty") && m.contains("t10k-labels-idx1-ubyte.gz"), m);
        assertFalse(MnistFolder.hasSplit(dir, true));
    }

    @Test
    void missingLabelFileIsNamedAndTheFolderListed() throws IOException {
        IdxFiles.write(dir, "train-images-idx3-ubyte.gz", IdxFiles.gzip(IdxFiles.images(2, 28, 28)));
        Files.writeString(dir.resolve("readme.txt"), "hi");
        String m = assertThrows(FileNotFoundException.class, () -> MnistFolder.open(dir, true, PLENTY))
                .getMessage();
        assertTrue(m.contains("has no training labels: expected train-labels-idx1-ubyte or"
                + " train-labels-idx1-ubyte.gz"), m);
        assertTrue(m.contains("the folder holds readme.txt, train-images-idx3-ubyte.gz"), m);
        String t = assertThrows(FileNotFoundException.class, () -> MnistFolder.open(dir, false, PLENTY))
                .getMessage();
        assertTrue(t.contains("has no test images: expected t10k-images-idx3-ubyte"), t);
    }

    @Test
    void aFileInsteadOfAFolder() throws IOException {
        Path f = Files.writeString(dir.resolve("file"), "x");
        assertTrue(assertThrows(FileNotFoundException.class, () -> MnistFolder.open(f, true, PLENTY)).getMessage()
                .contains("is a file, not a folder"));
    }

    @Test
    void mismatchedCountsInTheFolder() throws IOException {
        IdxFiles.write(dir, "t10k-images-idx3-ubyte", IdxFiles.images(4, 28, 28));
        IdxFiles.write(dir, "t10k-labels-idx1-ubyte", IdxFiles.labels(3));
        String m = assertThrows(DataFormatException.class, () -> MnistFolder.open(dir, false, PLENTY))
                .getMessage();
        assertTrue(m.contains("has 3 labels but t10k-images-idx3-ubyte has 4 images"), m);
    }
}
