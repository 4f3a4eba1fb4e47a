package org.lsotexplorer.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy {@code .npy} files, format versions 1.0, 2.0 and 3.0: the magic {@code \x93NUMPY}, a version, a header
 * length (2 bytes in v1, 4 in v2/v3), a Python dict literal {@code {'descr': '<f4', 'fortran_order': False,
 * 'shape': (n, d), }} and the raw elements.
 *
 * <p>Read: little- or big-endian floats ({@code f4}, {@code f8}), integers ({@code i1..i8}, {@code u1..u8}) and
 * bools, in C order. <b>Failures</b> (each a {@link DataFormatException} naming the file and what was expected): a
 * missing magic, an unknown version, a malformed header, Fortran order, an unsupported dtype (float16, complex,
 * strings, objects, structured arrays), a file shorter than its shape needs (truncated), or bigger than 2 GiB.
 */
public final class NpyReader {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
    private static final Pattern DTYPE = Pattern.compile("([<>|=]?)([fiub])(\\d+)");

    private NpyReader() {
    }

    /** Reads the whole file. */
    public static NpyArray read(Path file) throws IOException {
        byte[] bytes;
        try {
            if (Files.size(file) > Integer.MAX_VALUE - 64) {
                throw new DataFormatException(file, "is larger than 2 GiB; the explorer reads .npy files up to 2 GiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
        return parse(file, bytes);
    }

    /** Parses the bytes of a {@code .npy} file ({@code file} only names it in errors). */
    public static NpyArray parse(Path file, byte[] bytes) throws DataFormatException {
        if (bytes.length < 10 || !startsWithMagic(bytes)) {
            throw new DataFormatException(file, "is not a NumPy .npy file (expected the magic bytes \\x93NUMPY;"
                    + " save it with numpy.save)");
        }
        int major = bytes[6] & 0xFF;
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength;
        int headerStart;
        if (major == 1) {
            headerLength = b.getShort(8) & 0xFFFF;
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new DataFormatException(file, "is truncated inside its header");
            }
            headerLength = b.getInt(8);
            headerStart = 12;
        } else {
            throw new DataFormatException(file, "has .npy format version " + major + "; expected 1, 2 or 3");
        }
        if (headerLength < 0 || headerStart + (long) headerLength > bytes.length) {
            throw new DataFormatException(file, "is truncated: its header needs " + headerLength + " bytes, the file"
                    + " has " + (bytes.length - headerStart) + " after the preamble");
        }
        String header = new String(bytes, headerStart, headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shapeM = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shapeM.find()) {
            throw new DataFormatException(file, "has a malformed .npy header (expected 'descr', 'fortran_order' and"
                    + " 'shape'): " + header.strip());
        }
        if (fortran.group(1).equals("True")) {
            throw new DataFormatException(file, "is in Fortran order; expected C order (save"
                    + " numpy.ascontiguousarray(x))");
        }
        Matcher dt = DTYPE.matcher(descr.group(1));
        if (!dt.matches() || !supported(dt.group(2).charAt(0), Integer.parseInt(dt.group(3)))) {
            throw new DataFormatException(file, "has dtype '" + descr.group(1) + "'; expected float32, float64,"
                    + " an integer type or bool");
        }
        char kind = dt.group(2).charAt(0);
        int itemSize = Integer.parseInt(dt.group(3));
        long[] shape = shape(file, shapeM.group(1));
        long needed = itemSize;
        for (long s : shape) {
            if (s > Integer.MAX_VALUE) {
                throw new DataFormatException(file, "has a dimension of " + s + " in its shape " + shapeText(shape)
                        + "; the explorer reads dimensions up to 2,147,483,647");
            }
            try {
                needed = Math.multiplyExact(needed, s);
            } catch (ArithmeticException e) {
                throw new DataFormatException(file, "has shape " + shapeText(shape) + ", too large for any file");
            }
        }
        long dataStart = headerStart + (long) headerLength;
        long available = bytes.length - dataStart;
        if (available < needed) {
            throw new DataFormatException(file, "is truncated: shape " + shapeText(shape) + " of " + itemSize
                    + "-byte elements needs " + needed + " bytes of data, the file has " + available);
        }
        if (available > needed) {
            throw new DataFormatException(file, "has " + (available - needed) + " bytes after the data of its shape "
                    + shapeText(shape) + " (" + needed + " bytes of " + itemSize + "-byte elements); its header or"
                    + " its data is corrupt");
        }
        ByteOrder order = dt.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer data = ByteBuffer.wrap(bytes, (int) dataStart, (int) needed).slice().order(order);
        return new NpyArray(file, kind, itemSize, shape, data);
    }

    private static boolean supported(char kind, int size) {
        return switch (kind) {
            case 'f' -> size == 4 || size == 8;
            case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
            default -> size == 1;
        };
    }

    private static boolean startsWithMagic(byte[] bytes) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static long[] shape(Path file, String text) throws DataFormatException {
        List<Long> dims = new ArrayList<>();
        for (String part : text.split(",")) {
            String t = part.strip();
            if (t.endsWith("L")) {
                t = t.substring(0, t.length() - 1);
            }
            if (t.isEmpty()) {
                continue;
            }
            try {
                long v = Long.parseLong(t);
                if (v < 0) {
                    throw new NumberFormatException();
                }
                dims.add(v);
            } catch (NumberFormatException e) {
                throw new DataFormatException(file, "has a malformed shape '(" + text + ")' in its .npy header");
            }
        }
        return dims.stream().mapToLong(Long::longValue).toArray();
    }

    static String shapeText(long[] shape) {
        return new NpyArray(null, 'f', 4, shape, null).shapeText();
    }
}
