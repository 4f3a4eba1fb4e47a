package org.lsotexplorer.model;

/**
 * Thrown by a training step whose loss or gradient is NaN or infinite (for example after a too-large learning rate).
 * The step is abandoned before any parameter or optimizer state changes, so the model keeps the parameters of the
 * last good step and may be trained on (with a smaller learning rate) or saved.
 */
public final class NonFiniteLossException extends ArithmeticException {
    private final long step;

    /** @param step the 1-based number of the step that failed */
    public NonFiniteLossException(String message, long step) {
        super(message + " at step " + step + "; parameters left at the last good values");
        this.step = step;
    }

    /** The 1-based number of the step that failed. */
    public long step() {
        return step;
    }
}
