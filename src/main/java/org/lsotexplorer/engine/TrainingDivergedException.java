package org.lsotexplorer.engine;

/** Training produced NaN or infinity. The solver's state is the last good one; the message says what to do. */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrainingDivergedException(String message) {
        super(message);
    }
}
