/**
 * The JavaFX explorer window: the application class, the window that assembles the views, the controller that wires
 * view models to the training worker, and the frame pump (one {@code AnimationTimer} that takes the newest
 * snapshot each pulse; never one {@code Platform.runLater} per training step). Sub-packages hold the views and view
 * models of one area each. The ui layer may use engine, report, render, data and math, but never ND4J or model.
 */
package org.lsotexplorer.ui;
