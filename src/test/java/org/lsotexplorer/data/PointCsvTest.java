package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointCsvTest {
    @TempDir
    Path dir;

    @Test
    void readsHeaderCommentsAndSeparators() throws IOException {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "x,y\n# a comment\n1.5,2\n\n-3e-1;4\n5\t-6\n");
        double[][] p = PointCsv.read(f);
        assertEquals(3, p.length);
        assertArrayEquals(new double[] {1.5, 2}, p[0]);
        assertArrayEquals(new double[] {-0.3, 4}, p[1]);
        assertArrayEquals(new double[] {5, -6}, p[2]);
    }

    @Test
    void roundTrips() throws IOException {
        double[][] pts = {{0.1, -2.5}, {1e-9, 3}, {Math.PI, Math.E}};
        Path f = dir.resolve("w.csv");
        PointCsv.write(f, pts);
        double[][] back = PointCsv.read(f);
        for (int i = 0; i < pts.length; i++) {
            assertArrayEquals(pts[i], back[i]);
        }
    }

    @Test
    void raggedRowNamesTheLine() throws IOException {
        Path f = dir.resolve("ragged.csv");
        Files.writeString(f, "1,2\n3,4\n5,6,7\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> PointCsv.read(f));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("ragged"), e.getMessage());
    }

    @Test
    void nanAndGarbageAreRejected() throws IOException {
        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "1,2\nNaN,4\n");
        assertTrue(assertThrows(DataFormatException.class, () -> PointCsv.read(nan)).getMessage()
                .contains("line 2"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "1,2\n3,abc\n");
        assertTrue(assertThrows(DataFormatException.class, () -> PointCsv.read(bad)).getMessage()
                .contains("'abc' is not a number"));
    }

    @Test
    void emptyAndMissingFiles() throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "x,y\n\n");
        assertTrue(assertThrows(DataFormatException.class, () -> PointCsv.read(empty)).getMessage()
                .contains("no points"));
        IOException e = assertThrows(IOException.class, () -> PointCsv.read(dir.resolve("missing.csv")));
        assertTrue(e.getMessage().contains("no such file"));
    }
}
