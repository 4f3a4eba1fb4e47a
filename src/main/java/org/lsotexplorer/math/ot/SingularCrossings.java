package org.lsotexplorer.math.ot;

import org.lsotexplorer.math.LinearInterpolation;

/**
 * Where an interpolation path crosses the singular set of a {@link BrenierPotential} (method.md 3.1): two
 * neighbouring cells {@code a != b} whose supporting-plane normals meet at an angle of at least the threshold are
 * not blended, and the facet between them is a tear of the map. A path segment that steps across such a facet
 * jumps between codes instead of moving continuously; this class marks those segments.
 */
public final class SingularCrossings {
    private SingularCrossings() {
    }

    /**
     * For each segment {@code path[i] -> path[i+1]}, whether it crosses the singular set. The segment is walked in
     * {@code substeps} equal sub-steps (sub-points {@code path[i] + (s/substeps)(path[i+1] - path[i])},
     * {@code s = 0..substeps}); it is marked when some consecutive pair of sub-points lies in cells
     * {@code a != b} with {@code u.normalAngle(a, b) >= angleThreshold}. Cells narrower than a sub-step can be
     * missed; more sub-steps resolve them.
     *
     * @param path           at least one point, each of the potential's dimension
     * @param angleThreshold radians, finite and {@code >= 0}
     * @param substeps       {@code >= 1}
     * @return {@code path.length - 1} flags, entry {@code i} for segment {@code i}
     * @throws IllegalArgumentException for an empty path, a point of the wrong dimension, a negative or
     *                                  non-finite threshold, or {@code substeps < 1}
     */
    public static boolean[] along(BrenierPotential u, double[][] path, double angleThreshold, int substeps) {
        if (path == null || path.length == 0) {
            throw new IllegalArgumentException("the path is empty");
        }
        if (!(angleThreshold >= 0) || !Double.isFinite(angleThreshold)) {
            throw new IllegalArgumentException("angle threshold must be finite and >= 0, got " + angleThreshold);
        }
        if (substeps < 1) {
            throw new IllegalArgumentException("substeps must be >= 1, got " + substeps);
        }
        boolean[] crossed = new boolean[path.length - 1];
        int previous = u.cellOf(path[0]);
        for (int i = 0; i + 1 < path.length; i++) {
            for (int s = 1; s <= substeps; s++) {
                double[] z = s == substeps ? path[i + 1]
                        : LinearInterpolation.at(path[i], path[i + 1], (double) s / substeps);
                int cell = u.cellOf(z);
                if (cell != previous && u.normalAngle(previous, cell) >= angleThreshold) {
                    crossed[i] = true;
                }
                previous = cell;
            }
        }
        return crossed;
    }
}
