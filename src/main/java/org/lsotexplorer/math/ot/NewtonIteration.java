package org.lsotexplorer.math.ot;

/**
 * One point of the damped Newton solver's convergence history (for charts and logs).
 *
 * @param iteration 1-based iteration number (0 for the starting point)
 * @param worstRelativeError {@code max_j |mu(W_j) - nu_j| / nu_j} after the iteration
 * @param seconds wall-clock seconds since the solver was created (start-up included)
 * @param halvings how many times the step was halved in this iteration (0: the full Newton step was taken)
 * @param failedTest the test that rejected the last halved step: {@code "min mass"}, {@code "gradient decrease"},
 *                   or {@code ""} when the first step was accepted
 * @param stepLength the accepted step length {@code a} in (0, 1] (0 when no step was accepted)
 */
public record NewtonIteration(int iteration, double worstRelativeError, double seconds, int halvings,
                              String failedTest, double stepLength) {
    public static final String MIN_MASS = "min mass";
    public static final String GRADIENT_DECREASE = "gradient decrease";
}
