/**
 * Datasets: the seeded 2-D toys of method.md section 5, CSV point files, and image sets.
 *
 * <p>Image sets are {@link org.lsotexplorer.data.ImageDataset}s (compact unsigned bytes, HWC): MNIST from its IDX
 * files ({@link org.lsotexplorer.data.IdxReader}, {@link org.lsotexplorer.data.MnistFolder}, optionally fetched by
 * {@link org.lsotexplorer.data.MnistDownload}) and folders of face images
 * ({@link org.lsotexplorer.data.FaceFolder}), decoded once and kept in a
 * {@link org.lsotexplorer.data.DatasetCache}. {@link org.lsotexplorer.data.MemoryBudget} refuses a set that would
 * not fit in the heap before anything is allocated. The app never needs any of these data sets to run.
 *
 * <p>No JavaFX, no ND4J; the only project package used is {@code org.lsotexplorer.math}.
 */
package org.lsotexplorer.data;
