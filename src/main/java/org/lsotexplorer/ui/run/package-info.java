/**
 * Running the training worker from the window: the session that starts the worker off the FX thread and sends it
 * commands (play, pause, step, reset, live settings, jobs that must read the solver), the view model of the run's
 * state, and the run controls and status bar. Commands act between training steps; the FX thread never waits for
 * training.
 */
package org.lsotexplorer.ui.run;
