package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NearestImagesTest {
    @BeforeAll
    static void init() {
        Nd4jRuntime.init();
    }

    private static float[][] images(int n, int p, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[][] x = new float[n][p];
        for (float[] row : x) {
            for (int k = 0; k < p; k++) {
                row[k] = (float) rng.nextDouble();
            }
        }
        return x;
    }

    /** Brute force: exact double distances between the float values, lowest index on ties. */
    private static NearestImages.Result bruteForce(float[][] reference, float[][] queries) {
        int[] index = new int[queries.length];
        double[] distance = new double[queries.length];
        for (int i = 0; i < queries.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < reference.length; j++) {
                double s = 0;
                for (int k = 0; k < queries[i].length; k++) {
                    double d = (double) queries[i][k] - reference[j][k];
                    s += d * d;
                }
                if (s < best) {
                    best = s;
                    index[i] = j;
                }
            }
            distance[i] = Math.sqrt(best);
        }
        return new NearestImages.Result(index, distance);
    }

    @Test
    void matchesBruteForceAcrossQueryAndReferenceChunks() {
        // 9000 references span two reference chunks, 300 queries two query chunks.
        float[][] reference = images(9000, 20, 1);
        float[][] queries = images(300, 20, 2);
        NearestImages.Result got = new NearestImages(reference).nearest(queries);
        NearestImages.Result want = bruteForce(reference, queries);
        assertArrayEquals(want.index(), got.index());
        for (int i = 0; i < queries.length; i++) {
            assertEquals(want.distance()[i], got.distance()[i], 1e-4 * want.distance()[i]);
        }
    }

    @Test
    void closeCompetitorsAreResolvedExactly() {
        // Near-duplicate references differing in one pixel by 1e-3: float screening alone cannot separate them.
        float[][] base = images(50, 64, 3);
        float[][] reference = new float[100][];
        for (int j = 0; j < 50; j++) {
            reference[2 * j] = base[j].clone();
            reference[2 * j + 1] = base[j].clone();
            reference[2 * j + 1][j % 64] += 1e-3f;
        }
        float[][] queries = new float[50][];
        for (int j = 0; j < 50; j++) {
            queries[j] = base[j].clone();
            queries[j][j % 64] += (j % 2 == 0 ? 0.9e-3f : 0.1e-3f);
        }
        NearestImages.Result got = new NearestImages(reference).nearest(queries);
        NearestImages.Result want = bruteForce(reference, queries);
        assertArrayEquals(want.index(), got.index());
        for (int j = 0; j < 50; j++) {
            assertEquals(j % 2 == 0 ? 2 * j + 1 : 2 * j, got.index()[j]);
            assertEquals(want.distance()[j], got.distance()[j], 1e-12);
        }
    }

    @Test
    void aQueryEqualToAReferenceRowIsAtDistanceZero() {
        float[][] reference = images(500, 784, 4);
        float[][] queries = {reference[123].clone(), reference[0].clone(), reference[499].clone()};
        NearestImages.Result r = new NearestImages(reference).nearest(queries);
        assertArrayEquals(new int[] {123, 0, 499}, r.index());
        assertArrayEquals(new double[] {0, 0, 0}, r.distance(), 0);
    }

    @Test
    void duplicateReferencesGoToTheLowestIndex() {
        float[][] reference = {{1, 1}, {0, 0}, {1, 1}, {0, 0}};
        NearestImages.Result r = new NearestImages(reference).nearest(new float[][] {{0.1f, 0}, {0.9f, 1}});
        assertArrayEquals(new int[] {1, 0}, r.index());
        assertEquals(0.1, r.distance()[0], 1e-7);
    }

    @Test
    void noveltyRatioIsTheRatioOfMeans() {
        assertEquals(2.0 / 1.5, NearestImages.noveltyRatio(new double[] {1, 3}, new double[] {1, 2}), 1e-15);
        assertThrows(IllegalArgumentException.class,
                () -> NearestImages.noveltyRatio(new double[] {1}, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> NearestImages.noveltyRatio(new double[0], new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> NearestImages.noveltyRatio(new double[] {-1}, new double[] {1}));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new NearestImages(new float[0][]));
        assertThrows(IllegalArgumentException.class, () -> new NearestImages(new float[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> new NearestImages(new float[][] {{Float.NaN}}));
        NearestImages n = new NearestImages(new float[][] {{1, 2}});
        assertThrows(IllegalArgumentException.class, () -> n.nearest(new float[][] {{1, 2, 3}}));
        assertThrows(IllegalArgumentException.class, () -> n.nearest(new float[0][]));
    }
}
