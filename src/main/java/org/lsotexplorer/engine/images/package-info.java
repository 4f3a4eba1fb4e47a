/**
 * The image pipeline of the paper on MNIST and CelebA: an autoencoder learns a latent space, the codes are
 * standardized, a latent generator (LSOT, or the baselines VAE and WGAN-GP) maps noise to codes, and the decoder
 * turns the result into images. {@link org.lsotexplorer.engine.images.ImageExperiment} runs it one unit of work at a
 * time so a worker thread ({@link org.lsotexplorer.engine.images.ImageWorker}) can show progress, take commands
 * between steps and be cancelled; the CLI drives the same class to completion. Everything that leaves this package
 * is plain Java arrays (pixels as channel-last floats in [0, 1], points as {@code double[]}): no ND4J array escapes.
 */
package org.lsotexplorer.engine.images;
