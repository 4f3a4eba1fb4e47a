package org.lsotexplorer.engine;

/**
 * Which layers a snapshot computes and how finely.
 *
 * @param gridResolution cells per side of the potential grid and the singular-set mask, 8..1024
 * @param potential sample the potential
 * @param rawDiscriminator sample the raw discriminator (lsot)
 * @param singularSet compute the singular-set mask (lsot, 2-D)
 * @param rawResolution cells per side of the raw discriminator grid, 8..1024 (a network is costly to evaluate)
 * @param arrowLimit probe points to map for arrows, &gt;= 0 (all of them when larger than the probe batch)
 */
public record SnapshotOptions(int gridResolution, boolean potential, boolean rawDiscriminator, boolean singularSet,
                              int rawResolution, int arrowLimit) {
    public SnapshotOptions {
        Checks.range("grid resolution", gridResolution, 8, 1024);
        Checks.range("raw discriminator resolution", rawResolution, 8, 1024);
        if (arrowLimit < 0) {
            throw new IllegalArgumentException("arrow limit must be >= 0, got " + arrowLimit);
        }
    }

    /** Every layer at {@code gridResolution}, every probe point. */
    public static SnapshotOptions full(int gridResolution) {
        return new SnapshotOptions(gridResolution, true, true, true, gridResolution, Integer.MAX_VALUE);
    }

    /** No grids. */
    public static SnapshotOptions pointsOnly() {
        return new SnapshotOptions(8, false, false, false, 8, Integer.MAX_VALUE);
    }
}
