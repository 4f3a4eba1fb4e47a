package org.lsotexplorer.engine;

/**
 * The convergence of lsot's refinement so far, for the convergence chart: per iteration the worst cell's relative
 * mass error {@code max_j |mu(W_j) - nu_j| / nu_j} (exact for Newton; the Monte-Carlo {@code n max|g|} for Adam,
 * the same quantity for uniform weights) and the seconds spent refining until then. Arrays are copies, never
 * changed.
 *
 * @param method "newton" or "adam"
 */
public record RefinementTrace(String method, double[] iterations, double[] errors, double[] seconds) {
    public RefinementTrace {
        if (iterations.length != errors.length || errors.length != seconds.length) {
            throw new IllegalArgumentException("a trace needs as many iterations, errors and times");
        }
    }

    public int size() {
        return errors.length;
    }
}
