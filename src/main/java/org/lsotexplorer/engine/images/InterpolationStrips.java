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
        double[][] codePath = LinearInterpolation.path(codeA, codeB, steps);
        double[][] noisePath = LinearInterpolation.path(noiseA, noiseB, steps);
        ImageTiles latent = e.tiles(e.decodeStandardized(codePath), null);
        ImageTiles noise = e.tiles(e.decodeStandardized(e.sampler().sample(noisePath)), null);
        Optional<BrenierPotential> u = e.sampler().brenierPotential();
        boolean[] crossings = u.map(p -> SingularCrossings.along(p, noisePath, e.sampler().angleThreshold(),
                SUBSTEPS)).orElseGet(() -> new boolean[steps - 1]);
        return new InterpolationStrips(latent, noise, crossings, u.isPresent());
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
