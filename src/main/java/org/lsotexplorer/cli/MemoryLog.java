package org.lsotexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lsotexplorer.model.NativeMemory;

/**
 * Samples the process's memory ({@link NativeMemory}) and keeps the resident set size at the start, its maximum
 * over every sample, and the latest sample, in megabytes (10^6 bytes). Owned by one thread.
 */
final class MemoryLog {
    private final double startRssMb;
    private double maxRssMb;
    private double rssMb;
    private double heapMb;
    private double heapCommittedMb;
    private double javacppMb;
    private int samples;

    MemoryLog() {
        sample();
        startRssMb = rssMb;
    }

    /** Reads the figures now and updates the maximum. */
    void sample() {
        rssMb = mb(NativeMemory.residentBytes());
        heapMb = mb(NativeMemory.heapUsedBytes());
        heapCommittedMb = mb(NativeMemory.heapCommittedBytes());
        javacppMb = mb(NativeMemory.javacppTrackedBytes());
        maxRssMb = Math.max(maxRssMb, rssMb);
        samples++;
    }

    double maxRssMb() {
        return maxRssMb;
    }

    /** The latest sample as JSON fields: rss, its maximum so far, heap in use, JavaCPP's off-heap bytes. */
    Map<String, Object> now() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rss_mb", round(rssMb));
        m.put("rss_max_mb", round(maxRssMb));
        m.put("heap_used_mb", round(heapMb));
        m.put("heap_committed_mb", round(heapCommittedMb));
        m.put("javacpp_offheap_mb", round(javacppMb));
        return m;
    }

    /** Start, maximum and end of the resident set size, with the latest heap and off-heap figures. */
    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rss_start_mb", round(startRssMb));
        m.put("rss_max_mb", round(maxRssMb));
        m.put("rss_end_mb", round(rssMb));
        m.put("heap_used_end_mb", round(heapMb));
        m.put("javacpp_offheap_end_mb", round(javacppMb));
        m.put("memory_samples", samples);
        return m;
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
