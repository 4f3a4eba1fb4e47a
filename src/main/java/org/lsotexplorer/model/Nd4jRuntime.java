package org.lsotexplorer.model;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * One-time ND4J set-up shared by every entry point (CLI, GUI, tests).
 * <p>On the 2-core target machine the default of two OpenMP plus two OpenBLAS threads is about twice as slow
 * as one thread, and a single thread also keeps the JavaFX thread responsive, so {@link #init()} pins both to 1.
 * It is idempotent and thread-safe.
 */
public final class Nd4jRuntime {
    private static volatile boolean initialised;

    private Nd4jRuntime() {
    }

    /** Pins ND4J to one OpenMP and one BLAS thread. Safe to call many times. */
    public static void init() {
        if (initialised) {
            return;
        }
        synchronized (Nd4jRuntime.class) {
            if (initialised) {
                return;
            }
            // Load the backend first: NativeOpsHolder reads properties that only the backend's start-up sets, and
            // fails with "ND4J is probably missing dependencies" when it is touched before.
            Nd4j.getBackend();
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
            Nd4j.factory().blas().setMaxThreads(1);
            initialised = true;
        }
    }
}
