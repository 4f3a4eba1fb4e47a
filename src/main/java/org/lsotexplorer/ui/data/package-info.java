/**
 * The data the user trains on: the dataset picker's choices (six toy presets, drawn points, a CSV file), the brush
 * that paints target points, CSV loading and saving, and the small data tool strip. The view model is plain Java
 * with JavaFX properties and is tested without the toolkit.
 */
package org.lsotexplorer.ui.data;
