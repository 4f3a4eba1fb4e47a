package org.lsotexplorer.math.ot;

/**
 * The standard Gaussian {@code N(0, I_2)} over polygons, in closed form up to Owen's T function.
 * <ul>
 *   <li>Mass: a fan of triangles {@code (0, A, B)} over the edges. The triangle's mass is
 *       {@code |angle AOB|/(2 pi) - [T(c, t_B/c) - T(c, t_A/c)]}, where {@code c} is the distance from the origin to
 *       the line {@code AB} and {@code t_A < t_B} are the positions of {@code A}, {@code B} along it from the foot
 *       of the perpendicular (the bracket is the mass of the sector beyond the line); it is signed by the side of
 *       the line the origin lies on. The terms tend to 0 as {@code c -> 0}, so an origin on an edge is harmless.</li>
 *   <li>Segment density: {@code int rho ds = phi(c) [Phi(t_B) - Phi(t_A)]}.</li>
 *   <li>Moments, by the divergence theorem and {@code grad rho = -z rho}, {@code lap rho = (|z|^2 - 2) rho}:
 *       {@code int_P z rho = -sum_e n_e int_e rho}, {@code int_P |z|^2 rho = 2 mu(P) - sum_e c_e int_e rho} with
 *       outward normals {@code n_e} and signed edge offsets {@code c_e = <A, n_e>}.</li>
 * </ul>
 * Absolute error of a mass about 1e-16 (a few ulps of the largest triangle term).
 */
final class GaussianMeasure implements SourceMeasure {
    static final double BOX = 40;
    private static final double INV_2PI = 1 / (2 * Math.PI);

    @Override
    public double boxHalfWidth() {
        return BOX;
    }

    @Override
    public double mass(double[] xs, double[] ys, int from, int count) {
        double m = 0;
        for (int i = 0; i < count; i++) {
            int a = from + i;
            int b = from + (i + 1) % count;
            m += triangle(xs[a], ys[a], xs[b], ys[b]);
        }
        return Math.max(0, m);
    }

    /** Signed mass of the triangle (0, A, B): positive when it is counter-clockwise. */
    static double triangle(double ax, double ay, double bx, double by) {
        double ex = bx - ax;
        double ey = by - ay;
        double len = Math.hypot(ex, ey);
        if (len == 0) {
            return 0;
        }
        ex /= len;
        ey /= len;
        double c = ax * ey - ay * ex;          // <A, n> with n = (ey, -ex), the outward normal of a ccw polygon
        if (c == 0) {
            return 0;
        }
        double h = Math.abs(c);
        double ta = ax * ex + ay * ey;
        double tb = ta + len;
        double cross = ax * by - ay * bx;
        double dot = ax * bx + ay * by;
        double angle = Math.atan2(Math.abs(cross), dot);
        double beyond = OwensT.value(h, tb / h) - OwensT.value(h, ta / h);
        double t = angle * INV_2PI - beyond;
        return c > 0 ? t : -t;
    }

    @Override
    public double segmentDensity(double ax, double ay, double bx, double by) {
        double ex = bx - ax;
        double ey = by - ay;
        double len = Math.hypot(ex, ey);
        if (len == 0) {
            return 0;
        }
        ex /= len;
        ey /= len;
        double c = ax * ey - ay * ex;
        double ta = ax * ex + ay * ey;
        return StandardNormal.density(c) * StandardNormal.interval(ta, ta + len);
    }

    @Override
    public double cost(double[] xs, double[] ys, int from, int count, double yx, double yy) {
        double m0 = mass(xs, ys, from, count);
        double m1x = 0;
        double m1y = 0;
        double flux = 0;
        for (int i = 0; i < count; i++) {
            int a = from + i;
            int b = from + (i + 1) % count;
            double ex = xs[b] - xs[a];
            double ey = ys[b] - ys[a];
            double len = Math.hypot(ex, ey);
            if (len == 0) {
                continue;
            }
            double nx = ey / len;
            double ny = -ex / len;
            double s = segmentDensity(xs[a], ys[a], xs[b], ys[b]);
            m1x -= nx * s;
            m1y -= ny * s;
            flux += (xs[a] * nx + ys[a] * ny) * s;
        }
        double m2 = 2 * m0 - flux;
        return 0.5 * m2 - (yx * m1x + yy * m1y) + 0.5 * (yx * yx + yy * yy) * m0;
    }
}
