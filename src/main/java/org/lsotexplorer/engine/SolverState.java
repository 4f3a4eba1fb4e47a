package org.lsotexplorer.engine;

import java.util.Optional;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.math.ot.LaguerreDiagram;

/**
 * What a solver's map and potential are at one step, as an immutable copy that any thread may evaluate while the
 * solver trains on (the threading rule of architecture.md: the training thread hands over a cheap copy of state,
 * heights or parameters, and the frame worker turns it into pictures). Taking one costs little (arrays of size n or
 * a parameter copy); evaluating it costs what the map costs. Implementations are immutable and thread-safe, and
 * never touch ND4J.
 */
public interface SolverState extends TransportMap {
    /** The potential the plane shows (method.md 3.6). */
    PotentialField potential();

    /** The Brenier potential {@code u(z) = max_j <z,y_j> + h_j} behind the map, when the map is its gradient. */
    default Optional<BrenierPotential> brenier() {
        return Optional.empty();
    }

    /**
     * The singular set on a regular grid over the plane (first two coordinates), {@code mask[row*cols+col]} with row
     * 0 at {@code yMin}; empty for solvers without one.
     */
    default Optional<boolean[]> singularMask(double xMin, double xMax, double yMin, double yMax, int columns,
                                             int rows) {
        return Optional.empty();
    }

    /**
     * The Laguerre cells of a Brenier map in the plane, exactly measured against the source: the solver's own
     * diagram when it has one (Newton), else computed now, warm-started from {@code previous} (a diagram of the same
     * codes, or null). Empty for other maps, for d != 2, and for duplicate codes.
     */
    default Optional<LaguerreDiagram> laguerreCells(LaguerreDiagram previous) {
        return Optional.empty();
    }

    /** The pairs an unfinished exact solve has matched so far ({@code from[i] -> to[i]}); empty otherwise. */
    default Optional<PartialPlan> partialPlan() {
        return Optional.empty();
    }

    /**
     * Pairs matched so far by an exact solve that is still running.
     *
     * @param from source points of the matched pairs
     * @param to their codes
     * @param matched pairs matched so far
     * @param total pairs in all
     */
    record PartialPlan(double[][] from, double[][] to, int matched, int total) {
    }
}
