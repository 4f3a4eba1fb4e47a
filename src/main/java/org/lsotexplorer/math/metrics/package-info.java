/**
 * The evaluation metrics of method.md section 4 (mode coverage, high-quality fraction, mass balance, W2 to target, map optimality, L2-UVP, cosine), computed against the exact solver, and for images the class coverage of generated digits and pixel MSE / PSNR.
 */
package org.lsotexplorer.math.metrics;
