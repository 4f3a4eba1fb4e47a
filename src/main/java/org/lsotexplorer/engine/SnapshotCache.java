package org.lsotexplorer.engine;

/**
 * Builds snapshots for the live view, reusing the last potential grids between grid frames (grids are immutable,
 * so sharing them is safe) and keeping the map frozen when asked.
 */
final class SnapshotCache {
    private PlaneSnapshot lastGrid;
    private PlaneSnapshot frozenMap;
    private boolean freeze;

    void clear() {
        lastGrid = null;
        frozenMap = null;
    }

    void freezeMap(boolean frozen) {
        freeze = frozen;
        if (!frozen) {
            frozenMap = null;
        }
    }

    PlaneSnapshot take(TransportRun run, boolean withGrid, int resolution) {
        PlaneSnapshot s = run.snapshot(withGrid || lastGrid == null ? SnapshotOptions.full(resolution)
                : SnapshotOptions.pointsOnly());
        if (withGrid || lastGrid == null) {
            lastGrid = s;
        }
        if (freeze && frozenMap == null) {
            frozenMap = s;
        }
        PlaneSnapshot m = freeze ? frozenMap : s;
        return new PlaneSnapshot(s.step(), s.totalSteps(), s.phase(), s.solver(), s.targetName(), s.bounds(),
                s.source(), s.target(), m.mapped(), s.arrowFrom(), m.arrowTo(), lastGrid.potential(),
                lastGrid.rawDiscriminator(), lastGrid.singularMask(), lastGrid.maskColumns(), lastGrid.maskRows(),
                s.losses());
    }
}
