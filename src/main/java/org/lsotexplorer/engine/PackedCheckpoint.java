package org.lsotexplorer.engine;

import java.lang.reflect.Array;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Map;
import org.lsotexplorer.model.AdamState;

/**
 * A {@link RunCheckpoint} as the {@link Timeline} keeps it: every float or double array of its solver state
 * (network parameters, Adam moments, collected values) cut into blocks of at most {@value #BLOCK_BYTES} bytes, and
 * joined again by {@link #unpack()} into a checkpoint equal, element for element, to the one packed.
 * <p>Why: the collector (G1) places an array of half a heap region or more (1 MB with the 2 MB regions of a 4 GB
 * heap) in whole regions of its own, so the default discriminator's 2.1 MB parameter vector and each of its two Adam
 * moments took 4 MB apiece: a 256 MB timeline budget held about 500 MB of heap, all of it in the old generation.
 * Blocks are ordinary small objects, so the budget is what the heap holds. Immutable; the blocks are never changed.
 */
final class PackedCheckpoint {
    /** Block size: an eighth of the smallest G1 region (1 MB), far below the half-region humongous limit. */
    static final int BLOCK_BYTES = 128 << 10;

    private record Moments(long step, double learningRate, float[][] first32, float[][] second32,
                           double[][] first64, double[][] second64) {
    }

    private final RunCheckpoint head;
    private final Map<String, float[][]> networks;
    private final Map<String, Moments> optimizers;
    private final Map<String, double[][]> values;

    private PackedCheckpoint(RunCheckpoint c) {
        networks = new LinkedHashMap<>();
        optimizers = new LinkedHashMap<>();
        values = new LinkedHashMap<>();
        SolverCheckpoint s = c.solver();
        s.networks().forEach((name, n) -> networks.put(name, blocks(n.parameters())));
        s.optimizers().forEach((name, a) -> optimizers.put(name, new Moments(a.step(), a.learningRate(),
                blocks(a.first32()), blocks(a.second32()), blocks(a.first64()), blocks(a.second64()))));
        s.values().forEach((name, v) -> values.put(name, blocks(v)));
        SolverCheckpoint.Builder b = new SolverCheckpoint.Builder(s.kind(), s.step(), s.baseStep());
        s.networks().forEach((name, n) -> b.network(name, n.options(), new float[0]));
        s.generators().forEach(b::generatorState);
        s.indices().forEach(b::indices);
        this.head = new RunCheckpoint(c.settings(), c.step(), c.codesChecksum(), b.build(), c.history(), c.parent());
    }

    private PackedCheckpoint(PackedCheckpoint base, RunCheckpoint head) {
        this.networks = base.networks;
        this.optimizers = base.optimizers;
        this.values = base.values;
        this.head = head;
    }

    /**
     * A checkpoint at a later {@code step} of the same run that shares this one's blocks and is reached by replaying
     * {@code step - baseStep} steps from them (the training is deterministic, so the replayed state equals, bit for
     * bit, the state the run had at {@code step}). Valid only while the run's settings are those of this checkpoint.
     */
    PackedCheckpoint replayedTo(int step, List<RunHistory.Row> history) {
        if (step < head.step()) {
            throw new IllegalArgumentException("step " + step + " is before the checkpoint's step " + head.step());
        }
        SolverCheckpoint s = head.solver();
        SolverCheckpoint.Builder b = new SolverCheckpoint.Builder(s.kind(), step, s.baseStep());
        s.networks().forEach((name, n) -> b.network(name, n.options(), n.parameters()));
        s.generators().forEach(b::generatorState);
        s.indices().forEach(b::indices);
        return new PackedCheckpoint(this, new RunCheckpoint(head.settings(), step, head.codesChecksum(), b.build(),
                history, head.parent()));
    }

    /** Whether this checkpoint shares its blocks with {@code other} (one was made from the other by replay). */
    boolean sharesBlocksWith(PackedCheckpoint other) {
        return networks == other.networks;
    }

    RunSettings settings() {
        return head.settings();
    }

    RunParent parent() {
        return head.parent();
    }

    /** Packs {@code c} (its arrays are copied; {@code c} may be dropped afterwards). */
    static PackedCheckpoint pack(RunCheckpoint c) {
        return new PackedCheckpoint(c);
    }

    /** The step the checkpoint stands for. */
    int step() {
        return head.step();
    }

    /** A checkpoint equal to the packed one, with freshly joined arrays. */
    RunCheckpoint unpack() {
        SolverCheckpoint s = head.solver();
        SolverCheckpoint.Builder b = new SolverCheckpoint.Builder(s.kind(), s.step(), s.baseStep());
        s.networks().forEach((name, n) -> b.network(name, n.options(), joinFloats(networks.get(name))));
        optimizers.forEach((name, m) -> b.optimizer(name, new AdamState(m.step(), m.learningRate(),
                joinFloats(m.first32()), joinFloats(m.second32()), joinDoubles(m.first64()),
                joinDoubles(m.second64()))));
        s.generators().forEach(b::generatorState);
        s.indices().forEach(b::indices);
        values.forEach((name, v) -> b.values(name, joinDoubles(v)));
        return new RunCheckpoint(head.settings(), head.step(), head.codesChecksum(), b.build(), head.history(),
                head.parent());
    }

    static float[][] blocks(float[] a) {
        return a == null ? null : cut(a, a.length, BLOCK_BYTES / Float.BYTES, float[]::new, float[][]::new);
    }

    static double[][] blocks(double[] a) {
        return a == null ? null : cut(a, a.length, BLOCK_BYTES / Double.BYTES, double[]::new, double[][]::new);
    }

    static float[] joinFloats(float[][] blocks) {
        return blocks == null ? null : join(blocks, float[]::new);
    }

    static double[] joinDoubles(double[][] blocks) {
        return blocks == null ? null : join(blocks, double[]::new);
    }

    /** {@code a}, a primitive array of {@code length} elements, in blocks of {@code size} (the last shorter). */
    private static <A> A[] cut(A a, int length, int size, IntFunction<A> array, IntFunction<A[]> arrays) {
        A[] out = arrays.apply((length + size - 1) / size);
        for (int i = 0; i < out.length; i++) {
            int from = i * size;
            int n = Math.min(length, from + size) - from;
            out[i] = array.apply(n);
            System.arraycopy(a, from, out[i], 0, n);
        }
        return out;
    }

    private static <A> A join(A[] blocks, IntFunction<A> array) {
        int n = 0;
        for (A b : blocks) {
            n += Array.getLength(b);
        }
        A out = array.apply(n);
        int at = 0;
        for (A b : blocks) {
            int len = Array.getLength(b);
            System.arraycopy(b, 0, out, at, len);
            at += len;
        }
        return out;
    }
}
