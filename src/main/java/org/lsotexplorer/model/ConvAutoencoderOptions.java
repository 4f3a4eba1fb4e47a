package org.lsotexplorer.model;

/**
 * Hyper-parameters of {@link ConvAutoencoder} and {@link VariationalAutoencoder}: a validated, immutable record.
 *
 * <p>Shapes: images are {@code channels x imageSize x imageSize}, NCHW, pixel values in {@code [0, 1]}. The encoder
 * halves the spatial size with stride-2 convolutions while the size is even and above 4 ({@link #downsamplings()}
 * times: 28 -> 14 -> 7, 32 -> 16 -> 8 -> 4, 64 -> 32 -> 16 -> 8 -> 4, 16 -> 8 -> 4), doubling the channels from
 * {@code baseWidth} each time; a dense layer then maps the flattened feature map to {@code latentDim} codes.
 *
 * <p>Ranges (violations throw {@link IllegalArgumentException}): {@code imageSize} even, 8..128 (the app uses 28, 32
 * or 64; tests use 8 or 16); {@code channels} 1 or 3; {@code latentDim} 1..1024; {@code baseWidth} 1..256;
 * {@code learningRate} in {@code (0, 1]}; {@code batchSize} 1..4096; {@code loss} not null.
 *
 * @param imageSize    side length {@code S} of the square images
 * @param channels     1 (grey) or 3 (RGB)
 * @param latentDim    dimension {@code d} of the latent codes
 * @param baseWidth    channels of the first convolution
 * @param loss         the per-pixel reconstruction loss
 * @param learningRate Adam step size (betas 0.9 / 0.999)
 * @param batchSize    the batch size trainers should use (the model itself accepts any batch)
 */
public record ConvAutoencoderOptions(int imageSize, int channels, int latentDim, int baseWidth,
                                     ReconstructionLoss loss, double learningRate, int batchSize) {

    /** The per-pixel reconstruction loss {@code l(x, x')}, averaged over pixels for the AE. */
    public enum ReconstructionLoss {
        /** Squared error {@code (x' - x)^2}. */
        MSE,
        /**
         * Binary cross-entropy {@code -x log x' - (1 - x) log(1 - x')}, computed from the decoder's logits in a
         * numerically stable form. Suits MNIST (near-binary pixels).
         */
        BCE
    }

    /** Validates the ranges stated on the class. */
    public ConvAutoencoderOptions {
        if (imageSize < 8 || imageSize > 128 || imageSize % 2 != 0) {
            throw new IllegalArgumentException("imageSize must be even and in 8..128, got " + imageSize);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, got " + channels);
        }
        if (latentDim < 1 || latentDim > 1024) {
            throw new IllegalArgumentException("latentDim must be in 1..1024, got " + latentDim);
        }
        if (baseWidth < 1 || baseWidth > 256) {
            throw new IllegalArgumentException("baseWidth must be in 1..256, got " + baseWidth);
        }
        if (loss == null) {
            throw new IllegalArgumentException("loss must not be null");
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
        }
        if (batchSize < 1 || batchSize > 4096) {
            throw new IllegalArgumentException("batchSize must be in 1..4096, got " + batchSize);
        }
    }

    /** MNIST defaults: 28x28 grey, latent 8, base width 16, BCE, lr 1e-3, batch 128. */
    public static ConvAutoencoderOptions mnist() {
        return new ConvAutoencoderOptions(28, 1, 8, 16, ReconstructionLoss.BCE, 1e-3, 128);
    }

    /** CelebA defaults: {@code size}x{@code size} RGB (64 or 32), latent 64, base width 32, MSE, lr 1e-3, batch 64. */
    public static ConvAutoencoderOptions celeba(int size) {
        return new ConvAutoencoderOptions(size, 3, 64, 32, ReconstructionLoss.MSE, 1e-3, 64);
    }

    /** A copy with another latent dimension. */
    public ConvAutoencoderOptions withLatentDim(int d) {
        return new ConvAutoencoderOptions(imageSize, channels, d, baseWidth, loss, learningRate, batchSize);
    }

    /** A copy with another loss. */
    public ConvAutoencoderOptions withLoss(ReconstructionLoss l) {
        return new ConvAutoencoderOptions(imageSize, channels, latentDim, baseWidth, l, learningRate, batchSize);
    }

    /** Number of stride-2 convolutions: halve while the size is even and greater than 4. */
    public int downsamplings() {
        return ConvGeometry.downsamplings(imageSize);
    }

    /** Side length of the encoder's last feature map (7 for 28, 4 for 32 and 64). */
    public int bottleneckSize() {
        return imageSize >> downsamplings();
    }

    /** Number of values in one image, {@code channels * imageSize^2}. */
    public int pixelCount() {
        return channels * imageSize * imageSize;
    }
}
