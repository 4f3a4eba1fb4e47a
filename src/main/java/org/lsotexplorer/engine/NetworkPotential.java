package org.lsotexplorer.engine;

import java.util.function.Function;
import org.lsotexplorer.model.Mlp;
import org.lsotexplorer.model.MlpSnapshot;

/**
 * A scalar network {@code D: R^d -> R} viewed as a potential: either the live ND4J network, evaluated in chunks of
 * 8,192 points on the thread that owns it ({@link #live}), or a frozen plain-Java copy that any thread may evaluate
 * ({@link #frozen}).
 */
record NetworkPotential(String label, String caveat, Function<double[][], double[]> network)
        implements PotentialField {
    private static final int CHUNK = 8192;

    /** The live network; owner thread only. */
    static NetworkPotential live(String label, Mlp network, String caveat) {
        return new NetworkPotential(label, caveat, points -> chunked(network, points));
    }

    /** A copy frozen at one step; thread-safe. */
    static NetworkPotential frozen(String label, MlpSnapshot network, String caveat) {
        return new NetworkPotential(label, caveat, network::forward);
    }

    @Override
    public double[] evaluate(double[][] points) {
        return network.apply(points);
    }

    private static double[] chunked(Mlp network, double[][] points) {
        double[] out = new double[points.length];
        for (int from = 0; from < points.length; from += CHUNK) {
            int to = Math.min(points.length, from + CHUNK);
            double[][] chunk = new double[to - from][];
            System.arraycopy(points, from, chunk, 0, to - from);
            double[] v = NdArrays.values(network, chunk);
            System.arraycopy(v, 0, out, from, v.length);
        }
        return out;
    }
}
