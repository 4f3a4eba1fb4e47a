package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV targets with a weight column: the split, the normalisation, and clear errors for bad weights. */
class WeightColumnTest {
    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        Path f = dir.resolve("target.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aWeightColumnAnywhereIsSplitOffAndNormalised() throws IOException {
        WeightColumn w = WeightColumn.read(csv("x,Weight,y\n1,2,3\n4,6,5\n"));
        assertTrue(w.isWeighted());
        assertArrayEquals(new double[] {1, 3}, w.points()[0]);
        assertArrayEquals(new double[] {4, 5}, w.points()[1]);
        assertArrayEquals(new double[] {0.25, 0.75}, w.weights(), 1e-15);
        assertTrue(w.note().contains("normalised to sum 1") && w.note().contains("8"), w.note());
        assertArrayEquals(new double[] {0.5, 1.5}, w.spread(), 1e-15);
    }

    @Test
    void withoutAWeightHeaderAllColumnsArePoints() throws IOException {
        WeightColumn w = WeightColumn.read(csv("x,y,z\n1,2,3\n"));
        assertFalse(w.isWeighted());
        assertNull(w.weights());
        assertEquals(3, w.points()[0].length);
        assertFalse(WeightColumn.read(csv("1,2,3\n4,5,6\n")).isWeighted());
    }

    @Test
    void zeroWeightRowsAreDroppedWithANote() throws IOException {
        WeightColumn w = WeightColumn.read(csv("x,y,weight\n0,0,0\n1,1,1\n2,2,3\n"));
        assertEquals(2, w.points().length);
        assertArrayEquals(new double[] {1, 1}, w.points()[0]);
        assertArrayEquals(new double[] {0.25, 0.75}, w.weights(), 1e-15);
        assertTrue(w.note().contains("1 rows of weight 0 dropped"), w.note());
    }

    @Test
    void badWeightsGiveClearErrors() throws IOException {
        DataFormatException negative = assertThrows(DataFormatException.class,
                () -> WeightColumn.read(csv("x,y,weight\n0,0,1\n1,1,-2\n")));
        assertTrue(negative.getMessage().contains("target.csv") && negative.getMessage().contains("row 2")
                && negative.getMessage().contains("-2") && negative.getMessage().contains("non-negative"),
                negative.getMessage());
        DataFormatException nan = assertThrows(DataFormatException.class,
                () -> WeightColumn.read(csv("x,y,weight\n0,0,NaN\n")));
        assertTrue(nan.getMessage().contains("target.csv") && nan.getMessage().contains("NaN"), nan.getMessage());
        DataFormatException zeros = assertThrows(DataFormatException.class,
                () -> WeightColumn.read(csv("x,y,weight\n0,0,0\n1,1,0\n")));
        assertTrue(zeros.getMessage().contains("all weights zero"), zeros.getMessage());
        DataFormatException twice = assertThrows(DataFormatException.class,
                () -> WeightColumn.read(csv("weight,y,weight\n0,0,1\n")));
        assertTrue(twice.getMessage().contains("two columns"), twice.getMessage());
    }

    @Test
    void aWeightedDistributionSamplesByWeightAndItsCodesAreItsPoints() {
        double[][] pts = {{0, 0}, {1, 0}};
        EmpiricalDistribution d = new EmpiricalDistribution("csv", "two", pts, new double[] {1, 3});
        assertArrayEquals(new double[] {0.25, 0.75}, d.codeWeights(), 1e-15);
        assertEquals(2, d.sampleCodes(4096, new SplittableRandom(1)).length);
        double[][] s = d.sample(100_000, new SplittableRandom(2));
        double right = 0;
        for (double[] p : s) {
            right += p[0];
        }
        assertEquals(0.75, right / s.length, 0.01);                 // 0.75 +- 5 sigma (sigma 0.0014)
        assertThrows(IllegalArgumentException.class,
                () -> new EmpiricalDistribution("csv", "bad", pts, new double[] {1, 0}));
        assertNull(new EmpiricalDistribution("csv", "plain", pts).codeWeights());
    }
}
