package org.lsotexplorer.engine;

/**
 * An immutable status line of the worker for the status bar.
 *
 * @param state what the worker is doing
 * @param step steps done
 * @param totalSteps the budget
 * @param phase phase of the next step
 * @param stepsPerSecond recent training throughput (steps per second of wall time)
 * @param elapsedSeconds training time so far (paused time excluded)
 * @param message the last error or notice, empty if none
 */
public record WorkerStatus(WorkerState state, int step, int totalSteps, String phase, double stepsPerSecond,
                           double elapsedSeconds, String message) {
}
