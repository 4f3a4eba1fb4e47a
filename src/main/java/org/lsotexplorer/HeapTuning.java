package org.lsotexplorer;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the heap give memory back, whatever command line started the JVM ({@code java -jar}, {@code mvn javafx:run},
 * the installer): sets three of HotSpot's <em>manageable</em> flags at run time through
 * {@link HotSpotDiagnosticMXBean#setVMOption}, each only where the user left it at its default.
 * <ul>
 *   <li>{@code MinHeapFreeRatio=10}, {@code MaxHeapFreeRatio=30} (defaults 40 and 70): after a marking cycle or a
 *       full collection, G1 shrinks the committed heap until at most 30% of it is free, instead of keeping up to
 *       70% free; an explorer session that peaked at 2 GB of heap does not keep it;</li>
 *   <li>{@code G1PeriodicGCInterval=30000} (default 0, off): when no collection ran for 30 s (an idle or paused
 *       window), G1 starts a concurrent cycle, which returns the unused heap to the system and lets the collector
 *       free the off-heap buffers of dropped ND4J arrays.</li>
 * </ul>
 * A JVM without these flags (another vendor) or without the management module is left as it is; the result lists
 * what was set and what was skipped; the launcher logs it in one line when it opens the window and leaves it in the
 * system property {@value #PROPERTY} (which {@code bench soak} reports).
 */
final class HeapTuning {
    /** The flags and their values, set in this order (the minimum first: it must never exceed the maximum). */
    static final List<String[]> FLAGS = List.of(
            new String[] {"MinHeapFreeRatio", "10"},
            new String[] {"MaxHeapFreeRatio", "30"},
            new String[] {"G1PeriodicGCInterval", "30000"});

    /** The system property in which the launcher leaves {@link #apply()}'s line (read by {@code bench soak}). */
    static final String PROPERTY = "lsot.heapFlags";

    private HeapTuning() {
    }

    /** Sets the flags; returns one line saying what was set and what was left (never throws). */
    static String apply() {
        HotSpotDiagnosticMXBean bean;
        try {
            bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            return "heap flags not set: no HotSpot diagnostic bean (" + e.getClass().getSimpleName() + ")";
        }
        if (bean == null) {
            return "heap flags not set: no HotSpot diagnostic bean";
        }
        List<String> set = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (String[] f : FLAGS) {
            try {
                VMOption now = bean.getVMOption(f[0]);
                if (now.getOrigin() != VMOption.Origin.DEFAULT) {
                    left.add(f[0] + "=" + now.getValue() + " (set before: " + now.getOrigin() + ")");
                } else if (!now.isWriteable()) {
                    left.add(f[0] + " (not manageable)");
                } else {
                    bean.setVMOption(f[0], f[1]);
                    set.add(f[0] + "=" + f[1]);
                }
            } catch (IllegalArgumentException e) {
                left.add(f[0] + " (" + e.getMessage() + ")");
            }
        }
        return "heap flags set: " + (set.isEmpty() ? "none" : String.join(" ", set))
                + (left.isEmpty() ? "" : "; left: " + String.join(", ", left));
    }
}
