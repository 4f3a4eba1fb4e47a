package org.lsotexplorer.model;

import java.util.Locale;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.LoggerFactory;

/**
 * One-time ND4J set-up shared by every entry point (CLI, GUI, tests).
 * <p>On the 2-core target machine the default of two OpenMP plus two OpenBLAS threads is about twice as slow
 * as one thread, and a single thread also keeps the JavaFX thread responsive, so {@link #init()} pins both to 1.
 * Before ND4J loads it lets {@link NativeBackendChoice} pick the libnd4j build (oneDNN on CPUs with AVX2+FMA) and
 * logs that choice in one line. It is idempotent and thread-safe.
 */
public final class Nd4jRuntime {
    private static volatile boolean initialised;

    private Nd4jRuntime() {
    }

    /** Off-heap memory JavaCPP may hold before it asks for a garbage collection (unless set by the user). */
    static final String MAX_BYTES = "2G";

    /**
     * Caps JavaCPP's native memory unless the user set the properties: by default it may hold as much off-heap as
     * the heap and grow the process to twice that, and networks trained for thousands of steps allocate many short
     * lived arrays whose native memory is only freed after a GC; an image run then grew to 18 GB. With the cap a
     * collection runs before the off-heap part passes {@value #MAX_BYTES}. Effective only before JavaCPP loads.
     */
    private static void capNativeMemory() {
        if (System.getProperty("org.bytedeco.javacpp.maxbytes") == null) {
            System.setProperty("org.bytedeco.javacpp.maxbytes", MAX_BYTES);
        }
        if (System.getProperty("org.bytedeco.javacpp.maxphysicalbytes") == null) {
            long physical = Runtime.getRuntime().maxMemory() + (3L << 30);
            System.setProperty("org.bytedeco.javacpp.maxphysicalbytes", Long.toString(physical));
        }
    }

    /** The system property that switches SameDiff's per-session array cache on ({@code true}, ND4J's default). */
    static final String SAMEDIFF_CACHE = "org.nd4j.autodiff.samediff";

    /**
     * Turns SameDiff's array cache off unless the user set it: each inference session (one per graph, per gradient
     * function, per thread) would otherwise keep up to a quarter of JavaCPP's byte limit of released activations for
     * reuse, several sessions at once in an image run. Without the cache a session closes every intermediate array
     * as soon as the step no longer needs it, so a step's memory is freed when the step ends. CPU allocation is cheap
     * next to a convolution.
     */
    private static void disableSameDiffCache() {
        if (System.getProperty(SAMEDIFF_CACHE) == null) {
            System.setProperty(SAMEDIFF_CACHE, "false");
        }
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
            capNativeMemory();
            String choice = NativeBackendChoice.apply();
            disableSameDiffCache();
            // Load the backend first: NativeOpsHolder reads properties that only the backend's start-up sets, and
            // fails with "ND4J is probably missing dependencies" when it is touched before.
            Nd4j.getBackend();
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
            Nd4j.factory().blas().setMaxThreads(1);
            LoggerFactory.getLogger(Nd4jRuntime.class).info("{}; loaded: {}", choice,
                    isOneDnn() ? "oneDNN" : "no oneDNN");
            initialised = true;
        }
    }

    /**
     * Sets the OpenMP and BLAS threads of every later ND4J op (after {@link #init()}, which sets 1). Two help the
     * large products of a critic step or an autoencoder step on an otherwise idle 2-core machine; the app keeps 1
     * so the window stays responsive.
     */
    public static void useThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        init();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** Whether the loaded libnd4j was built with oneDNN (its build information says {@code HAVE_ONEDNN}). */
    public static boolean isOneDnn() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo().toUpperCase(Locale.ROOT)
                .contains("ONEDNN");
    }
}
