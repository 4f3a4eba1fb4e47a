package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.ot.BlockedCellSearch;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.math.ot.CellSearchFixtures;
import org.lsotexplorer.math.ot.MatrixProducts;

class BlasMatrixProductsTest {
    @Test
    void productsMatchTheDefinition() {
        float[] codes = {1, 2, 3, -1, 0.5f, 4};          // two codes in 3-D
        MatrixProducts.Bound b = new BlasMatrixProducts().bind(codes, 2, 3);
        FloatBuffer s = b.times(new float[] {1, 1, 1, 2, 0, -1, 9, 9, 9}, 2);  // the third row is not read
        assertEquals(6f, s.get(0), 0);
        assertEquals(3.5f, s.get(1), 0);
        assertEquals(-1f, s.get(2), 0);
        assertEquals(-6f, s.get(3), 0);
        FloatBuffer one = b.times(new float[] {0, 0, 2}, 1);   // a smaller block after a larger one
        assertEquals(6f, one.get(0), 0);
        assertEquals(8f, one.get(1), 0);
    }

    @Test
    void blockedSearchOnBlasEqualsThePerPointSearch() {
        Nd4jRuntime.init();
        for (int dim : new int[] {8, 64}) {
            BrenierPotential u = CellSearchFixtures.nearTies(320, dim, 7 + dim);
            double[][] z = CellSearchFixtures.points(1500, u, 11 + dim);   // two chunks on two threads
            assertArrayEquals(CellSearchFixtures.referenceCells(u, z),
                    new BlockedCellSearch(new BlasMatrixProducts(), 2).cells(u, z), "dim " + dim);
        }
    }
}
