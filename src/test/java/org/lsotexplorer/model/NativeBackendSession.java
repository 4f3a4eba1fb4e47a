package org.lsotexplorer.model;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Registered through {@code META-INF/services}: before any test class loads ND4J, the test JVM chooses the libnd4j
 * build exactly as {@link org.lsotexplorer.Launcher} does (oneDNN on a CPU with AVX2+FMA, generic elsewhere), so the
 * tests run on the build users get.
 */
public final class NativeBackendSession implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        NativeBackendChoice.apply();
    }
}
