package org.lsotexplorer.data;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One array read from a NumPy {@code .npy} file: its element type, its shape (C order) and its raw element bytes in
 * the file's byte order. Elements are read one at a time as doubles ({@link #get}); {@link #kind()} says whether
 * they are floats, signed or unsigned integers, or booleans. Immutable after reading.
 *
 * @param file     the file it came from (named in every error message)
 * @param kind     {@code 'f'} float, {@code 'i'} signed integer, {@code 'u'} unsigned integer, {@code 'b'} bool
 * @param itemSize bytes per element (1, 2, 4 or 8)
 * @param shape    dimensions, outermost first (empty for a scalar)
 * @param data     the element bytes, {@code count() * itemSize} of them, positioned at 0 with the file's byte order
 */
public record NpyArray(Path file, char kind, int itemSize, long[] shape, ByteBuffer data) {
    /** Number of elements (the product of the shape). */
    public long count() {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    public int rank() {
        return shape.length;
    }

    /** Whether the elements are floating point (float16 is not read; float32 or float64). */
    public boolean isFloat() {
        return kind == 'f';
    }

    /** Whether the elements are integers (signed, unsigned or bool). */
    public boolean isInteger() {
        return kind == 'i' || kind == 'u' || kind == 'b';
    }

    /** NumPy's name of the element type, e.g. {@code float32}, {@code uint8}. */
    public String dtypeName() {
        return switch (kind) {
            case 'f' -> "float" + 8 * itemSize;
            case 'i' -> "int" + 8 * itemSize;
            case 'u' -> "uint" + 8 * itemSize;
            default -> "bool";
        };
    }

    /** The shape as NumPy prints it, e.g. {@code (100, 8)}. */
    public String shapeText() {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        String s = Arrays.toString(shape);
        return "(" + s.substring(1, s.length() - 1) + ")";
    }

    /** Element {@code i} (flat, C order) as a double; 64-bit integers above 2^53 lose precision. */
    public double get(long i) {
        int at = Math.toIntExact(i * itemSize);
        return switch (kind) {
            case 'f' -> itemSize == 4 ? data.getFloat(at) : data.getDouble(at);
            case 'i' -> switch (itemSize) {
                case 1 -> data.get(at);
                case 2 -> data.getShort(at);
                case 4 -> data.getInt(at);
                default -> data.getLong(at);
            };
            case 'u' -> switch (itemSize) {
                case 1 -> data.get(at) & 0xFF;
                case 2 -> data.getShort(at) & 0xFFFF;
                case 4 -> data.getInt(at) & 0xFFFFFFFFL;
                default -> (double) data.getLong(at);
            };
            default -> data.get(at) != 0 ? 1 : 0;
        };
    }
}
