package org.lsotexplorer.engine;

import org.lsotexplorer.math.ot.BlockedCellSearch;
import org.lsotexplorer.math.ot.CellSearch;
import org.lsotexplorer.model.BlasMatrixProducts;

/**
 * Which {@link CellSearch} the engine uses for Monte-Carlo cell counts: from {@value #BLOCKED_MIN_DIM} dimensions
 * on (image latents, d = 8..128) blocked BLAS matrix products with an exact re-check ({@link BlockedCellSearch});
 * below, the per-point kd-tree search, which is faster there. Both give the same counts. The search runs on the
 * calling thread (the training thread of a run), leaving the other core to the frame worker.
 */
public final class CellSearches {
    /** The smallest dimension searched by matrix products. */
    public static final int BLOCKED_MIN_DIM = 8;

    private CellSearches() {
    }

    /** The cell search for points of dimension {@code dim}, on the calling thread. */
    public static CellSearch forDimension(int dim) {
        return forDimension(dim, 1);
    }

    /** The same with the blocked search on {@code threads >= 1} threads (for {@code bench cells --threads}). */
    public static CellSearch forDimension(int dim, int threads) {
        return dim >= BLOCKED_MIN_DIM ? new BlockedCellSearch(new BlasMatrixProducts(), threads) : CellSearch.SCAN;
    }
}
