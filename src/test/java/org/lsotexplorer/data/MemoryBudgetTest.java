package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    private static final long MB = 1024 * 1024;

    @Test
    void refusesMnistInATinyHeapWithAClearMessage() {
        MemoryBudget tiny = MemoryBudget.fixed(256 * MB, 156 * MB);
        DatasetTooLargeException e = assertThrows(DatasetTooLargeException.class,
                () -> tiny.require("MNIST train", 60_000, 28, 28, 1));
        String m = e.getMessage();
        // 47,040,000 bytes x 5 = 235,200,000 bytes = 224 MB
        assertTrue(m.startsWith("MNIST train at 60,000 x 28 x 28 needs about 224 MB"), m);
        assertTrue(m.contains("45 MB of pixels x 5"), m);
        assertTrue(m.contains("the heap has 100 MB free of 256 MB"), m);
        assertTrue(m.contains("start the app with -Xmx512m or more"), m);
        assertEquals(235_200_000L, e.neededBytes());
        assertEquals(100 * MB, e.freeBytes());
    }

    @Test
    void acceptsWhatFits() {
        MemoryBudget big = MemoryBudget.fixed(4096 * MB, 100 * MB);
        assertDoesNotThrow(() -> big.require("MNIST train", 60_000, 28, 28, 1));
        assertTrue(big.fits(5_000, 64, 64, 3));
        assertFalse(big.fits(200_000, 64, 64, 3));
        assertEquals(3 * 2 * 2 * 3, big.withOverheadFactor(1).estimateBytes(3, 2, 2, 3));
    }

    @Test
    void rgbDimensionsAppearInTheMessage() {
        DatasetTooLargeException e = assertThrows(DatasetTooLargeException.class,
                () -> MemoryBudget.fixed(10 * MB, 0).require("faces", 5_000, 64, 64, 3));
        assertTrue(e.getMessage().startsWith("faces at 5,000 x 64 x 64 x 3 needs about 293 MB"), e.getMessage());
    }

    @Test
    void xmxSuggestionRoundsUpWithHeadroom() {
        assertEquals("-Xmx256m", MemoryBudget.suggestXmx(10 * MB));
        assertEquals("-Xmx1g", MemoryBudget.suggestXmx(800 * MB));
        assertEquals("-Xmx1280m", MemoryBudget.suggestXmx(1000 * MB));
    }

    @Test
    void runtimeBudgetAndValidation() {
        MemoryBudget rt = MemoryBudget.ofRuntime();
        assertTrue(rt.freeBytes() > 0);
        assertDoesNotThrow(() -> rt.require("tiny", 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> rt.withOverheadFactor(0.5));
        assertThrows(IllegalArgumentException.class, () -> rt.withOverheadFactor(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> rt.estimateBytes(1, 0, 1, 1));
    }
}
