package org.lsotexplorer.engine;

/** A transport map {@code T} applied to a batch of source points (rows); returns new rows. */
@FunctionalInterface
public interface TransportMap {
    double[][] map(double[][] z);
}
