package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small synthetic folders: skipping, errors, limit, progress, cancellation and the cache. */
class FaceFolderTest {
    private static final MemoryBudget PLENTY = MemoryBudget.fixed(1L << 40, 0);
    private static final FaceFolder.Options SIZE_8 = FaceFolder.Options.defaults().withSize(8);

    @TempDir
    Path tmp;
    Path faces;
    DatasetCache cache;

    @BeforeEach
    void setUp() throws IOException {
        faces = Files.createDirectory(tmp.resolve("faces"));
        cache = new DatasetCache(tmp.resolve("cache"));
    }

    /** A solid 12 x 10 image whose red channel is {@code 10 * k}. */
    private void writeSolid(String name, int k, String format) throws IOException {
        BufferedImage img = new BufferedImage(12, 10, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 12; x++) {
                img.setRGB(x, y, (10 * k) << 16 | 0x0080);
            }
        }
        ImageIO.write(img, format, faces.resolve(name).toFile());
    }

    private void writeThree() throws IOException {
        writeSolid("000001.png", 1, "png");
        writeSolid("000002.png", 2, "png");
        writeSolid("000003.png", 3, "png");
    }

    @Test
    void loadsRgbSquaresInNameOrder() throws IOException {
        writeSolid("b.png", 2, "png");
        writeSolid("a.png", 1, "png");
        ImageIO.write(SquareResizeTest.leftRedRightBlue(), "png", faces.resolve("c.png").toFile());
        LoadReport r = FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE);
        ImageDataset d = r.dataset();
        assertEquals(3, d.count());
        assertEquals(8, d.height());
        assertEquals(8, d.width());
        assertEquals(3, d.channels());
        assertFalse(d.hasLabels());
        assertEquals(10, d.pixel(0, 4, 4, 0));
        assertEquals(20, d.pixel(1, 4, 4, 0));
        assertEquals(255, d.pixel(2, 0, 0, 0));     // c.png: left columns red
        assertEquals(255, d.pixel(2, 7, 7, 2));     // right columns blue
        assertEquals(0, d.pixel(2, 7, 7, 0));
        assertEquals("faces 8x8", d.name());
        assertTrue(r.skipped().isEmpty());
        assertFalse(r.fromCache());
    }

    @Test
    void nonImagesAreSkippedAndNamed() throws IOException {
        writeThree();
        Files.writeString(faces.resolve("notes.txt"), "not a picture");
        Files.write(faces.resolve("000002b.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
        Files.writeString(faces.resolve(".DS_Store"), "hidden files are ignored");
        Files.createDirectory(faces.resolve("sub"));
        LoadReport r = FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE);
        assertEquals(3, r.loaded());
        assertEquals(List.of("000002b.jpg", "notes.txt"), r.skipped().stream().map(LoadReport.Skipped::fileName)
                .toList());
        assertTrue(r.skipped().get(1).reason().contains("not an image"), r.skipped().get(1).reason());
        assertTrue(r.summary().startsWith("3 images loaded, 2 skipped (000002b.jpg: "), r.summary());
    }

    @Test
    void emptyMissingAndImagelessFoldersAreClearErrors() throws IOException {
        String empty = assertThrows(DataFormatException.class,
                () -> FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE)).getMessage();
        assertTrue(empty.equals("faces: is empty; expected JPEG or PNG face images such as 000001.jpg"), empty);

        Path missing = tmp.resolve("nope");
        String m = assertThrows(FileNotFoundException.class,
                () -> FaceFolder.load(missing, SIZE_8, null, PLENTY, ProgressListener.NONE)).getMessage();
        assertTrue(m.contains(missing + " does not exist"), m);

        Files.writeString(faces.resolve("list_attr_celeba.txt"), "5000");
        String none = assertThrows(DataFormatException.class,
                () -> FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE)).getMessage();
        assertTrue(none.contains("holds no readable image") && none.contains("list_attr_celeba.txt"), none);
    }

    @Test
    void limitTakesTheFirstImagesByName() throws IOException {
        writeThree();
        Files.writeString(faces.resolve("000001a.txt"), "skipped, does not count towards the limit");
        LoadReport r = FaceFolder.load(faces, SIZE_8.withLimit(2), null, PLENTY, ProgressListener.NONE);
        assertEquals(2, r.loaded());
        assertEquals(10, r.dataset().pixel(0, 0, 0, 0));
        assertEquals(20, r.dataset().pixel(1, 0, 0, 0));
        assertEquals(1, r.skipped().size());
        assertThrows(IllegalArgumentException.class, () -> SIZE_8.withLimit(-1));
        assertThrows(IllegalArgumentException.class, () -> SIZE_8.withSize(2));
    }

    @Test
    void progressIsMonotoneAndCancellationStops() throws IOException {
        writeThree();
        List<long[]> seen = new ArrayList<>();
        FaceFolder.load(faces, SIZE_8, null, PLENTY, (done, total) -> seen.add(new long[] {done, total}));
        assertEquals(3, seen.size());
        assertEquals(3, seen.get(2)[0]);
        assertEquals(3, seen.get(2)[1]);

        AtomicInteger calls = new AtomicInteger();
        ProgressListener stopAfterOne = ProgressListener.of((d, t) -> calls.incrementAndGet(), () -> calls.get() >= 1);
        CancellationException e = assertThrows(CancellationException.class,
                () -> FaceFolder.load(faces, SIZE_8, cache, PLENTY, stopAfterOne));
        assertTrue(e.getMessage().contains("cancelled after 1 of 3 images"), e.getMessage());
        assertFalse(Files.exists(cache.directory()), "a cancelled load caches nothing");
    }

    @Test
    void budgetRefusesBeforeDecoding() throws IOException {
        writeThree();
        assertThrows(DatasetTooLargeException.class,
                () -> FaceFolder.load(faces, SIZE_8, null, MemoryBudget.fixed(100, 0), ProgressListener.NONE));
    }

    @Test
    void secondLoadComesFromTheCacheWithTheSameSkippedList() throws IOException {
        writeThree();
        Files.writeString(faces.resolve("notes.txt"), "x");
        LoadReport first = FaceFolder.load(faces, SIZE_8, cache, PLENTY, ProgressListener.NONE);
        LoadReport second = FaceFolder.load(faces, SIZE_8, cache, PLENTY, ProgressListener.NONE);
        assertFalse(first.fromCache());
        assertTrue(second.fromCache());
        assertEquals(first.dataset(), second.dataset());
        assertEquals(first.skipped(), second.skipped());
        LoadReport otherSize = FaceFolder.load(faces, SIZE_8.withSize(4), cache, PLENTY, ProgressListener.NONE);
        assertFalse(otherSize.fromCache());
    }

    @Test
    void aChangedFolderMissesTheCache() throws IOException {
        writeThree();
        FaceFolder.load(faces, SIZE_8, cache, PLENTY, ProgressListener.NONE);
        Files.setLastModifiedTime(faces.resolve("000002.png"), FileTime.fromMillis(1_000_000_000L));
        assertFalse(FaceFolder.load(faces, SIZE_8, cache, PLENTY, ProgressListener.NONE).fromCache());
        writeSolid("000004.png", 4, "png");
        LoadReport r = FaceFolder.load(faces, SIZE_8, cache, PLENTY, ProgressListener.NONE);
        assertFalse(r.fromCache());
        assertEquals(4, r.loaded());
    }

    @Test
    void aCorruptedCacheIsRebuilt() throws IOException {
        writeThree();
        ImageDataset original = FaceFolder.load(faces, SIZE_8, cache, PLENTY, ProgressListener.NONE).dataset();
        Path entry;
        try (var s = Files.list(cache.directory())) {
            entry = s.findFirst().orElseThrow();
        }
        byte[] b = Files.readAllBytes(entry);
        b[b.length - 30] ^= 0x01;                    // one pixel bit: only the CRC can tell
        Files.write(entry, b);
        LoadReport rebuilt = FaceFolder.load(faces, SIZE_8, cache, PLENTY, ProgressListener.NONE);
        assertFalse(rebuilt.fromCache());
        assertEquals(original, rebuilt.dataset());
        LoadReport again = FaceFolder.load(faces, SIZE_8, cache, PLENTY, ProgressListener.NONE);
        assertTrue(again.fromCache());
        assertEquals(original, again.dataset());
    }

    @Test
    void anUnwritableCacheDoesNotFailTheLoad() throws IOException {
        writeThree();
        Path notADir = Files.writeString(tmp.resolve("blocked"), "a file where the cache folder should be");
        LoadReport r = FaceFolder.load(faces, SIZE_8, new DatasetCache(notADir), PLENTY, ProgressListener.NONE);
        assertEquals(3, r.loaded());
    }

    @Test
    void greyAndPaletteImagesBecomeRgb() throws IOException {
        BufferedImage grey = new BufferedImage(9, 9, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 9; x++) {
                grey.getRaster().setSample(x, y, 0, 100);
            }
        }
        ImageIO.write(grey, "png", faces.resolve("a-grey.png").toFile());
        BufferedImage palette = new BufferedImage(9, 9, BufferedImage.TYPE_BYTE_INDEXED);
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 9; x++) {
                palette.setRGB(x, y, 0xFF0000);
            }
        }
        ImageIO.write(palette, "gif", faces.resolve("b-palette.gif").toFile());
        ImageDataset d = FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE).dataset();
        assertEquals(2, d.count());
        for (int c = 0; c < 3; c++) {
            assertEquals(100, d.pixel(0, 5, 5, c));
        }
        assertEquals(255, d.pixel(1, 5, 5, 0));
        assertEquals(0, d.pixel(1, 5, 5, 1));
    }

    @Test
    void jpegFilesLoadToo() throws IOException {
        writeSolid("a.jpg", 20, "jpg");
        LoadReport r = FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE);
        assertEquals(1, r.loaded());
        assertTrue(Math.abs(r.dataset().pixel(0, 3, 3, 0) - 200) <= 6);   // JPEG is lossy
    }
}
