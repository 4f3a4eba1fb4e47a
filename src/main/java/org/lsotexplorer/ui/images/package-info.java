/**
 * The image explorer (MNIST digits or a face folder): a second window that trains an {@code engine.images} run on
 * its worker thread and shows its progress, the live grid, the latent plane with click-to-decode, generated,
 * reconstructed and nearest-training grids, interpolation strips, metrics and exports; plus the MNIST download
 * dialog. Views draw {@code render.Raster}s made by {@code report.ImageFigures}; the view model
 * ({@link org.lsotexplorer.ui.images.ImageExplorerViewModel}) owns the {@code ImageWorker}, polls its latest-wins
 * snapshot once per pulse and sends every query to it as a job. Never imports ND4J.
 */
package org.lsotexplorer.ui.images;
