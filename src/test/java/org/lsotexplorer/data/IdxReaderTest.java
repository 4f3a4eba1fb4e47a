package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic IDX files: layout, gzip detection, and one specific message per kind of damage. */
class IdxReaderTest {
    private static final MemoryBudget PLENTY = MemoryBudget.fixed(1L << 40, 0);

    @TempDir
    Path dir;

    @Test
    void readsImagesRowMajor() throws IOException {
        Path f = IdxFiles.write(dir, "imgs", IdxFiles.images(3, 4, 5));
        ImageDataset d = IdxReader.readImages(f, "s", PLENTY);
        assertEquals(3, d.count());
        assertEquals(4, d.height());
        assertEquals(5, d.width());
        assertEquals(1, d.channels());
        assertFalse(d.hasLabels());
        // pixel (i, y, x) = (i * 31 + y * cols + x) % 256
        assertEquals((2 * 31 + 3 * 5 + 1) % 256, d.pixel(2, 3, 1, 0));
    }

    @Test
    void gzipIsDetectedByContentNotByName() throws IOException {
        byte[] raw = IdxFiles.images(2, 3, 3);
        Path rawNamedGz = IdxFiles.write(dir, "raw.gz", raw);
        Path gzNamedRaw = IdxFiles.write(dir, "packed-idx3-ubyte", IdxFiles.gzip(raw));
        ImageDataset a = IdxReader.readImages(rawNamedGz, "x", PLENTY);
        ImageDataset b = IdxReader.readImages(gzNamedRaw, "x", PLENTY);
        assertEquals(a, b);
        Path labels = IdxFiles.write(dir, "labels", IdxFiles.gzip(IdxFiles.labels(12)));
        assertArrayEquals(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1}, IdxReader.readLabels(labels));
    }

    @Test
    void truncatedFileNamesExpectedAndActualBytes() throws IOException {
        byte[] full = IdxFiles.images(10, 28, 28);
        Path f = IdxFiles.write(dir, "cut-images", Arrays.copyOf(full, 16 + 5000));
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(f, "x", PLENTY));
        String m = e.getMessage();
        assertTrue(m.startsWith("cut-images: is truncated"), m);
        assertTrue(m.contains("10 images of 28 x 28 = 7,840 bytes") && m.contains("only 5,000 bytes follow"), m);
        assertTrue(m.contains("download it again"), m);
    }

    @Test
    void truncatedGzipIsReportedAsTruncatedOrCorrupt() throws IOException {
        byte[] gz = IdxFiles.gzip(IdxFiles.images(50, 28, 28));
        Path f = IdxFiles.write(dir, "cut.gz", Arrays.copyOf(gz, gz.length / 2));
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(f, "x", PLENTY));
        assertTrue(e.getMessage().startsWith("cut.gz: ") && e.getMessage().contains("after decompression"),
                e.getMessage());
    }

    @Test
    void wrongMagicNumberIsNamed() throws IOException {
        byte[] b = IdxFiles.images(1, 2, 2);
        ByteBuffer.wrap(b).putInt(0x00000D03);
        Path f = IdxFiles.write(dir, "floats", b);
        String m = assertThrows(DataFormatException.class, () -> IdxReader.readImages(f, "x", PLENTY)).getMessage();
        assertTrue(m.contains("magic number 0x00000D03, expected 0x00000803") && m.contains("element type 0x0D"), m);

        Path html = IdxFiles.write(dir, "page.gz", "<html>404</html>".getBytes());
        m = assertThrows(DataFormatException.class, () -> IdxReader.readImages(html, "x", PLENTY)).getMessage();
        assertTrue(m.contains("0x3C68746D") && m.contains("not an IDX file"), m);
    }

    @Test
    void swappedImageAndLabelFilesAreRecognised() throws IOException {
        Path labels = IdxFiles.write(dir, "labels", IdxFiles.labels(4));
        Path images = IdxFiles.write(dir, "images", IdxFiles.images(4, 2, 2));
        String m = assertThrows(DataFormatException.class, () -> IdxReader.readImages(labels, "x", PLENTY))
                .getMessage();
        assertTrue(m.contains("this is a label file") && m.contains("swapped"), m);
        m = assertThrows(DataFormatException.class, () -> IdxReader.readLabels(images)).getMessage();
        assertTrue(m.contains("this is an image file"), m);
    }

    @Test
    void emptyFileAndShortHeader() throws IOException {
        Path empty = IdxFiles.write(dir, "empty", new byte[0]);
        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.readImages(empty, "x", PLENTY))
                .getMessage().contains("empty: is empty"));
        Path shortHead = IdxFiles.write(dir, "short", Arrays.copyOf(IdxFiles.images(1, 2, 2), 10));
        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.readImages(shortHead, "x", PLENTY))
                .getMessage().contains("truncated inside its header: expected 16 header bytes, found 10"));
    }

    @Test
    void extraDataAfterTheBodyIsRejected() throws IOException {
        byte[] b = IdxFiles.images(2, 2, 2);
        Path f = IdxFiles.write(dir, "long", Arrays.copyOf(b, b.length + 3));
        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.readImages(f, "x", PLENTY))
                .getMessage().contains("more data than its header announces"));
    }

    @Test
    void labelsOutsideZeroToNineAreRejected() throws IOException {
        byte[] b = IdxFiles.labels(5);
        b[8 + 3] = 12;
        Path f = IdxFiles.write(dir, "bad-labels", b);
        String m = assertThrows(DataFormatException.class, () -> IdxReader.readLabels(f)).getMessage();
        assertTrue(m.contains("label 12 at index 3 is outside 0..9"), m);
    }

    @Test
    void mismatchedCountsNameBothFiles() throws IOException {
        Path images = IdxFiles.write(dir, "imgs", IdxFiles.images(6, 2, 2));
        Path labels = IdxFiles.write(dir, "lbls", IdxFiles.labels(5));
        String m = assertThrows(DataFormatException.class,
                () -> IdxReader.readLabelled(images, labels, "x", PLENTY)).getMessage();
        assertTrue(m.startsWith("lbls: has 5 labels but imgs has 6 images"), m);
    }

    @Test
    void budgetRefusesBeforeTheBodyIsRead() throws IOException {
        // a header announcing full MNIST train over a body of the right size (a sparse file): the budget answers
        // before the body is read; a file too short for its header is refused even earlier (IdxFuzzTest)
        byte[] header = ByteBuffer.allocate(16).putInt(IdxReader.IMAGES_MAGIC).putInt(60_000).putInt(28).putInt(28)
                .array();
        Path f = IdxFiles.write(dir, "header-only", header);
        try (java.io.RandomAccessFile r = new java.io.RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(16 + 60_000L * 28 * 28);
        }
        DatasetTooLargeException e = assertThrows(DatasetTooLargeException.class,
                () -> IdxReader.readImages(f, "MNIST train", MemoryBudget.fixed(64L << 20, 0)));
        assertTrue(e.getMessage().startsWith("MNIST train at 60,000 x 28 x 28 needs about"), e.getMessage());
    }

    @Test
    void negativeCountAndBadSizes() throws IOException {
        byte[] b = ByteBuffer.allocate(16).putInt(IdxReader.IMAGES_MAGIC).putInt(-1).putInt(28).putInt(28).array();
        Path f = IdxFiles.write(dir, "neg", b);
        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.readImages(f, "x", PLENTY))
                .getMessage().contains("negative count"));
        byte[] z = ByteBuffer.allocate(16).putInt(IdxReader.IMAGES_MAGIC).putInt(1).putInt(0).putInt(28).array();
        Path g = IdxFiles.write(dir, "zero", z);
        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.readImages(g, "x", PLENTY))
                .getMessage().contains("0 x 28 pixels"));
    }
}
