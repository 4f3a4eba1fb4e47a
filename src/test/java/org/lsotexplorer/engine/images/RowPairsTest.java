package org.lsotexplorer.engine.images;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RowPairsTest {
    @Test
    void upperRowThenItsLowerRowWithAShortLastRow() {
        List<String> out = RowPairs.interleave(List.of("a", "b", "c", "d", "e"), List.of("A", "B", "C", "D", "E"), 2);
        assertEquals(List.of("a", "b", "A", "B", "c", "d", "C", "D", "e", "E"), out);
    }

    @Test
    void listsOfOtherLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RowPairs.interleave(List.of("a"), List.of(), 2));
        assertThrows(IllegalArgumentException.class, () -> RowPairs.interleave(List.of("a"), List.of("A"), 0));
    }
}
