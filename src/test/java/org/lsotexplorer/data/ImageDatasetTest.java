package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageDatasetTest {
    /** Two 2 x 3 RGB images; byte value = index in the array. */
    private static ImageDataset twoRgb() {
        byte[] px = new byte[2 * 2 * 3 * 3];
        for (int k = 0; k < px.length; k++) {
            px[k] = (byte) (k * 7);
        }
        return ImageDataset.of("t", 2, 2, 3, 3, px, new byte[] {4, 9});
    }

    @Test
    void pixelUsesHwcLayout() {
        ImageDataset d = twoRgb();
        // image 1, row 1, column 2, channel 1 -> 18 + (1 * 3 + 2) * 3 + 1 = 34
        assertEquals((34 * 7) & 0xFF, d.pixel(1, 1, 2, 1));
        assertEquals(0, d.pixel(0, 0, 0, 0));
        assertEquals(18, d.imageSize());
        assertEquals(4, d.label(0));
        assertEquals(9, d.label(1));
        assertThrows(IndexOutOfBoundsException.class, () -> d.pixel(2, 0, 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> d.pixel(0, 0, 3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> d.pixel(0, 0, 0, 3));
    }

    @Test
    void floatsAreInUnitRangeInHwcOrder() {
        byte[] px = {0, (byte) 255, (byte) 128, 1};
        ImageDataset d = ImageDataset.of("g", 1, 2, 2, 1, px, null);
        float[] f = d.imageAsFloats(0);
        assertArrayEquals(new float[] {0f, 1f, 128f / 255f, 1f / 255f}, f, 1e-7f);
        float[] batch = new float[6];
        d.copyAsFloats(0, batch, 2);
        assertEquals(1f, batch[3], 1e-7f);
        assertFalse(d.hasLabels());
        assertNull(d.labels());
        assertThrows(IllegalStateException.class, () -> d.label(0));
    }

    @Test
    void subsetCopiesTheRange() {
        ImageDataset d = twoRgb();
        ImageDataset s = d.subset(1, 2);
        assertEquals(1, s.count());
        assertArrayEquals(d.imageBytes(1), s.imageBytes(0));
        assertEquals(9, s.label(0));
        assertEquals(0, d.subset(1, 1).count());
        assertThrows(IndexOutOfBoundsException.class, () -> d.subset(1, 3));
    }

    @Test
    void factoryCopiesAndAccessorsDoNotLeak() {
        byte[] px = new byte[4];
        byte[] labels = {1};
        ImageDataset d = ImageDataset.of("c", 1, 2, 2, 1, px, labels);
        px[0] = 99;
        labels[0] = 7;
        assertEquals(0, d.pixel(0, 0, 0, 0));
        assertEquals(1, d.label(0));
        d.imageBytes(0)[0] = 5;
        d.labels()[0] = 5;
        assertEquals(0, d.pixel(0, 0, 0, 0));
        assertEquals(1, d.label(0));
    }

    @Test
    void sizeAndEquality() {
        ImageDataset d = twoRgb();
        assertEquals(36 + 2, d.sizeBytes());
        assertEquals(d, twoRgb());
        assertEquals(d.hashCode(), twoRgb().hashCode());
        assertNotEquals(d, d.withName("other"));
        assertTrue(d.toString().contains("2 x 2 x 3 x 3"));
    }

    @Test
    void badShapesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ImageDataset.of("x", 1, 2, 2, 2, new byte[8], null));
        assertThrows(IllegalArgumentException.class, () -> ImageDataset.of("x", 1, 2, 2, 1, new byte[5], null));
        assertThrows(IllegalArgumentException.class, () -> ImageDataset.of("x", 1, 2, 2, 1, new byte[4],
                new byte[2]));
        assertThrows(IllegalArgumentException.class, () -> ImageDataset.of("x", 1, 0, 2, 1, new byte[0], null));
    }

    @Test
    void contentDigestFollowsThePixelsNotTheName() {
        byte[] px = {1, 2, 3, 4, 5, 6, 7, 8};
        ImageDataset a = ImageDataset.of("same", 2, 2, 2, 1, px, new byte[] {0, 1});
        ImageDataset b = ImageDataset.of("same", 2, 2, 2, 1, px.clone(), new byte[] {0, 1});
        byte[] other = px.clone();
        other[5] = 9;
        ImageDataset c = ImageDataset.of("same", 2, 2, 2, 1, other, new byte[] {0, 1});
        ImageDataset d = ImageDataset.of("same", 2, 2, 2, 1, px.clone(), new byte[] {1, 1});
        assertEquals(a.contentDigest(), b.contentDigest());
        assertEquals(64, a.contentDigest().length(), "SHA-256 in hex");
        org.junit.jupiter.api.Assertions.assertNotEquals(a.contentDigest(), c.contentDigest(), "one pixel differs");
        org.junit.jupiter.api.Assertions.assertNotEquals(a.contentDigest(), d.contentDigest(), "one label differs");
        assertEquals(a.hashCode(), c.hashCode(), "hashCode does not look at pixels, which is why models use the digest");
    }
}
