package org.lsotexplorer.model;

/**
 * The outcome of evaluating a training loss {@code L(theta)} on one batch: its value and its exact gradient
 * {@code dL/dtheta} with respect to every parameter of the network it was evaluated on. Each loss returns a record
 * implementing this interface that adds its own diagnostics.
 */
public interface LossValue {
    /** {@code L(theta)} on the batch. */
    double value();

    /** {@code dL/dtheta}, in the network's parameter layout. */
    MlpGradients gradients();
}
