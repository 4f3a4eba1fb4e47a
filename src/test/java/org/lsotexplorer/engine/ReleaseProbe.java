package org.lsotexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.SemiDiscreteOptions;
import org.lsotexplorer.model.NativeMemory;

/**
 * The measuring side of {@link ResetReleaseTest}, run in its own JVM whose heap is fixed and touched up front
 * ({@code -Xms = -Xmx}, {@code -XX:+AlwaysPreTouch}), so that the resident set moves only with memory outside the
 * heap. Builds a run, steps it once, resets it to the next seed, {@code resets} times, keeping a strong reference to
 * every dropped run so that the collector cannot free anything of theirs, and prints
 * {@code <KIND> growth_bytes=<resident set growth over the resets>} for each solver kind asked for.
 *
 * <p>Each run holds a wide network (2 x 1,024 hidden units: 1.05 M float parameters and as many gradients, about
 * 8.4 MB off-heap; critic-rays adds a 512 x 512 ray-length network).
 */
public final class ReleaseProbe {
    private ReleaseProbe() {
    }

    static RunSettings wide(long seed, SolverKind kind) {
        LsotOptions l = new LsotOptions(new int[] {1024, 1024}, 1e-4, 0.5, 0.9, 64, 10,
                new SemiDiscreteOptions(5, 1e-2, 512, 4096, 1e-9, 20), 0.4, 0.02);
        CriticRaysOptions c = new CriticRaysOptions(new int[] {1024, 1024}, 1e-4, 0.5, 0.9, 32, 10, 10, 1, 64,
                new int[] {512, 512}, 5, 1e-3);
        return new RunSettings("eight-gaussians", kind, seed, 128, SourceDistribution.GAUSSIAN, l, c, 128,
                EntropicOtOptions.defaults(), 100, 50);
    }

    /** Arguments: the number of resets, then one or more solver kinds ({@code LSOT}, {@code CRITIC_RAYS}). */
    public static void main(String[] args) {
        int resets = Integer.parseInt(args[0]);
        for (int k = 1; k < args.length; k++) {
            SolverKind kind = SolverKind.valueOf(args[k]);
            List<TransportRun> dropped = new ArrayList<>();
            long[] seed = {1};
            TrainingLoop loop = new TrainingLoop(() -> TransportRun.create(wide(seed[0], kind),
                    ToyPreset.EIGHT_GAUSSIANS), () -> 0L);
            for (int i = 0; i < 2; i++) {
                cycle(loop, dropped, seed, kind);   // warm-up: the allocator's pools and the JIT settle
            }
            long start = NativeMemory.residentBytes();
            for (int i = 0; i < resets; i++) {
                cycle(loop, dropped, seed, kind);
            }
            long growth = NativeMemory.residentBytes() - start;
            System.out.println(kind + " dropped_runs_referenced=" + dropped.size());
            System.out.println(kind + " growth_bytes=" + growth);
            loop.stop();
            loop.tick();
        }
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
}
