package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.SemiDiscreteOptions;
import org.lsotexplorer.model.NativeMemory;
import org.junit.jupiter.api.Test;

/**
 * A reset frees the dropped run's ND4J memory at once, not at some later garbage collection. The test keeps a strong
 * reference to every dropped run, so the collector cannot free anything of theirs: the resident set size can only
 * come back to its start if the reset released the off-heap buffers itself. What is measured is the resident set
 * outside the committed heap, so that the heap's own growth does not count. Each run holds a wide discriminator
 * (2 x 1,536 hidden units: 2.4 M float parameters plus their gradient, about 19 MB off-heap) and takes one training
 * step, so the loss's work buffers exist too; 16 resets would keep about 300 MB without the release.
 */
class ResetReleaseTest {
    private static final int RESETS = 16;
    private static final long ALLOWED_GROWTH_BYTES = 100L << 20;

    private static RunSettings wide(long seed, SolverKind kind) {
        LsotOptions l = new LsotOptions(new int[] {1536, 1536}, 1e-4, 0.5, 0.9, 64, 10,
                new SemiDiscreteOptions(5, 1e-2, 512, 4096, 1e-9, 20), 0.4, 0.02);
        CriticRaysOptions c = new CriticRaysOptions(new int[] {1536, 1536}, 1e-4, 0.5, 0.9, 32, 10, 10, 1, 64,
                new int[] {512, 512}, 5, 1e-3);
        return new RunSettings("eight-gaussians", kind, seed, 128, SourceDistribution.GAUSSIAN, l, c, 128,
                EntropicOtOptions.defaults(), 100, 50);
    }

    /** Growth of the resident set over {@link #RESETS} resets, every dropped run kept reachable. */
    private static long growthOverResets(SolverKind kind) {
        List<TransportRun> dropped = new ArrayList<>();
        long[] seed = {1};
        TrainingLoop loop = new TrainingLoop(() -> TransportRun.create(wide(seed[0], kind),
                ToyPreset.EIGHT_GAUSSIANS), () -> 0L);
        cycle(loop, dropped, seed, kind);   // warm-up: allocator pools and the JIT reach their steady size
        cycle(loop, dropped, seed, kind);
        long start = outsideHeap();
        for (int i = 0; i < RESETS; i++) {
            cycle(loop, dropped, seed, kind);
        }
        long growth = outsideHeap() - start;
        System.err.println("DIAG " + kind + " growth MB " + (growth >> 20) + " rss " + (NativeMemory.residentBytes() >> 20));
        assertTrue(dropped.size() == RESETS + 2, "every dropped run is still referenced");
        return growth;
    }

    /**
     * The resident set outside the committed heap, after a collection: the collector cannot free the dropped runs
     * (they are referenced), it only takes the heap's garbage out of the picture.
     */
    private static long outsideHeap() {
        System.gc();
        return NativeMemory.residentOutsideHeapBytes();
    }

    /** One step on the current run, then a reset to the next seed (the old run kept in {@code dropped}). */
    private static void cycle(TrainingLoop loop, List<TransportRun> dropped, long[] seed, SolverKind kind) {
        loop.stepOnce();
        loop.tick();
        dropped.add(loop.run());
        seed[0]++;
        long s = seed[0];
        loop.reset(() -> TransportRun.create(wide(s, kind), ToyPreset.EIGHT_GAUSSIANS));
        loop.tick();
    }

    @Test
    void lsotResetFreesTheDiscriminatorWithoutTheCollector() {
        long growth = growthOverResets(SolverKind.LSOT);
        assertTrue(growth < ALLOWED_GROWTH_BYTES, "resident set grew by " + (growth >> 20) + " MB over " + RESETS
                + " resets of lsot runs (about 19 MB each); the reset must close the dropped run's arrays");
    }

    @Test
    void criticRaysResetFreesBothNetworksWithoutTheCollector() {
        long growth = growthOverResets(SolverKind.CRITIC_RAYS);
        assertTrue(growth < ALLOWED_GROWTH_BYTES, "resident set grew by " + (growth >> 20) + " MB over " + RESETS
                + " resets of critic-rays runs; the reset must close the dropped run's arrays");
    }
}
