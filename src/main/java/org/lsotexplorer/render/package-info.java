/**
 * Snapshot to ARGB pixels: perceptually uniform heatmaps with contour lines and legends, scatter layers, transport arrows, axes and PNG output. The GUI and the CLI draw with this same code. No JavaFX, no ND4J.
 */
package org.lsotexplorer.render;
