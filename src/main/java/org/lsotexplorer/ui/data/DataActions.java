package org.lsotexplorer.ui.data;

import org.lsotexplorer.engine.SolverKind;

/** What the problem strip asks the controller to do; each runs on the FX thread. */
public interface DataActions {
    /** The user picked a dataset (a CSV entry asks for a file; a failed load keeps the previous data). */
    void pickDataset(Dataset d);

    /** The user picked a solver (the run resets with it). */
    void pickSolver(SolverKind k);

    /** Asks for a CSV file of points and loads it. */
    void loadCsv();

    /** Asks for a file and writes the current points as CSV. */
    void savePoints();

    /** Removes every painted point. */
    void clearDrawing();
}
