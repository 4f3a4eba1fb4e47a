/**
 * Live numbers: the metrics panel (method.md section 4, each with its definition as a tooltip) and the
 * JFreeChart-FX curves of losses and metrics against the step, decimated so long runs stay cheap and updated on the
 * FX thread in one batch per refresh.
 */
package org.lsotexplorer.ui.metrics;
