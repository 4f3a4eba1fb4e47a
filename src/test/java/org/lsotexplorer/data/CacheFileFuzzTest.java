package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoded-dataset cache files cut, flipped and lying about their sizes: each read is a miss or the exact data. */
@Tag("fuzz")
class CacheFileFuzzTest {
    private static final DatasetCache.Key KEY = new DatasetCache.Key("/faces|size=4", "fp");

    @TempDir
    Path dir;

    private static ImageDataset sample() {
        byte[] px = new byte[3 * 2 * 2 * 3];
        for (int k = 0; k < px.length; k++) {
            px[k] = (byte) (k * 29 + 5);
        }
        return ImageDataset.of("faces", 3, 2, 2, 3, px, new byte[] {1, 2, 3});
    }

    @Test
    void everyTruncationAndEveryFlippedBitIsAMissOrTheSameData() throws IOException {
        DatasetCache c = new DatasetCache(dir.resolve("cache"));
        ImageDataset d = sample();
        Path f = c.write(KEY, d, "x.jpg\tempty");
        byte[] good = Files.readAllBytes(f);
        for (int cut = 0; cut < good.length; cut++) {
            Files.write(f, Arrays.copyOf(good, cut));
            assertFalse(c.read(KEY).isPresent(), "cut at " + cut);
        }
        for (int at = 0; at < good.length; at++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] bad = good.clone();
                bad[at] ^= (byte) (1 << bit);
                Files.write(f, bad);
                Optional<DatasetCache.Entry> e = c.read(KEY);
                e.ifPresent(entry -> assertEquals(d, entry.dataset()));
            }
        }
    }

    @Test
    void hugeDeclaredSizesAreAMissWithoutAllocating() throws IOException {
        DatasetCache c = new DatasetCache(dir.resolve("cache"));
        Path f = c.write(KEY, sample(), "");
        byte[] good = Files.readAllBytes(f);
        for (int field = 0; field < 4; field++) {                 // count, height, width, channels
            byte[] bad = good.clone();
            ByteBuffer.wrap(bad).putInt(12 + 4 * field, Integer.MAX_VALUE);
            Files.write(f, bad);
            assertFalse(c.read(KEY).isPresent());
        }
        byte[] bad = good.clone();
        ByteBuffer.wrap(bad).putInt(29, 15 << 20);                 // fingerprint length: 15 MB in a tiny file
        Files.write(f, bad);
        assertFalse(c.read(KEY).isPresent());
    }

    @Test
    void aFolderOrGarbageUnderTheEntryNameIsAMiss() throws IOException {
        DatasetCache c = new DatasetCache(dir.resolve("cache"));
        Files.createDirectories(c.fileFor(KEY));
        assertFalse(c.read(KEY).isPresent());
        Files.delete(c.fileFor(KEY));
        Files.writeString(c.fileFor(KEY), "<html>");
        assertFalse(c.read(KEY).isPresent());
    }
}
