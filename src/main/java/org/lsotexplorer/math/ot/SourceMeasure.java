package org.lsotexplorer.math.ot;

import org.lsotexplorer.math.SourceDistribution;

/**
 * The source law {@code mu} in the plane, integrated exactly over convex polygons and segments: what the Laguerre
 * cells of {@link LaguerreCells} need for the semi-discrete gradient, Hessian and transport cost.
 * <p>
 * A polygon is given by {@code count} vertices in counter-clockwise order starting at {@code from} in the arrays.
 * Every polygon handed in lies inside {@link #box()}, outside which {@code mu} has no mass (uniform source) or mass
 * below the smallest positive double (Gaussian, box half-width 40: {@code P(|Z|_inf > 40) < 1e-340}), so cells
 * clipped to the box carry the exact masses of the unbounded cells. Implementations are stateless and thread-safe.
 */
interface SourceMeasure {
    /** {@code mu(P)}. */
    double mass(double[] xs, double[] ys, int from, int count);

    /** {@code int_{[a,b]} rho ds}, the source density integrated along the segment (arc length). */
    double segmentDensity(double ax, double ay, double bx, double by);

    /** {@code int_P |z - y|^2 / 2 d mu(z)}. */
    double cost(double[] xs, double[] ys, int from, int count, double yx, double yy);

    /** The clipping box {@code [-L, L]^2}: its half-width {@code L}. */
    double boxHalfWidth();

    static SourceMeasure of(SourceDistribution source) {
        return source == SourceDistribution.GAUSSIAN ? new GaussianMeasure() : new UniformSquareMeasure();
    }
}
