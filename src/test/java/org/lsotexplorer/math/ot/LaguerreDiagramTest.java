package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.SourceDistribution;

/** Exact cell masses against closed forms and Monte-Carlo, the Hessian against finite differences. */
class LaguerreDiagramTest {
    private static final SourceDistribution G = SourceDistribution.GAUSSIAN;
    private static final SourceDistribution U = SourceDistribution.UNIFORM;

    @Test
    void twoCodesSymmetricAboutALineThroughTheOriginGetHalfEach() {
        double[][] codes = {{1, 2}, {1, -2}};
        LaguerreDiagram d = LaguerreDiagram.compute(codes, new double[2], null, G);
        assertEquals(0.5, d.mass(0), 1e-15);
        assertEquals(0.5, d.mass(1), 1e-15);
        double c = 0.6;
        double s = 0.8;
        double[][] rotated = {{c * 3 - s * 1, s * 3 + c * 1}, {c * 3 + s * 1, s * 3 - c * 1}};
        LaguerreDiagram r = LaguerreDiagram.compute(rotated, new double[2], null, G);
        assertEquals(0.5, r.mass(0), 1e-15);
        assertEquals(0.5, r.mass(1), 1e-15);
    }

    @Test
    void aFarCodeGetsTheGaussianTail() {
        for (double angle : new double[] {0, 0.3, 2.0, -1.2}) {
            double[][] codes = {{0, 0}, {5 * Math.cos(angle), 5 * Math.sin(angle)}};
            double[] voronoi = {0, -12.5};                   // boundary at distance 2.5 from the origin
            LaguerreDiagram d = LaguerreDiagram.compute(codes, voronoi, null, G);
            double tail = 0.0062096653257761351670;          // Q(2.5), mpmath
            assertEquals(tail, d.mass(1), 2e-16, "angle " + angle);
            assertEquals(1 - tail, d.mass(0), 1e-15);
        }
    }

    @Test
    void quadrantsAroundTheOriginGetAQuarterEach() {
        double[][] codes = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        LaguerreDiagram d = LaguerreDiagram.compute(codes, new double[4], null, G);
        for (int j = 0; j < 4; j++) {
            assertEquals(0.25, d.mass(j), 1e-15);
            assertEquals(2, d.neighbours(j).length);
        }
    }

    @Test
    void gaussianMassesAgreeWithMonteCarloWithinItsNoise() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 12;
        double[][] codes = new double[n][];
        double[] h = new double[n];
        for (int j = 0; j < n; j++) {
            codes[j] = new double[] {2 * rng.nextGaussian(), 2 * rng.nextGaussian()};
            h[j] = 0.5 * rng.nextGaussian();
        }
        LaguerreDiagram d = LaguerreDiagram.compute(codes, h, null, G);
        int samples = 2_000_000;
        int[] counts = new BrenierPotential(codes, h).cellCounts(G.sample(samples, 2, new SplittableRandom(8)));
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double p = d.mass(j);
            double sigma = Math.sqrt(p * (1 - p) / samples);
            assertEquals(p, (double) counts[j] / samples, 5 * sigma + 1e-7, "cell " + j);
            sum += p;
        }
        assertEquals(1, sum, 1e-14);
    }

    @Test
    void uniformCellAreasSumToFour() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 200;
        double[][] codes = new double[n][];
        double[] h = new double[n];
        for (int j = 0; j < n; j++) {
            codes[j] = new double[] {3 * rng.nextDouble() - 1.5, 3 * rng.nextDouble() - 1.5};
            h[j] = 0.1 * rng.nextGaussian();
        }
        LaguerreDiagram d = LaguerreDiagram.compute(codes, h, null, U);
        double area = 0;
        for (int j = 0; j < n; j++) {
            area += 4 * d.mass(j);
        }
        assertEquals(4, area, 1e-12);
        LaguerreDiagram halves = LaguerreDiagram.compute(new double[][] {{0.5, 0}, {-0.5, 0}}, new double[2], null, U);
        assertEquals(0.5, halves.mass(0), 1e-16);
        // each half: (1/4) int (|x - 0.5|^2 + y^2) / 2 over [0,1] x [-1,1] = (1/4)(1/6 + 2/3)/2 = 5/48
        assertEquals(10.0 / 48, halves.transportCost(), 1e-15);
    }

    @Test
    void transportCostOfOneCodeIsHalfTheSecondMoment() {
        LaguerreDiagram d = LaguerreDiagram.compute(new double[][] {{0.3, -0.4}}, new double[1], null, G);
        assertEquals(1, d.mass(0), 1e-15);
        assertEquals(1 + 0.125, d.transportCost(), 1e-14);     // (E|z|^2 + |y|^2) / 2 = (2 + 0.25) / 2
    }

    @Test
    void hessianMatchesFiniteDifferencesOfTheExactGradient() {
        for (SourceDistribution source : new SourceDistribution[] {G, U}) {
            int n = 25;
            double[][] codes = gaussianCodes(new SplittableRandom(11), n, 1);
            double[] h = voronoiHeights(codes);
            LaguerreDiagram d = LaguerreDiagram.compute(codes, h, null, source);
            CellLaplacian hess = new CellLaplacian(d);
            double step = 1e-6;
            for (int k = 0; k < n; k++) {
                double[] hp = h.clone();
                double[] hm = h.clone();
                hp[k] += step;
                hm[k] -= step;
                LaguerreDiagram dp = d.withHeights(hp);
                LaguerreDiagram dm = d.withHeights(hm);
                for (int j = 0; j < n; j++) {
                    double fd = (dp.mass(j) - dm.mass(j)) / (2 * step);
                    assertEquals(fd, hess.entry(j, k), 1e-7, source + " H[" + j + "][" + k + "]");
                }
            }
        }
    }

    @Test
    void warmStartedCellsAfterLongStepsEqualFullyCertifiedOnes() {
        for (SourceDistribution source : new SourceDistribution[] {G, U}) {
            SplittableRandom rng = new SplittableRandom(21);
            int n = 200;
            double[][] codes = gaussianCodes(rng, n, 1.5);
            double[] h = voronoiHeights(codes);
            LaguerreDiagram d = LaguerreDiagram.compute(codes, h, null, source);
            for (double jump : new double[] {0.01, 0.3, 3}) {       // small steps to ones that empty many cells
                double[] next = h.clone();
                for (int j = 0; j < n; j++) {
                    next[j] += jump * rng.nextGaussian();
                }
                LaguerreDiagram warm = d.withHeights(next);
                LaguerreDiagram trial = d.trialWithHeights(next);
                LaguerreDiagram certified = warm.certified();
                assertTrue(certified.isCertified());
                for (int j = 0; j < n; j++) {
                    String where = source + " jump " + jump + " cell " + j;
                    assertEquals(certified.mass(j), warm.mass(j), 1e-15, where);
                    assertEquals(certified.mass(j), trial.exact().mass(j), 1e-15, where);
                    assertTrue(trial.mass(j) >= certified.mass(j) - 1e-15, where + ": a trial mass is an upper bound");
                }
                d = warm;
                h = next;
            }
        }
    }

    @Test
    void duplicateCodesAreRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaguerreDiagram.compute(new double[][] {{1, 2}, {0, 0}, {1, 2}}, new double[3], null, G));
        assertTrue(e.getMessage().contains("codes 0 and 2 coincide"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LaguerreDiagram.compute(new double[][] {{1, 2, 3}}, new double[1], null, G));
    }

    @Test
    void polygonsClipToADrawingBox() {
        LaguerreDiagram d = LaguerreDiagram.compute(new double[][] {{1, 0}, {-1, 0}}, new double[2], null, G);
        double[][] p = d.polygon(0, -2, 2, -1, 1);
        double area = 0;
        for (int i = 0; i < p.length; i++) {
            double[] a = p[i];
            double[] b = p[(i + 1) % p.length];
            area += a[0] * b[1] - a[1] * b[0];
        }
        assertEquals(4, area / 2, 1e-12);                      // [0,2] x [-1,1]
    }

    private static double[][] gaussianCodes(SplittableRandom rng, int n, double scale) {
        double[][] codes = new double[n][];
        for (int j = 0; j < n; j++) {
            codes[j] = new double[] {scale * rng.nextGaussian(), scale * rng.nextGaussian()};
        }
        return codes;
    }

    /** {@code h_j = -|y_j|^2 / 2}: the Voronoi cells of the codes. */
    private static double[] voronoiHeights(double[][] codes) {
        double[] h = new double[codes.length];
        for (int j = 0; j < h.length; j++) {
            h[j] = -0.5 * (codes[j][0] * codes[j][0] + codes[j][1] * codes[j][1]);
        }
        return h;
    }
}
