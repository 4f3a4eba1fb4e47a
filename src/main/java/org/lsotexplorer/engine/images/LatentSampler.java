package org.lsotexplorer.engine.images;

import org.lsotexplorer.math.ot.BrenierPotential;

import java.util.Map;
import java.util.Optional;

/**
 * Makes latent codes from standard Gaussian noise, in the standardized code space: a transport map {@code T}, a
 * WGAN-GP generator {@code G}, or the VAE's prior (the identity). Trained one step at a time.
 */
interface LatentSampler {
    int totalSteps();

    int completedSteps();

    default boolean isDone() {
        return completedSteps() >= totalSteps();
    }

    /** A short name of the current training phase. */
    String phase();

    /** One training step; returns its named losses. */
    Map<String, Double> step();

    /** New standardized codes for noise rows {@code z ~ N(0, I_d)}. */
    double[][] sample(double[][] noise);

    /** The Brenier potential of a transport map (for the singular set), if there is one. */
    default Optional<org.lsotexplorer.engine.TransportSolver> transportSolver() {
        return Optional.empty();
    }

    default Optional<BrenierPotential> brenierPotential() {
        return Optional.empty();
    }

    /** Frees the sampler's networks and solver state now; it must not be used afterwards. Idempotent. */
    default void close() {
    }

    /** The generation rule's angle threshold (radians) of a transport map, else NaN. */
    default double angleThreshold() {
        return Double.NaN;
    }
}
