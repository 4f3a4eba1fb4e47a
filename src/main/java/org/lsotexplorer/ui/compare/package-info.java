/**
 * The compare view: 2 to 4 panes on the same data and seed, each with its own solver or setting, trained round robin
 * on one worker thread and drawn by one frame thread; pan, zoom, layers and hover linked across panes; a metric table
 * below (estimates while training, the final evaluation of {@code metrics.json} once a pane is done); the whole view
 * exported as one PNG. JavaFX only, never ND4J arrays.
 */
package org.lsotexplorer.ui.compare;
