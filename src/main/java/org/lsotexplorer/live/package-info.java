/**
 * The frame pipeline between the training thread and the screen (the threading rule): the training thread
 * publishes cheap {@link org.lsotexplorer.engine.RunState} copies; a {@link org.lsotexplorer.live.FrameWorker} on
 * the other core maps the display points, samples the potential grid (coarse first, then fine while the state is
 * still), builds the {@link org.lsotexplorer.render.PlaneFigure} for the screen's request and renders it to ARGB
 * pixels, into a latest-wins slot; the FX thread only copies the newest frame's pixels to the screen. Also the live
 * metric estimates. No JavaFX and no ND4J here, so {@code bench live} runs the same code without a window.
 */
package org.lsotexplorer.live;
