package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bit-exact round trips, and every kind of damaged cache file is a deleted miss, never a crash. */
class DatasetCacheTest {
    @TempDir
    Path dir;

    private static ImageDataset sample(boolean labels) {
        byte[] px = new byte[5 * 3 * 4 * 3];
        for (int k = 0; k < px.length; k++) {
            px[k] = (byte) (k * 37 + 11);
        }
        return ImageDataset.of("faces 4x3 ü", 5, 3, 4, 3, px, labels ? new byte[] {0, 1, 2, 3, 9} : null);
    }

    private DatasetCache cache() {
        return new DatasetCache(dir.resolve("cache"));
    }

    private static final DatasetCache.Key KEY = new DatasetCache.Key("/data/faces|size=4", "abc123");

    @Test
    void roundTripsBitExactly() throws IOException {
        DatasetCache c = cache();
        for (boolean labels : new boolean[] {false, true}) {
            ImageDataset d = sample(labels);
            c.write(KEY, d, "a.txt\tnot an image\n");
            DatasetCache.Entry e = c.read(KEY).orElseThrow();
            assertEquals(d, e.dataset());
            assertEquals("a.txt\tnot an image\n", e.note());
        }
        assertFalse(c.read(new DatasetCache.Key("/data/faces|size=4", "other")).isPresent());
        assertFalse(c.read(new DatasetCache.Key("/elsewhere", "abc123")).isPresent());
    }

    @Test
    void everyKindOfDamageIsAMissAndTheFileIsDeleted() throws IOException {
        DatasetCache c = cache();
        Path f = c.write(KEY, sample(true), "");
        byte[] good = Files.readAllBytes(f);
        List<byte[]> damaged = List.of(
                flip(good, 0),                                    // magic
                flip(good, 11),                                   // version
                flip(good, 15),                                   // count
                flip(good, good.length / 2),                      // a pixel: CRC mismatch
                flip(good, good.length - 1),                      // the CRC itself
                java.util.Arrays.copyOf(good, good.length - 20),  // truncated
                java.util.Arrays.copyOf(good, 5),                 // truncated inside the magic
                new byte[0]);
        for (byte[] bad : damaged) {
            Files.write(f, bad);
            Optional<DatasetCache.Entry> e = c.read(KEY);
            assertFalse(e.isPresent());
            assertFalse(Files.exists(f), "a bad cache file must be deleted");
        }
    }

    @Test
    void aFileStoredUnderTheWrongKeyIsRejected() throws IOException {
        DatasetCache c = cache();
        Path f = c.write(KEY, sample(false), "");
        DatasetCache.Key other = new DatasetCache.Key("/data/faces|size=4", "zzz");
        Files.copy(f, c.fileFor(other));
        assertFalse(c.read(other).isPresent());
    }

    @Test
    void aNewEntryReplacesTheOlderOneOfTheSameSource() throws IOException {
        DatasetCache c = cache();
        Path old = c.write(KEY, sample(false), "");
        Path other = c.write(new DatasetCache.Key("/other", "abc123"), sample(false), "");
        Path newer = c.write(new DatasetCache.Key(KEY.source(), "changed"), sample(true), "");
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(newer) && Files.exists(other));
        try (var s = Files.list(c.directory())) {
            assertEquals(2, s.count(), "no temporary files are left behind");
        }
        c.clear();
        try (var s = Files.list(c.directory())) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void fingerprintFollowsNamesSizesAndTimes() throws IOException {
        Path a = Files.writeString(dir.resolve("a.jpg"), "aaa");
        Path b = Files.writeString(dir.resolve("b.jpg"), "bb");
        String f1 = DatasetCache.fingerprint(List.of(a, b), "size=64");
        assertEquals(f1, DatasetCache.fingerprint(List.of(a, b), "size=64"));
        assertFalse(f1.equals(DatasetCache.fingerprint(List.of(a, b), "size=32")));
        assertFalse(f1.equals(DatasetCache.fingerprint(List.of(a), "size=64")));
        Files.writeString(b, "bbbb");
        assertFalse(f1.equals(DatasetCache.fingerprint(List.of(a, b), "size=64")));
    }

    @Test
    void defaultDirectoryIsUnderAUserCache() {
        Path d = DatasetCache.defaultDirectory();
        assertTrue(d.endsWith(Path.of("lsot-explorer", "datasets")), d.toString());
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x5A;
        return c;
    }
}
