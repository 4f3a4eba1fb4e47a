package org.lsotexplorer.math.ot;

/**
 * Owen's T function {@code T(h, a) = (1/2pi) int_0^a exp(-h^2 (1+x^2)/2) / (1+x^2) dx}. Substituting
 * {@code x = tan phi} shows its meaning here: {@code T(h, tan phi)} is the standard bivariate normal mass of the
 * part of the sector {@code 0 <= angle <= phi} (angle measured from the foot of the perpendicular) that lies beyond
 * a line at distance {@code h} from the origin; {@link GaussianMeasure} builds polygon masses from it.
 * <p>
 * For {@code |a| <= 1} the integral is evaluated by 12-point Gauss-Legendre rules on pieces no wider than
 * {@code min(0.5, 1.5/h)}, up to where the integrand falls below 1e-19 of its value at 0; for {@code |a| > 1}
 * through {@code T(h,a) + T(ah,1/a) = Q(h)/2 + Q(ah)/2 - Q(h) Q(ah)} (h, a &gt;= 0), which has no cancellation.
 * Odd in {@code a}, even in {@code h}; {@code T(h, +inf) = Q(|h|)/2}. Relative error about 1e-15. Thread-safe.
 */
final class OwensT {
    private static final int ORDER = 12;
    private static final double[] NODES = new double[ORDER];
    private static final double[] WEIGHTS = new double[ORDER];
    private static final double INV_2PI = 1 / (2 * Math.PI);

    static {
        legendreRule(ORDER, NODES, WEIGHTS);
    }

    private OwensT() {
    }

    static double value(double h, double a) {
        h = Math.abs(h);
        if (a < 0) {
            return -value(h, -a);
        }
        if (a == 0 || Double.isNaN(a) || Double.isNaN(h)) {
            return a == 0 ? 0 : Double.NaN;
        }
        if (h == 0) {
            return Math.atan(a) * INV_2PI;
        }
        if (a == Double.POSITIVE_INFINITY) {
            return 0.5 * StandardNormal.upperTail(h);
        }
        if (a <= 1) {
            return quadrature(h, a);
        }
        double ah = a * h;
        double qh = StandardNormal.upperTail(h);
        double qah = StandardNormal.upperTail(ah);
        return 0.5 * qh + 0.5 * qah - qh * qah - value(ah, 1 / a);
    }

    private static double quadrature(double h, double a) {
        double h2 = h * h;
        if (0.5 * h2 > 746) {
            return 0;
        }
        double upper = Math.min(a, 9.4 / h);
        double width = Math.min(0.5, 1.5 / h);
        int pieces = Math.max(1, (int) Math.ceil(upper / width));
        double w = upper / pieces;
        double sum = 0;
        for (int p = 0; p < pieces; p++) {
            double mid = (p + 0.5) * w;
            for (int i = 0; i < ORDER; i++) {
                double x = mid + 0.5 * w * NODES[i];
                double q = 1 + x * x;
                sum += WEIGHTS[i] * Math.exp(-0.5 * h2 * x * x) / q;
            }
        }
        return Math.exp(-0.5 * h2) * 0.5 * w * sum * INV_2PI;
    }

    /** Gauss-Legendre nodes and weights on [-1, 1] by Newton's method on the Legendre polynomial. */
    static void legendreRule(int n, double[] nodes, double[] weights) {
        for (int i = 0; i < n; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = x;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                dp = n * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / dp;
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    break;
                }
            }
            nodes[i] = x;
            weights[i] = 2 / ((1 - x * x) * dp * dp);
        }
    }
}
