package org.lsotexplorer.engine;

/**
 * What a snapshot should contain. Scatter and arrows are cheap; grids cost one potential evaluation per cell.
 *
 * @param gridResolution cells per side of the potential grid, 8..1024
 * @param potential include the potential grid
 * @param rawDiscriminator include the raw network D grid (lsot only)
 * @param singularSet include the singular-set mask (lsot only)
 */
public record SnapshotOptions(int gridResolution, boolean potential, boolean rawDiscriminator, boolean singularSet) {
    public SnapshotOptions {
        Checks.range("grid resolution", gridResolution, 8, 1024);
    }

    /** Everything, at the given resolution. */
    public static SnapshotOptions full(int gridResolution) {
        return new SnapshotOptions(gridResolution, true, true, true);
    }

    /** Points and arrows only. */
    public static SnapshotOptions pointsOnly() {
        return new SnapshotOptions(8, false, false, false);
    }
}
