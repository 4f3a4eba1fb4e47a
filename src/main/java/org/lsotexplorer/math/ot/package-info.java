/**
 * Optimal-transport solvers on plain double arrays: the exact assignment / transportation solver (the ground truth for every metric), log-domain Sinkhorn and the semi-discrete refinement of the LSOT Brenier potential.
 */
package org.lsotexplorer.math.ot;
