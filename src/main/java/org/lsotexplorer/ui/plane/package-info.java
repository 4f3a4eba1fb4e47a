/**
 * The latent plane view, the heart of the window: which layers show (source, target, mapped samples, potential
 * heatmap with contours and colour bar, raw discriminator, arrows, singular set), the figure built from the newest
 * snapshot through {@code render/}, pan and zoom, the hover read-out of coordinates and potential, and the brush.
 * Figure building, viewport maths and grid look-ups are plain Java; only {@link org.lsotexplorer.ui.plane.PlaneView}
 * and {@link org.lsotexplorer.ui.plane.LayerTogglesView} touch JavaFX nodes.
 */
package org.lsotexplorer.ui.plane;
