package org.lsotexplorer.engine.images;

import org.lsotexplorer.math.LinearInterpolation;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.math.ot.SingularCrossings;

import java.util.Optional;

/**
 * Two strips of decoded images, shown one above the other: the straight line between two codes in the latent
 * space, and the straight line between two noise vectors pushed through the map. For a transport map with a
 * Brenier potential, segment {@code i} of the noise strip (between images {@code i} and {@code i + 1}) is marked when
 * it crosses the singular set, where the map tears between modes.
 *
 * @param latent           decoded latent-space interpolation
 * @param noise            decoded {@code T(noise)} interpolation
 * @param noiseCrossings   one entry per segment of the noise strip
 * @param crossingsKnown   whether the map has a singular set to test (transport maps); false for the baselines
 */
public record InterpolationStrips(ImageTiles latent, ImageTiles noise, boolean[] noiseCrossings,
                                  boolean crossingsKnown) {
    /** Sub-steps per segment when walking it for cell changes. */
    static final int SUBSTEPS = 24;

    static InterpolationStrips compute(ImageExperiment e, double[] codeA, double[] codeB, double[] noiseA,
            double[] noiseB, int steps) {
        return of(std -> e.tiles(e.decodeStandardized(std), null), e.sampler(), codeA, codeB, noiseA, noiseB, steps);
    }

    /**
     * The strips for any way of showing standardized codes as images ({@code show}) and any sampler.
     */
    static InterpolationStrips of(java.util.function.Function<double[][], ImageTiles> show, LatentSampler sampler,
            double[] codeA, double[] codeB, double[] noiseA, double[] noiseB, int steps) {
        double[][] codePath = LinearInterpolation.path(codeA, codeB, steps);
        double[][] noisePath = LinearInterpolation.path(noiseA, noiseB, steps);
        ImageTiles latent = show.apply(codePath);
        ImageTiles noise = show.apply(sampler.sample(noisePath));
        boolean[] crossings = crossings(sampler, noisePath);
        return new InterpolationStrips(latent, noise, crossings, sampler.brenierPotential().isPresent());
    }

    /** Singular-set crossings of each segment of a noise path (all false without a Brenier potential). */
    static boolean[] crossings(LatentSampler sampler, double[][] noisePath) {
        Optional<BrenierPotential> u = sampler.brenierPotential();
        return u.map(p -> SingularCrossings.along(p, noisePath, sampler.angleThreshold(), SUBSTEPS))
                .orElseGet(() -> new boolean[noisePath.length - 1]);
    }

    /** Whether any segment of the noise strip crosses the singular set. */
    public boolean crossesSingularSet() {
        for (boolean b : noiseCrossings) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** Per-tile markers for the noise strip: tiles on either side of a crossing get {@code argb}, others 0. */
    public int[] noiseMarkers(int argb) {
        int[] m = new int[noise.count()];
        for (int i = 0; i < noiseCrossings.length; i++) {
            if (noiseCrossings[i]) {
                m[i] = argb;
                m[i + 1] = argb;
            }
        }
        return m;
    }
}
