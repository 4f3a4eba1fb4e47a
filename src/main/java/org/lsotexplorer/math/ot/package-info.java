/**
 * Optimal-transport solvers on plain double arrays: the exact assignment / transportation solver (the ground truth
 * for every metric), log-domain Sinkhorn and the semi-discrete refinement of the LSOT Brenier potential: by
 * Monte-Carlo Adam in any dimension ({@link org.lsotexplorer.math.ot.SemiDiscreteRefinement}) and exactly in the
 * plane ({@link org.lsotexplorer.math.ot.SemiDiscreteNewton}: damped Newton on the exact Laguerre cells of
 * {@link org.lsotexplorer.math.ot.LaguerreDiagram}, Gaussian masses through Owen's T, uniform masses as areas).
 * <p>
 * Entry points: {@link org.lsotexplorer.math.ot.ExactTransportSolver} (method.md 3.3; returns a
 * {@link org.lsotexplorer.math.ot.TransportPlan} with its dual certificate), {@link
 * org.lsotexplorer.math.ot.TransportationSolver} behind it (a network simplex with column generation; the older
 * {@link org.lsotexplorer.math.ot.AssignmentSolver} stays as an independent check for the tests),
 * {@link org.lsotexplorer.math.ot.SinkhornSolver} and the epsilon-scaled {@link org.lsotexplorer.math.ot.ScaledSinkhorn} (method.md 3.4;
 * sparse stabilised scaling on a truncated kernel, {@code StabilizedScaling}) with its
 * {@link org.lsotexplorer.math.ot.SinkhornSolver#softCTransform soft c-transform} for drawing the potential
 * (method.md 3.6). Points are {@code double[][]} (one row per point, any dimension); costs are
 * {@link org.lsotexplorer.math.Cost}. The one-shot solvers are static, stateless and thread-safe; the two
 * refinements are stepped by one owner thread. All throw {@link java.lang.IllegalArgumentException} for invalid
 * input. No JavaFX, no ND4J.
 */
package org.lsotexplorer.math.ot;
