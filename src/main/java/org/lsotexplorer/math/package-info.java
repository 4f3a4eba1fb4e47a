/**
 * Pure numerics, no JavaFX and no ND4J: transport costs, point-cloud helpers, the symmetric eigen-decomposition (JacobiEigen), code standardization, the principal plane that shows codes in 2-D, straight-line interpolation paths, and the OT solvers of method.md section 3 (exact, entropic, semi-discrete).
 */
package org.lsotexplorer.math;
