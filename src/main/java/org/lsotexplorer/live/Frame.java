package org.lsotexplorer.live;

import org.lsotexplorer.engine.PlaneSnapshot;
import org.lsotexplorer.math.metrics.MapAgreement;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PlotLayout;

/**
 * A finished picture of the plane: opaque ARGB pixels ({@code width x height}, row-major; the pipeline reuses the
 * array two frames later, so a reader copies them when it takes the frame), the figure they show and its layout (to map mouse positions to data), the snapshot behind it (null
 * when none shows) and the request it answers.
 *
 * @param serial increases by one per frame of a {@link FramePipeline}
 * @param gridSerial increases whenever a new potential grid was drawn
 * @param exactAgreement the shown map against the exact OT map on the probe points (L2-UVP, cosine) when the exact
 *                       map layer is on and defined, else null
 */
public record Frame(int[] argb, int width, int height, PlaneFigure figure, PlotLayout layout,
                    PlaneSnapshot snapshot, FrameRequest request, long serial, long gridSerial,
                    MapAgreement exactAgreement) {
}
