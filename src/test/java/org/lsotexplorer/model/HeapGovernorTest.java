package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The governor's rule on a simulated heap: collect above the ceiling, not twice within the gap, back off. */
class HeapGovernorTest {
    private static final long MB = 1L << 20;
    private static final long SECOND = 1_000_000_000L;

    /** A heap whose committed size the test sets; a collection shrinks it to {@code live * 1.4}. */
    private static final class FakeHeap {
        long committed;
        long live;
        long now;
        int collections;
        final List<String> lines = new ArrayList<>();

        void collect() {
            collections++;
            committed = live + live * 2 / 5;
            now += SECOND / 4;   // the pause
        }

        HeapGovernor governor() {
            return new HeapGovernor(768 * MB, 20 * SECOND, () -> committed, () -> now, this::collect, lines::add);
        }
    }

    @Test
    void collectsOnlyAboveTheCeiling() {
        FakeHeap heap = new FakeHeap();
        HeapGovernor g = heap.governor();
        heap.live = 300 * MB;
        heap.committed = 768 * MB;
        assertFalse(g.tick(), "at the ceiling nothing happens");
        heap.committed = 1212 * MB;
        assertTrue(g.tick());
        assertEquals(1, heap.collections);
        assertEquals(420 * MB, heap.committed);
        assertEquals(768 * MB, g.ceiling(), "a small live set keeps the base ceiling");
        assertEquals(1, heap.lines.size());
        assertTrue(heap.lines.get(0).contains("1212 MB committed, above the 768 MB ceiling")
                && heap.lines.get(0).contains("left 420 MB"), heap.lines.get(0));
    }

    @Test
    void waitsTheGapBetweenCollections() {
        FakeHeap heap = new FakeHeap();
        HeapGovernor g = heap.governor();
        heap.live = 300 * MB;
        heap.committed = 1000 * MB;
        assertTrue(g.tick());
        heap.committed = 1000 * MB;
        heap.now += 19 * SECOND;
        assertFalse(g.tick(), "19 s after the last collection");
        heap.now += 2 * SECOND;
        assertTrue(g.tick(), "21 s after");
        assertEquals(2, heap.collections);
    }

    @Test
    void aLargeLiveSetRaisesTheCeilingAndASmallOneLowersIt() {
        FakeHeap heap = new FakeHeap();
        HeapGovernor g = heap.governor();
        heap.live = 1000 * MB;   // an image run really holds a gigabyte
        heap.committed = 2000 * MB;
        assertTrue(g.tick());
        assertEquals(1400 * MB, heap.committed);
        assertEquals(2100 * MB, g.ceiling(), "1.5 x what the collection left");
        heap.now += 60 * SECOND;
        heap.committed = 2000 * MB;
        assertFalse(g.tick(), "below the raised ceiling: no collection again and again");
        heap.live = 200 * MB;    // the image window closed
        heap.committed = 2200 * MB;
        assertTrue(g.tick());
        assertEquals(768 * MB, g.ceiling(), "back to the base");
        assertTrue(heap.lines.get(1).contains("ceiling now 768 MB"), heap.lines.get(1));
    }

    @Test
    void refusesANonPositiveCeiling() {
        assertThrows(IllegalArgumentException.class, () -> new HeapGovernor(0, 1, () -> 0, () -> 0, () -> { }, s -> { }));
    }
}
