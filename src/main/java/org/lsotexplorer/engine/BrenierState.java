package org.lsotexplorer.engine;

import java.util.Optional;
import org.lsotexplorer.math.SourceDistribution;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.math.ot.LaguerreDiagram;

/**
 * The state of a solver whose map is the gradient of a Brenier potential {@code u(z) = max_j <z,y_j> + h_j}
 * (lsot, exact): {@code T(z) = y_{argmax}}, optionally blended across non-singular facets (lsot's generator, with
 * its angle threshold and blend width &gt; 0), the Kantorovich potential {@code phi = |z|^2/2 - u} on the plane and,
 * for lsot in 2-D, the singular set. Immutable; {@code u} is immutable too.
 *
 * @param u the Brenier potential
 * @param potentialLabel the heatmap's label
 * @param angleThreshold lsot's singular-set threshold in [0, pi], or NaN for a plain argmax map without a singular set
 * @param blendWidth lsot's blend width (&gt; 0), ignored when {@code angleThreshold} is NaN
 * @param partial the pairs of an unfinished exact solve, or null
 * @param source the source measure, for the Laguerre cells' masses
 * @param cells the solver's own Laguerre diagram of {@code u} (Newton), or null
 */
public record BrenierState(BrenierPotential u, String potentialLabel, double angleThreshold, double blendWidth,
                           PartialPlan partial, SourceDistribution source, LaguerreDiagram cells)
        implements SolverState {

    @Override
    public Optional<LaguerreDiagram> laguerreCells(LaguerreDiagram previous) {
        if (cells != null) {
            return Optional.of(cells);
        }
        if (u.dimension() != 2 || source == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(previous != null && previous.codeCount() == u.codeCount()
                    ? previous.withHeights(u.heights()) : LaguerreDiagram.compute(u.codes(), u.heights(), null, source));
        } catch (IllegalArgumentException duplicateCodes) {
            return Optional.empty();
        }
    }

    @Override
    public PotentialField potential() {
        return new KantorovichPotential(u, potentialLabel);
    }

    @Override
    public Optional<BrenierPotential> brenier() {
        return Optional.of(u);
    }

    @Override
    public double[][] map(double[][] z) {
        double[][] out = new double[z.length][];
        boolean blended = !Double.isNaN(angleThreshold);
        for (int i = 0; i < z.length; i++) {
            out[i] = blended ? u.generate(z[i], angleThreshold, blendWidth) : u.map(z[i]);
        }
        return out;
    }

    @Override
    public Optional<boolean[]> singularMask(double xMin, double xMax, double yMin, double yMax, int columns,
                                            int rows) {
        if (Double.isNaN(angleThreshold) || u.dimension() != 2) {
            return Optional.empty();
        }
        return Optional.of(u.singularMask(xMin, xMax, yMin, yMax, columns, rows, angleThreshold));
    }

    @Override
    public Optional<PartialPlan> partialPlan() {
        return Optional.ofNullable(partial);
    }
}
