package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColormapTest {
    @Test
    void endpointsAreThePublishedColours() {
        assertEquals(0xFF440154, Colormap.VIRIDIS.argb(0));
        assertEquals(0xFFFDE725, Colormap.VIRIDIS.argb(1));
        assertEquals(0xFF000004, Colormap.MAGMA.argb(0));
        assertEquals(0xFFFCFDBF, Colormap.MAGMA.argb(1));
        assertEquals(0xFF00204D, Colormap.CIVIDIS.argb(0));
        assertEquals(0xFFFFEA46, Colormap.CIVIDIS.argb(1));
    }

    @Test
    void viridisMidpointIsTeal() {
        int mid = Colormap.VIRIDIS.argb(0.5);
        assertTrue(Pixels.distance(mid, 0xFF21918C) <= 6, Pixels.hex(mid));
    }

    @ParameterizedTest
    @EnumSource(Colormap.class)
    void lightnessGrowsMonotonically(Colormap map) {
        // 8-bit entries: neighbours may round to the same colour, but lightness never falls,
        // and it strictly grows over every 4 entries
        for (int i = 1; i < Colormap.SIZE; i++) {
            double l = Lab.lightness(map.lutArgb(i));
            double before = Lab.lightness(map.lutArgb(i - 1));
            assertTrue(l >= before, map + " entry " + i + ": L* " + l + " after " + before);
            if (i >= 4) {
                assertTrue(l > Lab.lightness(map.lutArgb(i - 4)), map + " entry " + i);
            }
        }
        assertTrue(map.lightness(1) - map.lightness(0) > 60, "a sequential map spans most of the lightness range");
    }

    @ParameterizedTest
    @EnumSource(Colormap.class)
    void stepsAreNearlyUniformInLightness(Colormap map) {
        double total = map.lightness(1) - map.lightness(0);
        for (int i = 0; i < 10; i++) {
            double step = map.lightness((i + 1) / 10.0) - map.lightness(i / 10.0);
            assertTrue(step > 0.5 * total / 10 && step < 1.5 * total / 10, map + " step " + i + ": " + step);
        }
    }

    @Test
    void outOfRangeIsClampedAndNanIsTransparent() {
        assertEquals(Colormap.VIRIDIS.argb(0), Colormap.VIRIDIS.argb(-3));
        assertEquals(Colormap.VIRIDIS.argb(1), Colormap.VIRIDIS.argb(7));
        assertEquals(0, Colormap.VIRIDIS.argb(Double.NaN));
        assertEquals(255, Colormap.index(Double.POSITIVE_INFINITY));
        assertEquals(0, Colormap.index(Double.NEGATIVE_INFINITY));
    }

    @Test
    void everyEntryIsOpaqueAndTheTableIsACopy() {
        int[] lut = Colormap.MAGMA.lut();
        assertEquals(256, lut.length);
        for (int c : lut) {
            assertEquals(0xFF, c >>> 24);
        }
        lut[0] = 0;
        assertEquals(0xFF000004, Colormap.MAGMA.argb(0));
    }

    @Test
    void parsesNames() {
        assertEquals(Colormap.CIVIDIS, Colormap.parse(" Cividis "));
        assertThrows(IllegalArgumentException.class, () -> Colormap.parse("jet"));
    }

    @Test
    void labRoundTripsSrgb() {
        for (int argb : new int[] {0xFF000000, 0xFFFFFFFF, 0xFF440154, 0xFF21918C, 0xFFFDE725, 0xFF808080}) {
            double[] lab = Lab.fromArgb(argb);
            assertTrue(Pixels.distance(argb, Lab.toArgb(lab[0], lab[1], lab[2])) <= 1, Pixels.hex(argb));
        }
        assertEquals(100, Lab.lightness(0xFFFFFFFF), 0.01);
        assertEquals(0, Lab.lightness(0xFF000000), 0.01);
    }
}
