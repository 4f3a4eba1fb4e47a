package org.lsotexplorer.render;

/**
 * Conversions between sRGB (D65) and CIELAB, used to interpolate colour maps in a perceptually uniform space
 * and to measure their lightness {@code L*} (0 = black, 100 = white).
 *
 * <p>sRGB components are in [0, 1]; out-of-gamut results of {@link #toArgb} are clamped channel by channel.
 */
final class Lab {
    private static final double XN = 0.95047;
    private static final double YN = 1.0;
    private static final double ZN = 1.08883;
    private static final double[][] RGB_TO_XYZ = {
        {0.4124564, 0.3575761, 0.1804375},
        {0.2126729, 0.7151522, 0.0721750},
        {0.0193339, 0.1191920, 0.9503041}};
    private static final double[][] XYZ_TO_RGB = invert(RGB_TO_XYZ);
    private static final double DELTA = 6.0 / 29.0;

    private Lab() {
    }

    /** {@code {L*, a*, b*}} of an ARGB colour (alpha ignored). */
    static double[] fromArgb(int argb) {
        double r = toLinear(((argb >> 16) & 0xFF) / 255.0);
        double g = toLinear(((argb >> 8) & 0xFF) / 255.0);
        double b = toLinear((argb & 0xFF) / 255.0);
        double[] xyz = multiply(RGB_TO_XYZ, r, g, b);
        double fx = f(xyz[0] / XN);
        double fy = f(xyz[1] / YN);
        double fz = f(xyz[2] / ZN);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** The opaque ARGB colour of a CIELAB triple (clamped to the sRGB gamut). */
    static int toArgb(double l, double a, double b) {
        double[] c = toSrgb(l, a, b);
        return Blend.rgb((int) Math.round(255 * c[0]), (int) Math.round(255 * c[1]), (int) Math.round(255 * c[2]));
    }

    /** Gamma-encoded sRGB components in [0, 1] (clamped) of a CIELAB triple. */
    static double[] toSrgb(double l, double a, double b) {
        double fy = (l + 16) / 116;
        double fx = fy + a / 500;
        double fz = fy - b / 200;
        double[] rgb = multiply(XYZ_TO_RGB, XN * fInverse(fx), YN * fInverse(fy), ZN * fInverse(fz));
        for (int i = 0; i < 3; i++) {
            rgb[i] = toGamma(Math.max(0, Math.min(1, rgb[i])));
        }
        return rgb;
    }

    /** Squared CIELAB distance (CIE76 Delta E squared) between two colours. */
    static double distanceSquared(double[] lab, int argb) {
        double[] o = fromArgb(argb);
        double dl = lab[0] - o[0];
        double da = lab[1] - o[1];
        double db = lab[2] - o[2];
        return dl * dl + da * da + db * db;
    }

    /** CIELAB lightness {@code L*} of an ARGB colour. */
    static double lightness(int argb) {
        return fromArgb(argb)[0];
    }

    private static double toLinear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double toGamma(double c) {
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }

    private static double f(double t) {
        return t > DELTA * DELTA * DELTA ? Math.cbrt(t) : t / (3 * DELTA * DELTA) + 4.0 / 29.0;
    }

    private static double fInverse(double t) {
        return t > DELTA ? t * t * t : 3 * DELTA * DELTA * (t - 4.0 / 29.0);
    }

    private static double[] multiply(double[][] m, double x, double y, double z) {
        return new double[] {
            m[0][0] * x + m[0][1] * y + m[0][2] * z,
            m[1][0] * x + m[1][1] * y + m[1][2] * z,
            m[2][0] * x + m[2][1] * y + m[2][2] * z};
    }

    private static double[][] invert(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] inv = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int r0 = (j + 1) % 3;
                int r1 = (j + 2) % 3;
                int c0 = (i + 1) % 3;
                int c1 = (i + 2) % 3;
                inv[i][j] = (m[r0][c0] * m[r1][c1] - m[r0][c1] * m[r1][c0]) / det;
            }
        }
        return inv;
    }
}
