package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Face folders with damaged, empty, huge and lying files: each bad file is skipped and named with its reason (or,
 * when large but valid, decoded subsampled), the good ones load, and no case throws anything but a clear error.
 */
@Tag("fuzz")
class FaceFolderFuzzTest {
    private static final MemoryBudget PLENTY = MemoryBudget.fixed(1L << 40, 0);
    private static final FaceFolder.Options SIZE_8 = FaceFolder.Options.defaults().withSize(8);

    @TempDir
    Path tmp;
    Path faces;

    @BeforeEach
    void setUp() throws IOException {
        faces = Files.createDirectory(tmp.resolve("faces"));
    }

    /** A 64 x 64 JPEG of seeded noise (so that half of it is half of the data). */
    private static byte[] noiseJpeg(long seed) throws IOException {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                img.setRGB(x, y, r.nextInt(1 << 24));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    /** A grey PNG of {@code w x h} pixels, all {@code value}, streamed so that no big raster is ever built. */
    static byte[] greyPng(int w, int h, int value, int rowsWritten) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[w + 1];
        Arrays.fill(row, 1, row.length, (byte) value);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(1), 1 << 16)) {
            for (int y = 0; y < rowsWritten; y++) {
                z.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(png);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        chunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private void put(String name, byte[] content) throws IOException {
        Files.write(faces.resolve(name), content);
    }

    private String reasonFor(LoadReport r, String name) {
        return r.skipped().stream().filter(s -> s.fileName().equals(name)).map(LoadReport.Skipped::reason)
                .findFirst().orElse(null);
    }

    @Test
    void truncatedJpegIsSkippedNotLoadedHalfGrey() throws IOException {
        byte[] whole = noiseJpeg(1);
        put("000001.jpg", whole);
        put("000002.jpg", noiseJpeg(2));
        put("000003.jpg", Arrays.copyOf(whole, whole.length / 2));
        LoadReport r = FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE);
        assertEquals(2, r.loaded());
        String reason = reasonFor(r, "000003.jpg");
        assertTrue(reason != null && reason.contains("truncated or damaged"), r.skipped().toString());
    }

    @Test
    void emptyFilesAndGarbageAreSkippedWithAReason() throws IOException {
        put("000001.jpg", noiseJpeg(1));
        put("000002.jpg", new byte[0]);
        put("000003.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8});               // SOI and nothing else
        put("000004.png", Arrays.copyOf(greyPng(16, 16, 9, 16), 40));         // cut inside IDAT
        put("000005.txt", "not an image".getBytes(StandardCharsets.UTF_8));
        LoadReport r = FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE);
        assertEquals(1, r.loaded());
        assertEquals("cannot be decoded: the file is empty (0 bytes)", reasonFor(r, "000002.jpg"));
        for (LoadReport.Skipped s : r.skipped()) {
            assertTrue(!s.reason().contains("(null)") && s.reason().length() > 15, s.toString());
        }
        assertEquals(4, r.skipped().size(), r.skipped().toString());
    }

    @Test
    void aHugeImageIsDecodedSubsampledNotWhole() throws IOException {
        byte[] big = greyPng(12_000, 9_000, 200, 9_000);
        Path f = faces.resolve("huge.png");
        Files.write(f, big);
        try (ImageDecoder decoder = new ImageDecoder()) {
            ImageDecoder.Decoded d = decoder.read(f);
            assertEquals(6, d.subsampling());
            assertEquals(2000, d.image().getWidth());
            assertEquals(1500, d.image().getHeight());
            assertEquals(12_000, d.width());
        }
        put("small.jpg", noiseJpeg(3));
        LoadReport r = FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE);
        assertEquals(2, r.loaded(), r.skipped().toString());
        assertEquals(200, r.dataset().pixel(0, 4, 4, 0), "huge.png is first by name and grey 200");
    }

    @Test
    void absurdDeclaredSizesAreRefusedUnread() throws IOException {
        put("000001.jpg", noiseJpeg(1));
        put("000002.png", greyPng(100_000, 100_000, 0, 1));
        LoadReport r = FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE);
        assertEquals(1, r.loaded());
        String reason = reasonFor(r, "000002.png");
        assertTrue(reason != null && reason.contains("declares 100000 x 100000 pixels"), r.skipped().toString());
        assertNull(reasonFor(r, "000001.jpg"));
    }

    @Test
    void aPngWhoseRowsAreMissingIsSkipped() throws IOException {
        put("000001.jpg", noiseJpeg(1));
        put("000002.png", greyPng(4000, 4000, 0, 10));             // declares 4000 rows, holds 10
        LoadReport r = FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE);
        assertEquals(1, r.loaded(), r.skipped().toString());
        assertTrue(reasonFor(r, "000002.png") != null);
    }

    @Test
    void aFolderOfOnlyBadFilesIsOneClearError() throws IOException {
        put("a.jpg", new byte[0]);
        put("b.jpg", Arrays.copyOf(noiseJpeg(1), 300));
        Clear.error(() -> FaceFolder.load(faces, SIZE_8, null, PLENTY, ProgressListener.NONE), "faces",
                "holds no readable image", "a.jpg");
        Clear.error(() -> FaceFolder.load(faces.resolve("a.jpg"), SIZE_8, null, PLENTY, ProgressListener.NONE),
                "a.jpg", "not a folder");
    }
}
