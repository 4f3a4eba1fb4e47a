package org.lsotexplorer.engine.images;

import org.lsotexplorer.engine.BrenierState;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.BrenierPotential;

import java.util.Optional;

/**
 * A trained transport map read back from a run folder: the Brenier potential {@code u(z) = max_j <z,s_j> + h_j}
 * over the standardized codes and the generation rule the run used (lsot: blended across facets whose normals are
 * closer than the angle threshold; exact: the plain argmax). It maps noise exactly as the solver did when the run
 * was saved, and has nothing left to train.
 */
final class SavedMapSampler implements FixedSampler {
    private final BrenierState state;
    private final double crossingThreshold;

    /**
     * @param mapThreshold      the lsot generation rule's threshold (radians), or NaN for the plain argmax map
     * @param blendWidth        the lsot blend width (ignored for the plain map)
     * @param crossingThreshold the threshold of the singular set that interpolation strips mark (the run's lsot
     *                          setting, for the exact map too)
     */
    SavedMapSampler(BrenierPotential u, double mapThreshold, double blendWidth, double crossingThreshold) {
        this.state = new BrenierState(u, "phi(z) = min_j c2(z,y_j) - g_j", mapThreshold, blendWidth, null,
                SourceDistribution.GAUSSIAN, null);
        this.crossingThreshold = crossingThreshold;
    }

    @Override
    public String phase() {
        return "saved map";
    }

    @Override
    public double[][] sample(double[][] noise) {
        return state.map(noise);
    }

    @Override
    public Optional<BrenierPotential> brenierPotential() {
        return Optional.of(state.u());
    }

    @Override
    public double angleThreshold() {
        return crossingThreshold;
    }
}
