package org.lsotexplorer.model;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Zero-copy NIO views of the flat parameter and gradient vectors, for the few whole-vector passes that are faster in
 * Java than as chains of ND4J ops (Adam, the finiteness scan, the penalty's per-row norms). Only for arrays this package
 * allocated itself: not views, offset 0, one element per buffer slot (any rank, C order).
 */
final class FlatBuffers {
    private FlatBuffers() {
    }

    static FloatBuffer floats(INDArray flat) {
        check(flat);
        return flat.data().asNioFloat();
    }

    static DoubleBuffer doubles(INDArray flat) {
        check(flat);
        return flat.data().asNioDouble();
    }

    /** A copy of the elements in memory order, widened to double. */
    static double[] read(INDArray owned) {
        check(owned);
        return owned.data().asDouble();
    }

    /** Overwrites the elements in memory order (rounded to float for float arrays). */
    static void write(INDArray owned, double[] values) {
        if (values.length != owned.length()) {
            throw new IllegalArgumentException("expected " + owned.length() + " values, got " + values.length);
        }
        if (owned.dataType() == DataType.DOUBLE) {
            doubles(owned).put(0, values);
        } else {
            FloatBuffer b = floats(owned);
            for (int i = 0; i < values.length; i++) {
                b.put(i, (float) values[i]);
            }
        }
    }

    private static void check(INDArray flat) {
        if (flat.isView() || flat.offset() != 0 || flat.data().length() != flat.length()) {
            throw new IllegalStateException("expected an owned, contiguous flat vector");
        }
    }
}
