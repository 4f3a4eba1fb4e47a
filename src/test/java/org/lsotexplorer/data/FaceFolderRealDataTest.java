package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 5,000 CelebA faces (89 x 109 JPEGs): decoded once, then read back from the cache. */
@Tag("slow")
class FaceFolderRealDataTest {
    @TempDir
    Path tmp;

    @Test
    void fiveThousandFacesLoadTo64x64AndComeBackFromTheCache() throws IOException {
        Path dir = SharedData.require(SharedData.FACES);
        DatasetCache cache = new DatasetCache(tmp.resolve("cache"));
        AtomicLong lastDone = new AtomicLong();
        LoadReport first = FaceFolder.load(dir, FaceFolder.Options.defaults(), cache,
                (done, total) -> lastDone.set(done));
        LoadReport second = FaceFolder.load(dir, FaceFolder.Options.defaults(), cache, ProgressListener.NONE);
        System.out.println("faces 64x64: first load " + first.elapsedMillis() + " ms, cached load "
                + second.elapsedMillis() + " ms, " + first.dataset().sizeBytes() + " bytes");
        ImageDataset d = first.dataset();
        assertEquals(5_000, d.count());
        assertEquals(64, d.height());
        assertEquals(64, d.width());
        assertEquals(3, d.channels());
        assertEquals(5_000L * 64 * 64 * 3, d.sizeBytes());
        assertTrue(first.skipped().isEmpty(), first.summary());
        assertEquals(5_000, lastDone.get());
        assertFalse(first.fromCache());
        assertTrue(second.fromCache());
        assertEquals(d, second.dataset());
        assertTrue(second.elapsedMillis() < first.elapsedMillis(), "the cache must be faster than decoding");
        // plausible photographs: mean intensity well inside (0, 255) and not a constant image
        long sum = 0;
        for (int i = 0; i < d.count(); i += 50) {
            for (float v : d.imageAsFloats(i)) {
                sum += Math.round(v * 255);
            }
        }
        double mean = sum / (100.0 * d.imageSize());
        assertTrue(mean > 60 && mean < 200, "mean " + mean);
    }

    @Test
    void firstHundredAt32() throws IOException {
        Path dir = SharedData.require(SharedData.FACES);
        LoadReport r = FaceFolder.load(dir, new FaceFolder.Options(32, 100), ProgressListener.NONE);
        assertEquals(100, r.loaded());
        assertEquals(32, r.dataset().width());
    }
}
