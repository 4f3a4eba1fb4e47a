package org.lsotexplorer.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Pointer;

/**
 * The process's memory as the soak harness and the release tests read it: resident set size, heap in use, and the
 * off-heap figures of JavaCPP (through which ND4J allocates).
 * <ul>
 *   <li>{@link #residentBytes()}: {@code VmRSS} of {@code /proc/self/status} (JavaCPP's
 *       {@link Pointer#physicalBytes()} is the same number read differently; -1 where {@code /proc} is absent);</li>
 *   <li>{@link #heapUsedBytes()}: {@code totalMemory - freeMemory} of the JVM heap;</li>
 *   <li>{@link #heapCommittedBytes()}: {@code totalMemory}, the heap the JVM holds from the system;</li>
 *   <li>{@link #javacppTrackedBytes()}: {@link Pointer#totalBytes()}, what JavaCPP itself allocated and will free
 *       on a collection. ND4J's CPU arrays are allocated by libnd4j, not counted there, which is why a dropped array
 *       must be closed ({@code INDArray.close()}) rather than left to the collector.</li>
 * </ul>
 */
public final class NativeMemory {
    private NativeMemory() {
    }

    /** The resident set size in bytes, from {@code /proc/self/status}; falls back to JavaCPP's reading. */
    public static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] f = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(f[0]) * 1024L;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return Pointer.physicalBytes();
    }

    /**
     * The resident set outside the Java heap: {@link #residentBytes()} minus the committed heap. Off-heap buffers
     * (ND4J's arrays), native libraries, thread stacks and the JIT's code; unlike the resident set it does not move
     * when the heap grows or shrinks.
     */
    public static long residentOutsideHeapBytes() {
        return residentBytes() - Runtime.getRuntime().totalMemory();
    }

    /** Heap bytes in use now (live and not yet collected). */
    public static long heapUsedBytes() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Heap bytes committed now (used or free, held from the system). */
    public static long heapCommittedBytes() {
        return Runtime.getRuntime().totalMemory();
    }

    /** Off-heap bytes JavaCPP allocated and still holds. */
    public static long javacppTrackedBytes() {
        return Pointer.totalBytes();
    }

    /**
     * Closes {@code copy} when it has its own buffer, i.e. when it is a converted copy of {@code original} (a cast or
     * a contiguous duplicate) rather than {@code original} itself or a reshape sharing its buffer.
     */
    public static void closeCopy(org.nd4j.linalg.api.ndarray.INDArray copy,
                                 org.nd4j.linalg.api.ndarray.INDArray original) {
        if (copy != null && original != null && copy != original && copy.data() != original.data()) {
            close(copy);
        }
    }

    /** Closes every array given that owns its memory (views and nulls are skipped); idempotent. */
    public static void close(org.nd4j.linalg.api.ndarray.INDArray... arrays) {
        for (org.nd4j.linalg.api.ndarray.INDArray a : arrays) {
            if (a != null && !a.wasClosed() && a.closeable()) {
                a.close();
            }
        }
    }
}
