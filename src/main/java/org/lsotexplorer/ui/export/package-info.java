/**
 * Export: the plane view as PNG at screen size or twice that (the same figure rendered larger), the metrics as CSV,
 * and the whole run folder in the command line's format (written on the worker, since it reads the solver). File
 * choosers sit behind {@link org.lsotexplorer.ui.export.FileDialogs} so tests can inject the chosen paths.
 */
package org.lsotexplorer.ui.export;
