package org.lsotexplorer.engine;

/** What the training worker is doing. */
public enum WorkerState {
    /** Waiting for Train or Step. */
    PAUSED,
    /** Stepping continuously. */
    RUNNING,
    /** The budget is spent; the final snapshot and metrics are published. */
    DONE,
    /** The last step produced NaN/infinity; training paused on the last good state. */
    DIVERGED,
    /** Shut down; no further steps. */
    STOPPED
}
