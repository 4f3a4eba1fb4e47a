package org.lsotexplorer.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrincipalPlaneTest {
    private static final double[] STD = {5, 3, 1, 0.5};
    private static final double[] OFFSET = {1, -2, 3, 0.5};
    /** Householder reflection I - 2 v v^T / |v|^2 with v = (1, 2, -1, 3), |v|^2 = 15. */
    private static final double[] V = {1, 2, -1, 3};

    private static double[][] householder() {
        double[][] q = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                q[i][j] = (i == j ? 1 : 0) - 2 * V[i] * V[j] / 15;
            }
        }
        return q;
    }

    /**
     * The 16 corners of the box with half-sides STD (a full factorial design: mean 0 and exactly diagonal sample
     * covariance STD^2 * 16/15), rotated by the Householder matrix and shifted by OFFSET.
     */
    private static double[][] rotatedBox() {
        double[][] q = householder();
        double[][] x = new double[16][4];
        for (int c = 0; c < 16; c++) {
            double[] s = new double[4];
            for (int k = 0; k < 4; k++) {
                s[k] = ((c >> k) & 1) == 1 ? STD[k] : -STD[k];
            }
            for (int i = 0; i < 4; i++) {
                x[c][i] = OFFSET[i];
                for (int k = 0; k < 4; k++) {
                    x[c][i] += q[i][k] * s[k];
                }
            }
        }
        return x;
    }

    private static double sampleVariance(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x / v.length;
        }
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }

    private static double[] column(double[][] rows, int k) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i][k];
        }
        return c;
    }

    @Test
    void axesAreTheRotatedLeadingDirections() {
        PrincipalPlane plane = PrincipalPlane.fit(rotatedBox());
        // Q e1 = (13, -4, 2, -6)/15 (largest entry positive already); Q e2 = (-4, 7, 4, -12)/15 is flipped.
        assertArrayEquals(new double[] {13 / 15.0, -4 / 15.0, 2 / 15.0, -6 / 15.0}, plane.axis(0), 1e-6);
        assertArrayEquals(new double[] {4 / 15.0, -7 / 15.0, -4 / 15.0, 12 / 15.0}, plane.axis(1), 1e-6);
        assertArrayEquals(OFFSET, plane.origin(), 1e-12);
        assertArrayEquals(new double[] {25 * 16 / 15.0, 9 * 16 / 15.0}, plane.axisVariances(), 1e-9);
        assertEquals((25 + 9) / (25 + 9 + 1 + 0.25), plane.explainedFraction(), 1e-12);
        assertEquals(4, plane.dimension());
        assertFalse(plane.isIdentity());
    }

    @Test
    void axisVariancesAreTheSampleVariancesOfTheProjections() {
        SplittableRandom rng = new SplittableRandom(8);
        double[][] x = new double[300][5];
        for (double[] p : x) {
            double a = rng.nextGaussian();
            double b = rng.nextGaussian();
            p[0] = 4 * a + rng.nextGaussian();
            p[1] = 2 * a - 3 * b;
            p[2] = b + 0.3 * rng.nextGaussian();
            p[3] = rng.nextGaussian();
            p[4] = 7 + 0.1 * rng.nextGaussian();
        }
        PrincipalPlane plane = PrincipalPlane.fit(x);
        double[][] xy = plane.project(x);
        double v1 = sampleVariance(column(xy, 0));
        double v2 = sampleVariance(column(xy, 1));
        assertArrayEquals(new double[] {v1, v2}, plane.axisVariances(), 1e-9);
        double total = 0;
        for (int k = 0; k < 5; k++) {
            total += sampleVariance(column(x, k));
        }
        assertEquals((v1 + v2) / total, plane.explainedFraction(), 1e-12);
        double[] e1 = plane.axis(0);
        double[] e2 = plane.axis(1);
        double dot = 0;
        double n1 = 0;
        double n2 = 0;
        for (int k = 0; k < 5; k++) {
            dot += e1[k] * e2[k];
            n1 += e1[k] * e1[k];
            n2 += e2[k] * e2[k];
        }
        assertEquals(0, dot, 1e-12);
        assertEquals(1, n1, 1e-12);
        assertEquals(1, n2, 1e-12);
        // The first axis has the largest variance of any direction (brute force over random directions).
        for (int t = 0; t < 200; t++) {
            double[] u = new double[5];
            double norm = 0;
            for (int k = 0; k < 5; k++) {
                u[k] = rng.nextGaussian();
                norm += u[k] * u[k];
            }
            double[] along = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < 5; k++) {
                    along[i] += x[i][k] * u[k] / Math.sqrt(norm);
                }
            }
            assertTrue(sampleVariance(along) <= v1 + 1e-9);
        }
    }

    @Test
    void projectUndoesLift() {
        PrincipalPlane plane = PrincipalPlane.fit(rotatedBox());
        for (double[] xy : new double[][] {{0, 0}, {1.5, -2}, {-30, 7.25}}) {
            double[] p = plane.lift(xy[0], xy[1]);
            assertEquals(4, p.length);
            assertArrayEquals(xy, plane.project(p), 1e-12);
        }
        assertArrayEquals(OFFSET, plane.lift(0, 0), 1e-12);
    }

    @Test
    void twoDimensionalCodesUseTheIdentityPlane() {
        double[][] x = {{1, 2}, {3, -1}, {0, 0}, {-2, 5}};
        PrincipalPlane plane = PrincipalPlane.fit(x);
        assertTrue(plane.isIdentity());
        assertEquals(1, plane.explainedFraction(), 0);
        for (double[] p : x) {
            assertArrayEquals(p, plane.project(p), 0);
        }
        assertArrayEquals(new double[] {-4, 9}, plane.lift(-4, 9), 0);
        assertArrayEquals(new double[] {sampleVariance(column(x, 0)), sampleVariance(column(x, 1))},
                plane.axisVariances(), 1e-12);
    }

    @Test
    void signConventionMakesTheLargestEntryPositive() {
        double[][] negated = rotatedBox();
        for (double[] p : negated) {
            for (int k = 0; k < 4; k++) {
                p[k] = -p[k];
            }
        }
        PrincipalPlane a = PrincipalPlane.fit(rotatedBox());
        PrincipalPlane b = PrincipalPlane.fit(negated);
        for (int axis = 0; axis < 2; axis++) {
            assertArrayEquals(a.axis(axis), b.axis(axis), 1e-9);
            double[] e = b.axis(axis);
            int peak = 0;
            for (int k = 1; k < 4; k++) {
                if (Math.abs(e[k]) > Math.abs(e[peak])) {
                    peak = k;
                }
            }
            assertTrue(e[peak] > 0);
        }
    }

    @Test
    void rejectsOneDimensionalAndDegenerateInput() {
        assertThrows(IllegalArgumentException.class, () -> PrincipalPlane.fit(new double[][] {{1}, {2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> PrincipalPlane.fit(new double[][] {{1, 2, 3}}));
        assertThrows(IllegalArgumentException.class, () -> PrincipalPlane.fit(new double[0][]));
        PrincipalPlane plane = PrincipalPlane.fit(rotatedBox());
        assertThrows(IllegalArgumentException.class, () -> plane.project(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> plane.axis(2));
    }
}
