package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngWriterTest {
    @TempDir
    Path dir;

    private static Raster sample(boolean opaque) {
        Raster r = new Raster(7, 5);
        for (int i = 0; i < r.argb().length; i++) {
            r.argb()[i] = (opaque ? 0xFF000000 : (i * 37 & 0xFF) << 24) | i * 0x010305;
        }
        return r;
    }

    @Test
    void opaqueRasterRoundTripsAsRgb() throws IOException {
        Raster r = sample(true);
        Path file = dir.resolve("a.png");
        PngWriter.write(r, file);
        var image = ImageIO.read(file.toFile());
        assertFalse(image.getColorModel().hasAlpha(), "opaque rasters are written without alpha");
        assertArrayEquals(r.argb(), Raster.copyOf(image).argb());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void translucentRasterKeepsItsAlpha() throws IOException {
        Raster r = sample(false);
        Path file = dir.resolve("b.png");
        PngWriter.write(r, file);
        Raster back = Raster.copyOf(ImageIO.read(file.toFile()));
        for (int i = 0; i < r.argb().length; i++) {
            if ((r.argb()[i] >>> 24) != 0) {
                assertEquals(Pixels.hex(r.argb()[i]), Pixels.hex(back.argb()[i]));
            }
        }
    }

    @Test
    void overwritesAnExistingFile() throws IOException {
        Path file = dir.resolve("c.png");
        Files.writeString(file, "old");
        PngWriter.write(sample(true), file);
        assertTrue(Files.size(file) > 20);
    }

    @Test
    void missingFolderIsAClearError() {
        Path file = dir.resolve("no/such/folder/d.png");
        IOException e = assertThrows(IOException.class, () -> PngWriter.write(sample(true), file));
        assertTrue(e.getMessage().contains("d.png") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void folderThatIsAFileIsAClearError() throws IOException {
        Path notAFolder = dir.resolve("plain.txt");
        Files.writeString(notAFolder, "x");
        IOException e = assertThrows(IOException.class,
                () -> PngWriter.write(sample(true), notAFolder.resolve("e.png")));
        assertTrue(e.getMessage().startsWith("cannot write PNG"), e.getMessage());
    }

    @Test
    void readOnlyFolderIsAClearError() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked),
                    "running with rights that ignore folder permissions (root)");
            IOException e = assertThrows(IOException.class, () -> PngWriter.write(sample(true), locked.resolve("f.png")));
            assertTrue(e.getMessage().contains("not writable"), e.getMessage());
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void rasterRejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> new Raster(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new Raster(3, 3, new int[8]));
        assertThrows(IndexOutOfBoundsException.class, () -> new Raster(3, 3).get(3, 0));
    }

    @Test
    void bufferedImageSharesThePixels() {
        Raster r = new Raster(4, 4);
        var image = r.toBufferedImage();
        assertEquals(java.awt.image.BufferedImage.TYPE_INT_ARGB, image.getType());
        image.setRGB(1, 2, 0xFF123456);
        assertEquals(0xFF123456, r.get(1, 2));
    }
}
