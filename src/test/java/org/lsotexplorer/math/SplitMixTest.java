package org.lsotexplorer.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SplitMix against the JDK's SplittableRandom (the reference), and its state round trip. */
class SplitMixTest {
    @Test
    void drawsWhatSplittableRandomDraws() {
        for (long seed : new long[] {0, 1, -7, 123456789L}) {
            SplittableRandom ref = new SplittableRandom(seed);
            SplitMix ours = new SplitMix(seed);
            for (int i = 0; i < 2000; i++) {
                switch (i % 6) {
                    case 0 -> assertEquals(ref.nextLong(), ours.nextLong());
                    case 1 -> assertEquals(ref.nextInt(), ours.nextInt());
                    case 2 -> assertEquals(ref.nextInt(1 + i), ours.nextInt(1 + i));
                    case 3 -> assertEquals(ref.nextDouble(), ours.nextDouble());
                    case 4 -> assertEquals(ref.nextGaussian(), ours.nextGaussian());
                    default -> assertEquals(ref.nextInt(3, 1_000_003), ours.nextInt(3, 1_000_003));
                }
            }
            SplittableRandom refChild = ref.split();
            SplitMix child = ours.split();
            for (int i = 0; i < 100; i++) {
                assertEquals(refChild.nextLong(), child.nextLong());
                assertEquals(ref.nextDouble(), ours.nextDouble());
            }
        }
    }

    @Test
    void restoredStateContinuesTheSameStream() {
        SplitMix a = new SplitMix(42).split();
        for (int i = 0; i < 37; i++) {
            a.nextGaussian();
        }
        SplitMix b = SplitMix.restore(a.state());
        SplitMix c = a.copy();
        for (int i = 0; i < 100; i++) {
            double x = a.nextDouble();
            assertEquals(x, b.nextDouble());
            assertEquals(x, c.nextDouble());
        }
        assertThrows(IllegalArgumentException.class, () -> SplitMix.restore(new long[] {1, 2}));
    }
}
