package org.lsotexplorer.engine.images;

import java.util.List;

/**
 * What the window shows of an image run, published by the {@link ImageWorker} (latest wins). Plain arrays only.
 *
 * @param version        increases with every published snapshot
 * @param state          the worker's state
 * @param message        a status or error line for the user
 * @param progress       progress of the current phase (null while loading)
 * @param loadedFraction data loading progress in [0, 1] (1 once loaded)
 * @param liveGrid       the grid that sharpens during training (null until there is one)
 * @param liveGridTitle  what the grid shows
 * @param plane          the latent plane (null until the codes exist)
 * @param log            notes of the run (cache use, skipped files)
 */
public record ImageSnapshot(long version, State state, String message, ImageProgress progress,
                            double loadedFraction, ImageTiles liveGrid, String liveGridTitle, LatentPlane plane,
                            List<String> log) {
    /** The worker's state. */
    public enum State { LOADING, RUNNING, PAUSED, DONE, FAILED, CANCELLED }

    public ImageSnapshot {
        log = List.copyOf(log);
    }

    /** Whether the run has stopped for good (done, failed or cancelled). */
    public boolean isFinal() {
        return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
    }
}
