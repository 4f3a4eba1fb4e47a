package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Centre crop and area-averaging resize on images with known patterns. */
class SquareResizeTest {
    static final int RED = 0xFF0000;
    static final int BLUE = 0x0000FF;
    static final int GREEN = 0x00FF00;

    /** 40 wide x 30 tall: left half red, right half blue. */
    static BufferedImage leftRedRightBlue() {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                img.setRGB(x, y, x < 20 ? RED : BLUE);
            }
        }
        return img;
    }

    private static int rgbAt(byte[] px, int size, int y, int x) {
        int k = (y * size + x) * 3;
        return ((px[k] & 0xFF) << 16) | ((px[k + 1] & 0xFF) << 8) | (px[k + 2] & 0xFF);
    }

    @Test
    void leftHalfStaysLeftAfterCropAndResize() {
        byte[] px = new byte[8 * 8 * 3];
        SquareResize.centreCropRgb(leftRedRightBlue(), 8, px, 0);
        // the crop is columns 5..34; the colour edge at column 20 lands exactly between output columns 3 and 4
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                assertEquals(x < 4 ? RED : BLUE, rgbAt(px, 8, y, x), "pixel (" + y + ", " + x + ")");
            }
        }
    }

    @Test
    void cropDropsTheMarginsOfATallImage() {
        BufferedImage img = new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 30; x++) {
                img.setRGB(x, y, y < 5 || y >= 35 ? GREEN : RED);
            }
        }
        byte[] px = new byte[6 * 6 * 3];
        SquareResize.centreCropRgb(img, 6, px, 0);
        for (int p = 0; p < 36; p++) {
            assertEquals(RED, rgbAt(px, 6, p / 6, p % 6));
        }
    }

    @Test
    void areaAveragingBlendsACheckerboard() {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                img.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0);
            }
        }
        byte[] px = new byte[2 * 2 * 3];
        SquareResize.centreCropRgb(img, 2, px, 0);
        for (byte b : px) {
            assertEquals(128, b & 0xFF);           // nearest neighbour would give 0 or 255
        }
    }

    @Test
    void fractionalCoverageIsWeighted() {
        // 3 columns 0, 90, 180 (grey) resized to 2: left = (0 + 90/2) / 1.5 = 30, right = (90/2 + 180) / 1.5 = 150
        BufferedImage img = new BufferedImage(3, 3, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                img.getRaster().setSample(x, y, 0, x * 90);
            }
        }
        byte[] px = new byte[2 * 2 * 3];
        SquareResize.centreCropRgb(img, 2, px, 0);
        assertEquals(30, px[0] & 0xFF);
        assertEquals(30, px[2] & 0xFF);            // grey is replicated into R, G and B
        assertEquals(150, px[3] & 0xFF);
        assertEquals(150, px[3 * 3 + 1] & 0xFF);
    }

    @Test
    void enlargingAndOffsets() {
        BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, RED);
        img.setRGB(1, 0, BLUE);
        img.setRGB(0, 1, GREEN);
        img.setRGB(1, 1, 0xFFFFFF);
        byte[] px = new byte[3 + 4 * 4 * 3];
        SquareResize.centreCropRgb(img, 4, px, 3);
        byte[] shifted = java.util.Arrays.copyOfRange(px, 3, px.length);
        assertEquals(RED, rgbAt(shifted, 4, 0, 0));
        assertEquals(BLUE, rgbAt(shifted, 4, 0, 3));
        assertEquals(GREEN, rgbAt(shifted, 4, 3, 0));
        assertEquals(0xFFFFFF, rgbAt(shifted, 4, 3, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> SquareResize.centreCropRgb(img, 4, new byte[10], 0));
        assertThrows(IllegalArgumentException.class, () -> SquareResize.centreCropRgb(img, 0, px, 0));
    }
}
