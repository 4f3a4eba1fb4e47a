package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BlockedCellSearchTest {
    /**
     * Products in float with an adversarial error: the float rounding of the exact product plus a random error of
     * up to {@code dim u sum_k |p_k y_k|}, the bound any BLAS summation order may reach.
     */
    private static MatrixProducts noisyProducts(long seed) {
        return (codes, n, dim) -> {
            SplittableRandom rng = new SplittableRandom(seed);
            return (points, rows) -> {
                FloatBuffer out = FloatBuffer.allocate(rows * n);
                for (int r = 0; r < rows; r++) {
                    for (int j = 0; j < n; j++) {
                        double s = 0;
                        double abs = 0;
                        for (int k = 0; k < dim; k++) {
                            double t = (double) points[r * dim + k] * codes[j * dim + k];
                            s += t;
                            abs += Math.abs(t);
                        }
                        double err = dim * 0x1p-24 * abs * (2 * rng.nextDouble() - 1);
                        out.put(r * n + j, (float) (s + err));
                    }
                }
                return out;
            };
        };
    }

    @Test
    void equalsThePerPointSearchWithNearAndExactTies() {
        for (int dim : new int[] {8, 12, 64}) {     // 8 and 12: the reference goes through the kd-tree
            BrenierPotential u = CellSearchFixtures.nearTies(96, dim, dim);
            double[][] z = CellSearchFixtures.points(700, u, 100 + dim);
            int[] expected = CellSearchFixtures.referenceCells(u, z);
            int[] got = new BlockedCellSearch(noisyProducts(dim), 2).cells(u, z);
            assertArrayEquals(expected, got, "dim " + dim);
        }
    }

    @Test
    void exactTiesGoToTheLowerIndex() {
        double[][] codes = {{1, 0, 0, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0, 0, 0}, {1, 0, 0, 0, 0, 0, 0, 0}};
        BrenierPotential u = new BrenierPotential(codes, new double[] {0, 0, 0});
        double[][] z = {{1, 0, 0, 0, 0, 0, 0, 0}, {1, 1, 0, 0, 0, 0, 0, 0}, {0, 2, 0, 0, 0, 0, 0, 0}};
        assertArrayEquals(new int[] {0, 0, 1}, new BlockedCellSearch(noisyProducts(1), 1).cells(u, z));
    }

    @Test
    void countsSumToThePointsAndMatchTheScan() {
        BrenierPotential u = CellSearchFixtures.nearTies(40, 10, 3);
        double[][] z = CellSearchFixtures.points(1200, u, 4);
        int[] counts = new BlockedCellSearch(noisyProducts(5), 2).cellCounts(u, z);
        assertArrayEquals(CellSearch.SCAN.cellCounts(u, z), counts);
        assertEquals(1200, java.util.Arrays.stream(counts).sum());
    }

    @Test
    void wrongDimensionIsRefused() {
        BrenierPotential u = CellSearchFixtures.nearTies(16, 8, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BlockedCellSearch(noisyProducts(1)).cells(u, new double[][] {{1, 2}}));
        assertEquals("point of dimension 2, codes have 8", e.getMessage());
    }
}
