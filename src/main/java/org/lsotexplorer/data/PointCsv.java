package org.lsotexplorer.data;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Point clouds as CSV: UTF-8 text (a byte-order mark is stripped), one point per line, every point with the same
 * number of finite coordinates (a 2-D point has 2; a third column, such as a weight, is returned like any other).
 *
 * <p><b>Rules.</b> One separator per file, detected from its first content line (see {@link CsvSeparator}:
 * {@code ;}, else {@code ,}, else a tab, else spaces) and stated by {@link Table#describe()}. Blank lines and lines
 * starting with {@code #} are ignored. The first content line is skipped as a header only when none of its fields
 * parses as a number, and the skipped header is named; any other line with a field that is not a number is an
 * error. Decimal commas ({@code 0,5}) are refused with a message, never read as two values.
 *
 * <p><b>Failure behaviour.</b> {@link DataFormatException} naming the file and line for a ragged row, an empty
 * field, a non-number, a decimal comma, NaN/infinity, text that is not UTF-8 (UTF-16 is named as such) or a file
 * without points; {@link IOException} naming the file when it is missing, a folder, unreadable, or too large for
 * the heap.
 */
public final class PointCsv {
    /** Heap bytes a point cloud needs per byte of CSV text, about (a row's array and its doubles; short rows need more). */
    private static final long HEAP_PER_TEXT_BYTE = 4;
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d*,\\d+([eE][-+]?\\d+)?");

    /**
     * A file's points and how they were read.
     *
     * @param points    the points, at least one, all of one length
     * @param separator the file's separator
     * @param header    the skipped header line, or {@code null} when the file has none
     * @param fileName  the file's name, for messages
     */
    public record Table(double[][] points, CsvSeparator separator, String header, String fileName) {
        /** Number of values per point. */
        public int dimension() {
            return points[0].length;
        }

        /** One line for a log, e.g. {@code a.csv: 1,000 points of 2 values, separated by ','; header 'x,y' skipped}. */
        public String describe() {
            return String.format(Locale.ROOT, "%s: %,d points of %d values, separated by %s; %s", fileName,
                    points.length, dimension(), separator.label(),
                    header == null ? "no header" : "header '" + header + "' skipped");
        }
    }

    private PointCsv() {
    }

    /** Reads a point cloud; see {@link #load} for the rules and failures. */
    public static double[][] read(Path file) throws IOException {
        return load(file).points();
    }

    /**
     * Reads a point cloud with its separator and header.
     *
     * @throws DataFormatException for a ragged row, an empty field, a non-number, a decimal comma, NaN/infinity,
     *                             non-UTF-8 text, or a file without points
     * @throws IOException when the file is missing, a folder, unreadable or too large (message names it)
     */
    public static Table load(Path file) throws IOException {
        checkReadable(file);
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = new java.io.BufferedInputStream(raw);
            in.mark(3);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
                throw new DataFormatException(file, "is UTF-16 text; save it as UTF-8 (or plain ASCII) and try"
                        + " again");
            }
            return parse(file, in);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file; expected a CSV of points, one per line", e);
        } catch (AccessDeniedException e) {
            throw new IOException(file + ": permission denied; make the file readable", e);
        }
    }

    private static void checkReadable(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder; expected a CSV file of points, one per line");
        }
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such file; expected a CSV of points, one per line");
        }
        long size = Files.size(file);
        long free = MemoryBudget.ofRuntime().freeBytes();
        if (size > 0 && free != Long.MAX_VALUE && size * HEAP_PER_TEXT_BYTE > free) {
            throw new DatasetTooLargeException(String.format(Locale.ROOT, "%s has %s of text, which may need up"
                    + " to %s of heap as points; %s are free; start Java with %s or more, or use fewer points",
                    file.getFileName(), MemoryBudget.megabytes(size), MemoryBudget.megabytes(size
                    * HEAP_PER_TEXT_BYTE), MemoryBudget.megabytes(free),
                    MemoryBudget.suggestXmx(size * HEAP_PER_TEXT_BYTE)), size * HEAP_PER_TEXT_BYTE, free);
        }
    }

    private static Table parse(Path file, InputStream in) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        List<double[]> rows = new ArrayList<>();
        CsvSeparator sep = null;
        String header = null;
        int lineNo = 0;
        try {
            String line;
            while ((line = readLine(in, utf8)) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);                       // UTF-8 byte-order mark
                }
                String t = line.strip();
                requireText(file, lineNo, t);
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                boolean first = sep == null;
                if (first) {
                    sep = CsvSeparator.detect(t);
                }
                String[] fields = sep.split(t);
                if (first && isHeader(fields)) {
                    header = t;
                    continue;
                }
                double[] p = parseRow(file, lineNo, fields, sep);
                if (!rows.isEmpty() && p.length != rows.get(0).length) {
                    throw new DataFormatException(file, lineNo, "has " + p.length + " values, expected "
                            + rows.get(0).length + " like the rows before it (ragged CSV; the separator is "
                            + sep.label() + ")");
                }
                rows.add(p);
            }
        } catch (CharacterCodingException e) {
            throw new DataFormatException(file, lineNo + 1, "is not UTF-8 text (an invalid byte sequence); save the"
                    + " file as UTF-8 or plain ASCII");
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(file, "contains no points" + (header == null ? ""
                    : " (only the header '" + header + "')") + "; expected one point per line, e.g. '0.5,1.2'");
        }
        return new Table(rows.toArray(new double[0][]), sep, header, file.getFileName().toString());
    }

    /** The next line (without its {@code \n}), decoded strictly as UTF-8; {@code null} at the end. */
    private static String readLine(InputStream in, CharsetDecoder utf8) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        return utf8.decode(ByteBuffer.wrap(line.toByteArray())).toString();
    }

    private static void requireText(Path file, int lineNo, String line) throws DataFormatException {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c < 0x20 && c != '\t' && c != '\r') {
                throw new DataFormatException(file, lineNo, String.format(Locale.ROOT, "holds the control character"
                        + " 0x%02X; this is a binary file, not CSV text (expected one point per line, e.g."
                        + " '0.5,1.2')", (int) c));
            }
        }
    }

    /** A header row: no field parses as a number (and none is a decimal-comma number). */
    private static boolean isHeader(String[] fields) {
        for (String f : fields) {
            String lower = f.toLowerCase(Locale.ROOT).replace("+", "").replace("-", "");
            if (f.isEmpty() || DECIMAL_COMMA.matcher(f).matches() || lower.equals("nan") || lower.equals("inf")
                    || lower.equals("infinity")) {
                return false;
            }
            try {
                Double.parseDouble(f);
                return false;
            } catch (NumberFormatException e) {
                // a name: keep looking
            }
        }
        return true;
    }

    private static double[] parseRow(Path file, int lineNo, String[] parts, CsvSeparator sep)
            throws DataFormatException {
        double[] p = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            String f = parts[k];
            if (f.isEmpty()) {
                throw new DataFormatException(file, lineNo, "value " + (k + 1) + " is empty (the separator is "
                        + sep.label() + "; a row must not start or end with it, nor repeat it)");
            }
            if (DECIMAL_COMMA.matcher(f).matches()) {
                throw new DataFormatException(file, lineNo, "'" + f + "' has a decimal comma; write decimal points"
                        + " (" + f.replace(',', '.') + ")" + (sep == CsvSeparator.SEMICOLON
                        ? " and keep ';' between values" : ""));
            }
            try {
                p[k] = Double.parseDouble(f);
            } catch (NumberFormatException e) {
                throw new DataFormatException(file, lineNo, "'" + f + "' is not a number (values are separated by "
                        + sep.label() + ", as on the first line; use one separator in the whole file)");
            }
            if (!Double.isFinite(p[k])) {
                throw new DataFormatException(file, lineNo, "value " + (k + 1) + " is " + f
                        + "; only finite numbers are allowed");
            }
        }
        return p;
    }

    /** Writes one point per line, comma separated, with a header {@code x1,x2,...}. */
    public static void write(Path file, double[][] points) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int d = points.length == 0 ? 2 : points[0].length;
            StringBuilder h = new StringBuilder();
            for (int k = 0; k < d; k++) {
                h.append(k == 0 ? "" : ",").append('x').append(k + 1);
            }
            out.write(h.toString());
            out.newLine();
            for (double[] p : points) {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < p.length; k++) {
                    b.append(k == 0 ? "" : ",").append(format(p[k]));
                }
                out.write(b.toString());
                out.newLine();
            }
        }
    }

    static String format(double v) {
        return Double.toString(v);
    }
}
