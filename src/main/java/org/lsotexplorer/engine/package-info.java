/**
 * Training runs: the transport solvers (lsot, critic-rays, exact, sinkhorn) as steppable objects, immutable snapshots for the screen, and run folders (manifest, metrics, figures). One worker thread owns every ND4J array of a run. No JavaFX.
 */
package org.lsotexplorer.engine;
