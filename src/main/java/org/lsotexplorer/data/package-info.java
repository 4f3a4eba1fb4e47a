/**
 * Datasets: the seeded 2-D toys of method.md section 5 and CSV point files. No JavaFX.
 */
package org.lsotexplorer.data;
