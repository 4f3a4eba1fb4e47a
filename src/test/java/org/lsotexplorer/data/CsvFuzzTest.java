package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad and unusual CSV files: each ends in one clear error or the right points, never a silent change. */
@Tag("fuzz")
class CsvFuzzTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void byteOrderMarkIsStrippedAndTheFirstPointKept() throws IOException {
        PointCsv.Table t = PointCsv.load(file("bom.csv", "\uFEFF0.5,1\n2,3\n"));
        assertEquals(2, t.points().length);
        assertArrayEquals(new double[] {0.5, 1}, t.points()[0]);
        assertNull(t.header());
        PointCsv.Table h = PointCsv.load(file("bomh.csv", "\uFEFFx,y\n2,3\n"));
        assertEquals("x,y", h.header());
        assertEquals(1, h.points().length);
    }

    @Test
    void aRowStartingWithTheSeparatorIsAnErrorNotAHeader() throws IOException {
        Clear.error(() -> PointCsv.load(file("lead.csv", ",1,2\n3,4\n")), "lead.csv line 1", "value 1 is empty");
        Clear.error(() -> PointCsv.load(file("trail.csv", "1,2\n3,4,\n")), "trail.csv line 2", "value 3 is empty");
        Clear.error(() -> PointCsv.load(file("semi.csv", ";1;2\n")), "semi.csv line 1", "';'");
    }

    @Test
    void decimalCommasAreRefusedNotReadAsExtraColumns() throws IOException {
        String m = Clear.error(() -> PointCsv.load(file("eu.csv", "0,1;0,2\n1,5;2,5\n")), "eu.csv line 1",
                "decimal comma");
        assertEquals("eu.csv line 1: '0,1' has a decimal comma; write decimal points (0.1) and keep ';' between"
                + " values", m);
        Clear.error(() -> PointCsv.load(file("eu-tab.csv", "0,5\t1,5\n")), "eu-tab.csv line 1", "decimal comma");
    }

    @Test
    void aHeaderIsSkippedOnlyWhenNoFieldParses() throws IOException {
        assertEquals("x;y", PointCsv.load(file("h.csv", "x;y\n1;2\n")).header());
        Clear.error(() -> PointCsv.load(file("half.csv", "x,2\n1,2\n")), "half.csv line 1", "'x' is not a number");
        Clear.error(() -> PointCsv.load(file("late.csv", "1,2\nx,y\n")), "late.csv line 2", "'x' is not a number");
        Clear.error(() -> PointCsv.load(file("nan-head.csv", "nan,inf\n1,2\n")), "nan-head.csv line 1",
                "'nan' is not a number");
        Clear.error(() -> PointCsv.load(file("only-head.csv", "x,y\n")), "only-head.csv", "only the header 'x,y'");
    }

    @Test
    void nanInfinityAndHugeValues() throws IOException {
        for (String v : new String[] {"NaN", "Infinity", "-Infinity", "1e400"}) {
            Clear.error(() -> PointCsv.load(file("v.csv", "1,2\n3," + v + "\n")), "v.csv line 2", "finite");
        }
        assertArrayEquals(new double[] {1e300, -1e-300}, PointCsv.read(file("big.csv", "1e300,-1e-300\n"))[0]);
    }

    @Test
    void wrongDimensionsAndRaggedRows() throws IOException {
        Clear.error(() -> PointCsv.load(file("r.csv", "1,2\n3,4,5\n")), "r.csv line 2", "expected 2", "ragged");
        Clear.error(() -> PointCsv.load(file("r2.csv", "1 2 3\n4 5\n")), "r2.csv line 2", "expected 3");
    }

    @Test
    void encodings() throws IOException {
        byte[] latin1 = "x,y\n1,2\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Clear.error(() -> PointCsv.load(file("latin1.csv", latin1)), "latin1.csv line 3", "not UTF-8");
        byte[] utf16 = "1,2\n".getBytes(StandardCharsets.UTF_16);
        Clear.error(() -> PointCsv.load(file("utf16.csv", utf16)), "utf16.csv", "UTF-16");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        Clear.error(() -> PointCsv.load(file("image.csv", png)), "image.csv", "not UTF-8");
        Clear.error(() -> PointCsv.load(file("nul.csv", new byte[] {0, 0, 0})), "nul.csv line 1", "binary file");
    }

    @Test
    void emptyMissingAndFolder() throws IOException {
        Clear.error(() -> PointCsv.load(file("empty.csv", "")), "empty.csv", "no points");
        Clear.error(() -> PointCsv.load(file("blank.csv", "\n\n# c\n")), "blank.csv", "no points");
        Clear.error(() -> PointCsv.load(dir.resolve("missing.csv")), "missing.csv", "no such file");
        Path sub = Files.createDirectory(dir.resolve("folder.csv"));
        Clear.error(() -> PointCsv.load(sub), "folder.csv", "is a folder");
    }

    @Test
    void crlfTabsAndSpacesAroundSeparators() throws IOException {
        double[][] p = PointCsv.read(file("crlf.csv", "x , y\r\n 1 , 2 \r\n3,4\r\n"));
        assertArrayEquals(new double[] {1, 2}, p[0]);
        assertArrayEquals(new double[] {3, 4}, p[1]);
    }

    /** Random printable garbage around valid rows: an error naming the file, or exactly the points written. */
    @Test
    void randomMutationsNeverChangeTheAnswerSilently() throws IOException {
        Random r = new Random(12);
        String alphabet = "0123456789.,;-+eE \t#xNa\n";
        for (int trial = 0; trial < 400; trial++) {
            double[][] pts = new double[1 + r.nextInt(4)][2];
            StringBuilder b = new StringBuilder();
            for (double[] q : pts) {
                q[0] = Math.round(r.nextGaussian() * 1000) / 100.0;
                q[1] = Math.round(r.nextGaussian() * 1000) / 100.0;
                b.append(q[0]).append(',').append(q[1]).append('\n');
            }
            String good = b.toString();
            int at = r.nextInt(good.length());
            String bad = good.substring(0, at) + alphabet.charAt(r.nextInt(alphabet.length())) + good.substring(at);
            Path f = file("m" + trial + ".csv", bad);
            double[][] got;
            try {
                got = PointCsv.read(f);
            } catch (IOException e) {
                Clear.error(() -> PointCsv.read(f), "m" + trial + ".csv");
                continue;
            }
            // a result: rectangular, finite, and one point per content line (no row silently dropped)
            long content = bad.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
            boolean headerSkipped = PointCsv.load(f).header() != null;
            assertEquals(content - (headerSkipped ? 1 : 0), got.length, bad);
            for (double[] q : got) {
                assertEquals(got[0].length, q.length, bad);
                for (double v : q) {
                    assertEquals(true, Double.isFinite(v), bad);
                }
            }
        }
    }
}
