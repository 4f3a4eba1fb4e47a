/**
 * Pure numerics, no JavaFX and no ND4J: transport costs, point-cloud helpers and the OT solvers of method.md section 3 (exact, entropic, semi-discrete).
 */
package org.lsotexplorer.math;
