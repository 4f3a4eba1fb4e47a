package org.lsotexplorer.math.ot;

/**
 * How a batch of source points is sorted into the cells of a Brenier potential: for every point
 * {@code j*(z) = argmax_j <z, y_j> + h_j} (ties: the lowest index), counted per cell. Every implementation returns
 * exactly {@link BrenierPotential#cellOf}'s answer for every point, so the counts are the same whichever is used;
 * they differ only in speed. {@link #SCAN} is the per-point search of {@link BrenierPotential#cellCounts};
 * {@link BlockedCellSearch} does the work as blocked matrix products, which pays above a few dimensions.
 */
@FunctionalInterface
public interface CellSearch {
    /** The per-point search ({@link BrenierPotential#cellCounts}): kd-tree up to 16-D, else a scan. */
    CellSearch SCAN = BrenierPotential::cellCounts;

    /**
     * @param potential the potential whose cells are counted
     * @param points    finite points of the potential's dimension
     * @return {@code counts[j]}, the number of points in cell {@code j} (length {@code potential.codeCount()})
     */
    int[] cellCounts(BrenierPotential potential, double[][] points);
}
