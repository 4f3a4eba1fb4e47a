package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IDX files cut, corrupted and lying about their sizes: each read ends in one clear {@link DataFormatException}
 * naming the file, or in exactly the data written; nothing is allocated for sizes the file cannot hold.
 */
@Tag("fuzz")
class IdxFuzzTest {
    private static final MemoryBudget PLENTY = MemoryBudget.fixed(1L << 40, 0);

    @TempDir
    Path dir;

    @Test
    void labelHeaderClaimingTwoBillionItemsIn108BytesIsRefusedBeforeAllocating() throws IOException {
        byte[] raw = ByteBuffer.allocate(108).putInt(IdxReader.LABELS_MAGIC).putInt(Integer.MAX_VALUE).array();
        Path f = IdxFiles.write(dir, "huge-labels", raw);
        String m = Clear.error(() -> IdxReader.readLabels(f), "huge-labels", "2,147,483,647 labels",
                "only 100 bytes follow");
        assertFalse(m.contains("MB"), "a size problem, not a heap problem: " + m);
        Path gz = IdxFiles.write(dir, "huge-labels.gz", IdxFiles.gzip(raw));
        Clear.error(() -> IdxReader.readLabels(gz), "huge-labels.gz", "can hold at most");
    }

    @Test
    void imageHeaderClaimingMoreThanTheFileHoldsIsRefusedBeforeTheHeapCheck() throws IOException {
        byte[] raw = IdxFiles.images(3, 4, 4);
        ByteBuffer.wrap(raw).putInt(4, 100_000);
        Path f = IdxFiles.write(dir, "liar", raw);
        Clear.error(() -> IdxReader.readImages(f, "x", MemoryBudget.fixed(1, 0)), "liar", "100,000 images",
                "only 48 bytes follow");
        ByteBuffer.wrap(raw).putInt(4, 3).putInt(8, 65_536);
        Clear.error(() -> IdxReader.readImages(IdxFiles.write(dir, "wide", raw), "x", PLENTY), "wide",
                "65536 x 4 pixels");
        ByteBuffer.wrap(raw).putInt(8, 4).putInt(4, -5);
        Clear.error(() -> IdxReader.readImages(IdxFiles.write(dir, "negative", raw), "x", PLENTY), "negative",
                "negative count");
    }

    @Test
    void aPlausibleGzipClaimThatIsCutShortGrowsOnlyWithTheData() throws IOException {
        byte[] raw = IdxFiles.labels(5000);
        ByteBuffer.wrap(raw).putInt(4, 2_000_000);          // within the deflate bound of the gzip file
        Random r = new Random(3);
        for (int i = 8; i < raw.length; i++) {
            raw[i] = (byte) r.nextInt(10);
        }
        Path gz = IdxFiles.write(dir, "short.gz", IdxFiles.gzip(raw));
        Clear.error(() -> IdxReader.readLabels(gz), "short.gz", "only 5,000 bytes follow", "after decompression");
    }

    @Test
    void everyTruncationOfARawOrGzipFileIsAClearError() throws IOException {
        byte[] raw = IdxFiles.images(6, 5, 4);
        byte[] gz = IdxFiles.gzip(raw);
        for (byte[] whole : new byte[][] {raw, gz}) {
            for (int cut = 0; cut < whole.length; cut++) {
                Path f = IdxFiles.write(dir, "cut", Arrays.copyOf(whole, cut));
                Clear.error(() -> IdxReader.readImages(f, "x", PLENTY), "cut");
            }
        }
        byte[] labels = IdxFiles.labels(30);
        for (int cut = 0; cut < labels.length; cut++) {
            Path f = IdxFiles.write(dir, "cut-labels", Arrays.copyOf(labels, cut));
            Clear.error(() -> IdxReader.readLabels(f), "cut-labels");
        }
    }

    /** A flipped byte anywhere in a gzip file: a clear error, never the "more data" message, never other data. */
    @Test
    void everyCorruptedByteOfAGzipFileIsCaught() throws IOException {
        byte[] raw = IdxFiles.images(6, 5, 4);
        byte[] gz = IdxFiles.gzip(raw);
        ImageDataset good = IdxReader.readImages(IdxFiles.write(dir, "good.gz", gz), "x", PLENTY);
        for (int at = 0; at < gz.length; at++) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] bad = gz.clone();
                bad[at] ^= (byte) bit;
                Path f = IdxFiles.write(dir, "flip.gz", bad);
                ImageDataset d;
                try {
                    d = IdxReader.readImages(f, "x", PLENTY);
                } catch (IOException e) {
                    String m = Clear.error(() -> IdxReader.readImages(f, "x", PLENTY), "flip.gz");
                    assertFalse(m.contains("more data than its header") && at >= 10 && at < gz.length - 8,
                            "a corrupt body is not 'more data': byte " + at + ": " + m);
                    continue;
                }
                // only the gzip header's unchecked fields (mtime, extra flags, OS) may change without an error
                assertEquals(good, d, "byte " + at + " flipped gave other data");
            }
        }
    }

    @Test
    void wrongMagicAndSwappedFiles() throws IOException {
        Path html = IdxFiles.write(dir, "page.html", "<html><body>404</body></html>".getBytes());
        Clear.error(() -> IdxReader.readLabels(html), "page.html", "not an IDX file");
        Path images = IdxFiles.write(dir, "images", IdxFiles.images(2, 2, 2));
        Clear.error(() -> IdxReader.readLabels(images), "images", "image file");
        byte[] ints = IdxFiles.labels(4);
        ByteBuffer.wrap(ints).putInt(0, 0x00000C01);
        Clear.error(() -> IdxReader.readLabels(IdxFiles.write(dir, "ints", ints)), "ints", "element type 0x0C");
    }

    @Test
    void labelsOutOfRangeAndCountMismatch() throws IOException {
        byte[] labels = IdxFiles.labels(4);
        labels[9] = (byte) 200;
        Clear.error(() -> IdxReader.readLabels(IdxFiles.write(dir, "l200", labels)), "l200", "label 200");
        Path img = IdxFiles.write(dir, "img", IdxFiles.images(4, 2, 2));
        Path lab = IdxFiles.write(dir, "lab", IdxFiles.labels(5));
        Clear.error(() -> IdxReader.readLabelled(img, lab, "x", PLENTY), "lab", "5 labels but img has 4 images");
    }
}
