/**
 * Turns engine snapshots into render figures and writes the figure part of run folders. It sits between the engine
 * and the two front ends (cli, ui) so that both draw exactly the same pictures. No JavaFX, no ND4J.
 * (architecture.md lists six layers; this small seventh one exists because render must not know engine types
 * and engine must not draw.)
 */
package org.lsotexplorer.report;
