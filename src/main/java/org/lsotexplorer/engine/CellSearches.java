package org.lsotexplorer.engine;

import org.lsotexplorer.math.ot.BlockedCellSearch;
import org.lsotexplorer.math.ot.CellSearch;
import org.lsotexplorer.model.BlasMatrixProducts;

/**
 * Which {@link CellSearch} the engine uses for Monte-Carlo cell counts: from {@value #BLOCKED_MIN_DIM} dimensions
 * on (image latents, d = 8..128) blocked BLAS matrix products with an exact re-check ({@link BlockedCellSearch});
 * below, the per-point kd-tree search, which is faster there. Both give the same counts. The blocked search uses
 * every core ({@link #DEFAULT_THREADS}, at most 4): it runs only for image latents (CLI runs and the image window,
 * where no frame worker needs a core), and its answer does not depend on the thread count. The 2-D search of the
 * live window runs on the calling thread.
 */
public final class CellSearches {
    /** The smallest dimension searched by matrix products. */
    public static final int BLOCKED_MIN_DIM = 8;

    private CellSearches() {
    }

    /** Threads of the blocked search by default: the machine's cores, at most 4. */
    public static final int DEFAULT_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** The cell search for points of dimension {@code dim} ({@link #DEFAULT_THREADS} threads where blocked). */
    public static CellSearch forDimension(int dim) {
        return forDimension(dim, DEFAULT_THREADS);
    }

    /** The same with the blocked search on {@code threads >= 1} threads (for {@code bench cells --threads}). */
    public static CellSearch forDimension(int dim, int threads) {
        return dim >= BLOCKED_MIN_DIM ? new BlockedCellSearch(new BlasMatrixProducts(), threads) : CellSearch.SCAN;
    }
}
