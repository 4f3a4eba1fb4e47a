package org.lsotexplorer.engine.images;

/** The phases of an image run, in order. */
public enum ImagePhase {
    AUTOENCODER("training the autoencoder"),
    ENCODING("encoding the training images"),
    GENERATOR("training the latent generator"),
    BASELINES("training the baselines (VAE, WGAN-GP) for comparison"),
    CLASSIFIER("training the MNIST classifier for the metrics"),
    DONE("done");

    private final String label;

    ImagePhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
