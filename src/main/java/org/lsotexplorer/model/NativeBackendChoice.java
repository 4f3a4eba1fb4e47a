package org.lsotexplorer.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses which libnd4j build JavaCPP loads, before any ND4J class does. The default build ships two: the generic
 * {@code linux-x86_64} one and {@code linux-x86_64-onednn-avx2} (oneDNN convolutions, about five times faster for
 * the image autoencoders, but it needs AVX2 and FMA). JavaCPP loads the first build it finds in the order of the
 * preset's extensions, which puts the oneDNN one first even on a CPU that cannot run it; the system property
 * {@value #PROPERTY} restricts it to one extension ({@code ""} is the generic build).
 *
 * <p>Rule: if the user set {@value #PROPERTY} (for instance {@code -D...extension=} to force the generic build), it
 * is kept; otherwise the oneDNN build is chosen when its natives are on the class path and the CPU's flags (from
 * {@code /proc/cpuinfo}) include both {@code avx2} and {@code fma}; in every other case (no such file, another OS,
 * an older CPU, a build without the oneDNN jar) the generic build. {@link #apply()} is idempotent and only has an
 * effect before JavaCPP first loads libnd4j.
 */
public final class NativeBackendChoice {
    /** JavaCPP's platform-extension property. */
    public static final String PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** The extension of the oneDNN build. */
    public static final String ONEDNN = "-onednn-avx2";
    private static final String ONEDNN_NATIVES =
            "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64-onednn-avx2/libjnind4jcpu.so";
    private static volatile String applied;

    private NativeBackendChoice() {
    }

    /**
     * The extension for a CPU with these flags: {@link #ONEDNN} when both {@code avx2} and {@code fma} are present
     * and the oneDNN natives are available, else {@code ""}.
     */
    static String extensionFor(Set<String> cpuFlags, boolean oneDnnAvailable) {
        return oneDnnAvailable && cpuFlags.contains("avx2") && cpuFlags.contains("fma") ? ONEDNN : "";
    }

    /** The flags of the first {@code flags} line of a {@code /proc/cpuinfo}-style text (empty when none). */
    static Set<String> cpuFlags(String cpuinfo) {
        try (Stream<String> lines = cpuinfo.lines()) {
            return lines.filter(l -> l.startsWith("flags") && l.indexOf(':') > 0).findFirst()
                    .map(l -> Set.of(l.substring(l.indexOf(':') + 1).trim().toLowerCase(Locale.ROOT).split("\\s+")))
                    .map(s -> s.stream().filter(f -> !f.isEmpty()).collect(Collectors.toUnmodifiableSet()))
                    .orElse(Set.of());
        }
    }

    private static Set<String> hostFlags() {
        try {
            return cpuFlags(Files.readString(Path.of("/proc/cpuinfo")));
        } catch (IOException | RuntimeException e) {
            return Set.of();   // not Linux, or unreadable: the generic build is always safe
        }
    }

    /**
     * Sets {@value #PROPERTY} unless the user did, and returns a one-line description of the choice (the same
     * line on every call).
     */
    public static String apply() {
        String line = applied;
        if (line != null) {
            return line;
        }
        synchronized (NativeBackendChoice.class) {
            if (applied != null) {
                return applied;
            }
            String user = System.getProperty(PROPERTY);
            if (user != null) {
                line = "libnd4j: " + describe(user) + " (set by -D" + PROPERTY + ")";
            } else {
                boolean available = NativeBackendChoice.class.getClassLoader().getResource(ONEDNN_NATIVES) != null;
                Set<String> flags = hostFlags();
                String ext = extensionFor(flags, available);
                System.setProperty(PROPERTY, ext);
                line = "libnd4j: " + describe(ext) + " ("
                        + (!available ? "this build has no oneDNN natives"
                        : ext.isEmpty() ? "the CPU lacks AVX2+FMA" : "the CPU has AVX2+FMA") + ")";
            }
            applied = line;
            return line;
        }
    }

    /** Whether the chosen extension is the oneDNN build (call after {@link #apply()}). */
    public static boolean oneDnnChosen() {
        return ONEDNN.equals(System.getProperty(PROPERTY));
    }

    private static String describe(String extension) {
        return extension.contains("onednn") ? "oneDNN build (linux-x86_64" + extension + ")"
                : extension.isEmpty() ? "generic build (linux-x86_64)" : "build linux-x86_64" + extension;
    }
}
