package org.lsotexplorer.engine;

import org.lsotexplorer.math.ot.BrenierPotential;

/**
 * The source-side Kantorovich potential of a Brenier potential as a drawable field (method.md 3.6):
 * {@code phi(z) = min_j (c2(z, y_j) - g_j) = |z|^2/2 - u(z)}. The map follows {@code T(z) = z - grad phi(z)}.
 */
final class KantorovichPotential implements PotentialField {
    private final BrenierPotential brenier;
    private final String label;

    KantorovichPotential(BrenierPotential brenier, String label) {
        this.brenier = brenier;
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public double[] evaluate(double[][] points) {
        double[] out = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = brenier.kantorovich(points[i]);
        }
        return out;
    }
}
