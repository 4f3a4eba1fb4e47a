package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NativeBackendChoiceTest {
    private static final String AMD_FLAGS = """
            processor	: 0
            vendor_id	: AuthenticAMD
            flags		: fpu vme de pse sse sse2 ssse3 fma cx16 sse4_1 sse4_2 avx f16c avx2 bmi2 avx512f
            bugs		: sysret_ss_attrs
            processor	: 1
            flags		: fpu sse
            """;

    @Test
    void readsTheFirstFlagsLine() {
        Set<String> flags = NativeBackendChoice.cpuFlags(AMD_FLAGS);
        assertTrue(flags.containsAll(Set.of("avx2", "fma", "avx512f", "fpu")), flags.toString());
        assertEquals(16, flags.size(), flags.toString());
        assertEquals(Set.of(), NativeBackendChoice.cpuFlags("processor : 0\nmodel name : x\n"));
        assertEquals(Set.of(), NativeBackendChoice.cpuFlags(""));
    }

    @Test
    void oneDnnOnlyWithAvx2AndFmaAndItsNatives() {
        assertEquals("-onednn-avx2", NativeBackendChoice.extensionFor(Set.of("avx2", "fma"), true));
        assertEquals("", NativeBackendChoice.extensionFor(Set.of("avx2"), true), "avx2 without fma");
        assertEquals("", NativeBackendChoice.extensionFor(Set.of("fma", "avx"), true), "fma without avx2");
        assertEquals("", NativeBackendChoice.extensionFor(Set.of(), true), "no flags (not Linux)");
        assertEquals("", NativeBackendChoice.extensionFor(Set.of("avx2", "fma"), false), "jar without the natives");
    }

    @Test
    void theTestJvmMadeTheChoiceBeforeNd4jLoaded() {
        // NativeBackendSession (a LauncherSessionListener) runs before any test class
        String ext = System.getProperty(NativeBackendChoice.PROPERTY);
        assertNotNull(ext, "the platform extension was not chosen for the test JVM");
        Nd4jRuntime.init();
        assertEquals(NativeBackendChoice.ONEDNN.equals(ext), Nd4jRuntime.isOneDnn(),
                "the loaded libnd4j does not match the choice " + ext + ": " + NativeBackendChoice.apply());
    }
}
