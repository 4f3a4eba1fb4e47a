package org.lsotexplorer.engine.images;

import java.util.List;

/**
 * What the {@link ImageWorker} and the image window need of a run, whatever made its codes: an
 * {@link ImageExperiment} (autoencoder on MNIST or faces) or a {@link CodeExperiment} (the researcher's own codes).
 * Confined to the worker thread like the runs themselves.
 */
public interface ImageRun {
    /** One unit of work; does nothing once done. */
    void step();

    boolean isDone();

    ImagePhase phase();

    ImageProgress progress();

    /** Notes worth showing in a log. */
    List<String> log();

    /** The grid that sharpens during training, or null when the run has nothing to draw. */
    ImageTiles liveGrid();

    String liveGridTitle();

    /** Whether the codes exist, so the plane and the queries below can be asked for. */
    boolean hasCodes();

    /** The latent plane with at most {@code maxCodes} codes. */
    LatentPlane plane(int maxCodes);

    /** The status line once the run is built, e.g. how much was loaded. */
    String loadedMessage();

    /** The image at a plane point; a noise point goes through the map first. */
    ImageTiles decodePlanePoint(double x, double y, boolean noisePoint);

    /** Images of the generator for the noise rows. */
    ImageTiles generate(double[][] noise);

    /** Seeded standard Gaussian noise rows of the latent dimension. */
    double[][] noise(int n, long seed);

    /**
     * Frees the run's models (parameters, optimizer moments, solver state, off-heap copies of images) now rather
     * than at some later garbage collection; the run must not be used afterwards. The worker calls it when the run
     * is cancelled (a new run in the image window, or the window closing). Idempotent.
     */
    void release();
}
