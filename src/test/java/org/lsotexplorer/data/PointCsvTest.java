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
        Files.writeString(f, "x,y\n# a comment\n1.5,2\n\n-3e-1 , 4\n");
        PointCsv.Table t = PointCsv.load(f);
        assertEquals(2, t.points().length);
        assertArrayEquals(new double[] {1.5, 2}, t.points()[0]);
        assertArrayEquals(new double[] {-0.3, 4}, t.points()[1]);
        assertEquals(CsvSeparator.COMMA, t.separator());
        assertEquals("x,y", t.header());
        assertEquals("p.csv: 2 points of 2 values, separated by ','; header 'x,y' skipped", t.describe());
        Path semi = dir.resolve("s.csv");
        Files.writeString(semi, "1.5;2\n-3;4\n");
        assertEquals(CsvSeparator.SEMICOLON, PointCsv.load(semi).separator());
        Path tab = dir.resolve("t.tsv");
        Files.writeString(tab, "5\t-6\n7\t8\n");
        assertArrayEquals(new double[] {7, 8}, PointCsv.load(tab).points()[1]);
        Path spaces = dir.resolve("w.txt");
        Files.writeString(spaces, "5   -6\n7 8\n");
        PointCsv.Table w = PointCsv.load(spaces);
        assertEquals(CsvSeparator.SPACE, w.separator());
        assertArrayEquals(new double[] {5, -6}, w.points()[0]);
        assertEquals(null, w.header());
    }

    @Test
    void mixedSeparatorsAreAnErrorNotExtraColumns() throws IOException {
        Path f = dir.resolve("mixed.csv");
        Files.writeString(f, "1,2\n3;4\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> PointCsv.read(f));
        assertEquals("mixed.csv line 2: '3;4' is not a number (values are separated by ',', as on the first line;"
                + " use one separator in the whole file)", e.getMessage());
    }

    @Test
    void thirdColumnIsReturned() throws IOException {
        Path f = dir.resolve("weighted.csv");
        Files.writeString(f, "x,y,w\n0,1,0.25\n2,3,0.75\n");
        assertArrayEquals(new double[] {2, 3, 0.75}, PointCsv.read(f)[1]);
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
