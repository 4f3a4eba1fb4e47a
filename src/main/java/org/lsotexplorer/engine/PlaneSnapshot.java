package org.lsotexplorer.engine;

import java.util.Map;

/**
 * An immutable copy of what the screen needs at one step, made on the worker thread (the threading rule of
 * architecture.md). Point arrays are interleaved {@code x0,y0,x1,y1,...} floats of the first two coordinates.
 * Grids and the mask may be {@code null} when not requested or not defined for the solver. No array is shared
 * with the solver: later steps never change a snapshot.
 */
public record PlaneSnapshot(int step, int totalSteps, String phase, SolverKind solver, String targetName,
                            PlaneBounds bounds, float[] source, float[] target, float[] mapped, float[] arrowFrom,
                            float[] arrowTo, GridValues potential, GridValues rawDiscriminator,
                            boolean[] singularMask, int maskColumns, int maskRows, Map<String, Double> losses) {
    public PlaneSnapshot {
        losses = Map.copyOf(losses);
    }
}
