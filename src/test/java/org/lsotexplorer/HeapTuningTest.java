package org.lsotexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The launcher's run-time heap flags are really set in this JVM (the test JVM leaves them at their defaults). */
class HeapTuningTest {
    @Test
    void setsTheManageableFlagsAndSaysSo() {
        String line = HeapTuning.apply();
        HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        for (String[] f : HeapTuning.FLAGS) {
            assertEquals(f[1], bean.getVMOption(f[0]).getValue(), f[0] + "; " + line);
        }
        assertTrue(line.startsWith("heap flags set: MinHeapFreeRatio=10"), line);
        String again = HeapTuning.apply();
        assertTrue(again.contains("MaxHeapFreeRatio=30 (set before"), "a second call leaves what is set: " + again);
    }
}
