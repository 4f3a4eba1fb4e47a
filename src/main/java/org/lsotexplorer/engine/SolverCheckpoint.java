package org.lsotexplorer.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lsotexplorer.math.SplitMix;
import org.lsotexplorer.model.AdamState;
import org.lsotexplorer.model.MlpOptions;

/**
 * What a solver carries from one step to the next, as named plain arrays: networks (shape and float parameters),
 * optimizer states ({@link AdamState}), random generators ({@link SplitMix} states, two longs each), index arrays
 * (a batch permutation) and double arrays (collected pairs). A solver restores it into a freshly built instance of
 * itself ({@link TransportSolver#restore}); the run then takes {@link #replaySteps()} more steps to reach
 * {@link #step()}. {@code baseStep == step} for an exact capture; a solver whose later phases are cheap and
 * deterministic (lsot's refinement, sinkhorn, exact) captures an earlier base and is replayed, which gives the same
 * numbers bit for bit. The maps are unmodifiable and their arrays are never changed after capture.
 *
 * @param kind the solver
 * @param step the step this checkpoint stands for
 * @param baseStep the step the captured arrays belong to ({@code 0 <= baseStep <= step})
 */
public record SolverCheckpoint(SolverKind kind, int step, int baseStep, Map<String, Network> networks,
                               Map<String, AdamState> optimizers, Map<String, long[]> generators,
                               Map<String, int[]> indices, Map<String, double[]> values) {
    /** A network's shape and parameters. */
    public record Network(MlpOptions options, float[] parameters) {
    }

    public SolverCheckpoint {
        if (baseStep < 0 || baseStep > step) {
            throw new IllegalArgumentException("checkpoint base step " + baseStep + " outside 0.." + step);
        }
        networks = Collections.unmodifiableMap(new LinkedHashMap<>(networks));
        optimizers = Collections.unmodifiableMap(new LinkedHashMap<>(optimizers));
        generators = Collections.unmodifiableMap(new LinkedHashMap<>(generators));
        indices = Collections.unmodifiableMap(new LinkedHashMap<>(indices));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A checkpoint that holds nothing: the solver is rebuilt and replayed from step 0 to {@code step}. */
    public static SolverCheckpoint replayFromStart(SolverKind kind, int step) {
        return new Builder(kind, step, 0).build();
    }

    /** Steps to take after restoring to reach {@link #step()}. */
    public int replaySteps() {
        return step - baseStep;
    }

    /** Bytes held by the arrays (for the timeline's memory budget). */
    public long sizeBytes() {
        long b = 256;
        for (Network n : networks.values()) {
            b += 4L * n.parameters().length;
        }
        for (AdamState a : optimizers.values()) {
            b += a.sizeBytes();
        }
        b += 16L * generators.size();
        for (int[] a : indices.values()) {
            b += 4L * a.length;
        }
        for (double[] a : values.values()) {
            b += 8L * a.length;
        }
        return b;
    }

    public Network network(String name) {
        return need(networks, name);
    }

    public AdamState optimizer(String name) {
        return need(optimizers, name);
    }

    /** A new generator in the captured state (each call gives an independent copy). */
    public SplitMix generator(String name) {
        return SplitMix.restore(need(generators, name));
    }

    public int[] indices(String name) {
        return need(indices, name);
    }

    public double[] values(String name) {
        return need(values, name);
    }

    private <T> T need(Map<String, T> m, String name) {
        T t = m.get(name);
        if (t == null) {
            throw new IllegalArgumentException("the " + kind.id() + " checkpoint at step " + step + " has no '" + name
                    + "'; it was written by another version or is damaged");
        }
        return t;
    }

    /** Collects the parts of a checkpoint. */
    public static final class Builder {
        private final SolverKind kind;
        private final int step;
        private final int baseStep;
        private final Map<String, Network> networks = new LinkedHashMap<>();
        private final Map<String, AdamState> optimizers = new LinkedHashMap<>();
        private final Map<String, long[]> generators = new LinkedHashMap<>();
        private final Map<String, int[]> indices = new LinkedHashMap<>();
        private final Map<String, double[]> values = new LinkedHashMap<>();

        public Builder(SolverKind kind, int step, int baseStep) {
            this.kind = kind;
            this.step = step;
            this.baseStep = baseStep;
        }

        public Builder network(String name, MlpOptions options, float[] parameters) {
            networks.put(name, new Network(options, parameters));
            return this;
        }

        public Builder optimizer(String name, AdamState s) {
            optimizers.put(name, s);
            return this;
        }

        public Builder generator(String name, SplitMix g) {
            generators.put(name, g.state());
            return this;
        }

        public Builder generatorState(String name, long[] state) {
            generators.put(name, state.clone());
            return this;
        }

        public Builder indices(String name, int[] a) {
            indices.put(name, a);
            return this;
        }

        public Builder values(String name, double[] a) {
            values.put(name, a);
            return this;
        }

        public SolverCheckpoint build() {
            return new SolverCheckpoint(kind, step, baseStep, networks, optimizers, generators, indices, values);
        }
    }
}
