package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.PointClouds;
import org.lsotexplorer.math.metrics.MapAgreement;

/** The exact map on the probe points against brute force, and its read-outs against the formulas by hand. */
class ExactProbeMapTest {
    private static double[][] cloud(int n, long seed, double shift) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[] {r.nextGaussian() + shift, r.nextGaussian() - shift};
        }
        return p;
    }

    private static double cost(double[][] z, double[][] y, int[] perm) {
        double c = 0;
        for (int i = 0; i < z.length; i++) {
            double dx = z[i][0] - y[perm[i]][0];
            double dy = z[i][1] - y[perm[i]][1];
            c += (dx * dx + dy * dy) / 2;
        }
        return c;
    }

    /** The smallest cost over all permutations (m! of them). */
    private static double bruteForce(double[][] z, double[][] y, int[] perm, int k) {
        if (k == perm.length) {
            return cost(z, y, perm);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = k; i < perm.length; i++) {
            int t = perm[k];
            perm[k] = perm[i];
            perm[i] = t;
            best = Math.min(best, bruteForce(z, y, perm, k + 1));
            perm[i] = perm[k];
            perm[k] = t;
        }
        return best;
    }

    @Test
    void theMapIsTheCheapestPairingOfTheFirstMProbePointsAndCodes() {
        double[][] probe = cloud(10, 1, 0);
        double[][] codes = cloud(12, 2, 1.5);
        int m = 7;
        ExactProbeMap map = ExactProbeMap.solve(probe, codes, m);
        assertEquals(m, map.size());
        double[][] y = PointClouds.slice(codes, 0, m);
        int[] used = new int[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            assertSame(probe[i], map.probe()[i], "the first m probe points, in order");
            int j = indexOf(y, map.images()[i]);
            used[j]++;
            total += (Math.pow(probe[i][0] - y[j][0], 2) + Math.pow(probe[i][1] - y[j][1], 2)) / 2;
        }
        for (int u : used) {
            assertEquals(1, u, "a permutation of the first m codes");
        }
        int[] perm = new int[m];
        for (int i = 0; i < m; i++) {
            perm[i] = i;
        }
        assertEquals(bruteForce(PointClouds.slice(probe, 0, m), y, perm, 0), total, 1e-12);
        assertEquals(PointClouds.totalVariance(y), map.targetVariance(), 1e-15);
    }

    private static int indexOf(double[][] ys, double[] y) {
        for (int j = 0; j < ys.length; j++) {
            if (ys[j][0] == y[0] && ys[j][1] == y[1]) {
                return j;
            }
        }
        throw new AssertionError("image is not one of the first m codes");
    }

    @Test
    void readOutsFollowTheFormulas() {
        double[][] probe = cloud(5, 3, 0);
        double[][] codes = cloud(5, 4, 2);
        ExactProbeMap map = ExactProbeMap.solve(probe, codes, 5);
        MapAgreement same = map.agreement(map.images());
        assertEquals(0, same.l2Uvp(), 0);
        assertEquals(1, same.cosine(), 1e-12);
        assertEquals(5, same.points());
        // a learned map that misses every exact image by (0.1, -0.2)
        double[][] learned = new double[5][];
        double cos = 0;
        for (int i = 0; i < 5; i++) {
            double[] e = map.images()[i];
            learned[i] = new double[] {e[0] + 0.1, e[1] - 0.2};
            double ux = learned[i][0] - probe[i][0];
            double uy = learned[i][1] - probe[i][1];
            double vx = e[0] - probe[i][0];
            double vy = e[1] - probe[i][1];
            cos += (ux * vx + uy * vy) / Math.hypot(ux, uy) / Math.hypot(vx, vy);
        }
        MapAgreement a = map.agreement(learned);
        assertEquals(100 * (0.01 + 0.04) / map.targetVariance(), a.l2Uvp(), 1e-12);
        assertEquals(cos / 5, a.cosine(), 1e-12);
    }

    @Test
    void theCacheSolvesOncePerProbeSetAndCodeSample() {
        double[][] probe = cloud(40, 5, 0);
        double[][] codes = cloud(50, 6, 1);
        ExactProbeMap a = ExactProbeMap.cached(probe, codes, 30);
        ExactProbeMap b = ExactProbeMap.cached(PointClouds.copy(probe), PointClouds.copy(codes), 30);
        assertSame(a, b, "equal points (other arrays) reuse the solved map");
        assertEquals(30, a.size());
        double[][] moved = PointClouds.copy(codes);
        moved[3][0] += 1e-9;
        assertNotSame(a, ExactProbeMap.cached(probe, moved, 30), "other codes: a new solve");
        assertArrayEquals(PointClouds.toXy(a.images()), a.toXy());
    }

    @Test
    void tooFewPointsIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExactProbeMap.solve(cloud(3, 1, 0), cloud(1, 2, 0), 3));
        assertEquals(true, e.getMessage().contains("1 codes"), e.getMessage());
    }
}
