package org.lsotexplorer.engine;

import org.lsotexplorer.model.Mlp;

/** A scalar network {@code D: R^d -> R} viewed as a potential, evaluated in chunks of 8,192 points. */
final class NetworkPotential implements PotentialField {
    private static final int CHUNK = 8192;
    private final String label;
    private final Mlp network;
    private final String caveat;

    NetworkPotential(String label, Mlp network, String caveat) {
        this.label = label;
        this.network = network;
        this.caveat = caveat;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String caveat() {
        return caveat;
    }

    @Override
    public double[] evaluate(double[][] points) {
        double[] out = new double[points.length];
        for (int from = 0; from < points.length; from += CHUNK) {
            int to = Math.min(points.length, from + CHUNK);
            double[][] chunk = new double[to - from][];
            System.arraycopy(points, from, chunk, 0, to - from);
            double[] v = NdArrays.flat(network.forward(NdArrays.matrix(chunk)));
            System.arraycopy(v, 0, out, from, v.length);
        }
        return out;
    }
}
