package org.lsotexplorer.engine;

/**
 * A scalar potential over the plane, the one whose gradient the arrows follow (method.md 3.6), evaluated in
 * batches on the worker thread.
 */
public interface PotentialField {
    /** Legend label, e.g. {@code "phi(z) = min_j c2(z,y_j) - g_j"}. */
    String label();

    /** Values at the given points (same dimension as the problem). */
    double[] evaluate(double[][] points);

    /** A note shown with the field, e.g. that a network is extrapolating away from the codes; empty if none. */
    default String caveat() {
        return "";
    }
}
