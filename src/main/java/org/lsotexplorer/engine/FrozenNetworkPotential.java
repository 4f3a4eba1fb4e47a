package org.lsotexplorer.engine;

import org.lsotexplorer.model.MlpSnapshot;

/** A scalar network frozen at one step ({@link MlpSnapshot}) viewed as a potential; thread-safe, no ND4J. */
final class FrozenNetworkPotential implements PotentialField {
    private final String label;
    private final MlpSnapshot network;
    private final String caveat;

    FrozenNetworkPotential(String label, MlpSnapshot network, String caveat) {
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
        return network.forward(points);
    }
}
