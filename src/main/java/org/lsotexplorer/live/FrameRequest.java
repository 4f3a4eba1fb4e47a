package org.lsotexplorer.live;

import org.lsotexplorer.engine.ExplainedPhase;
import org.lsotexplorer.render.Viewport;

/**
 * What the screen wants drawn: the layers, the viewport (null fits the run's bounds), the size in device pixels,
 * painted points to overlay, the title to show without a run, whether the run's picture is hidden (painting drawn
 * points before they form a run), whether the map is frozen ("train the potential only"), and the explained phase
 * whose points to highlight ("Explain" mode; null for none). Immutable; the
 * overlay array is never changed after the request is made.
 */
public record FrameRequest(LayerSelection layers, Viewport viewport, int widthPx, int heightPx, float[] overlay,
                           String emptyTitle, boolean snapshotHidden, boolean freezeMap, ExplainedPhase highlight) {
    public FrameRequest {
        widthPx = Math.max(64, widthPx);
        heightPx = Math.max(64, heightPx);
        emptyTitle = emptyTitle == null ? "" : emptyTitle;
    }

    /** The default layers at a size, no overlay. */
    public static FrameRequest of(int widthPx, int heightPx) {
        return new FrameRequest(LayerSelection.defaults(), null, widthPx, heightPx, null, "", false, false, null);
    }

    /** The same request with other layers. */
    public FrameRequest withLayers(LayerSelection l) {
        return new FrameRequest(l, viewport, widthPx, heightPx, overlay, emptyTitle, snapshotHidden, freezeMap,
                highlight);
    }
}
