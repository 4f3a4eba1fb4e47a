package org.lsotexplorer.model;

/**
 * Hyper-parameters of {@link DigitClassifier}, validated. Ranges (violations throw {@link IllegalArgumentException}):
 * {@code imageSize} even, 8..128; {@code channels} 1 or 3; {@code classes} 2..1000; {@code baseWidth} 1..256;
 * {@code featureDim} 2..4096; {@code learningRate} in {@code (0, 1]}.
 *
 * @param imageSize    side length {@code S} of the square input images
 * @param channels     image channels
 * @param classes      number of classes {@code K}
 * @param baseWidth    channels of the first convolution (doubling at each stride-2 level)
 * @param featureDim   width of the penultimate (feature) layer used for the classifier FD
 * @param learningRate Adam step size (betas 0.9 / 0.999)
 */
public record DigitClassifierOptions(int imageSize, int channels, int classes, int baseWidth, int featureDim,
                                     double learningRate) {
    /** Validates the ranges stated on the class. */
    public DigitClassifierOptions {
        if (imageSize < 8 || imageSize > 128 || imageSize % 2 != 0) {
            throw new IllegalArgumentException("imageSize must be even and in 8..128, got " + imageSize);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, got " + channels);
        }
        if (classes < 2 || classes > 1000) {
            throw new IllegalArgumentException("classes must be in 2..1000, got " + classes);
        }
        if (baseWidth < 1 || baseWidth > 256) {
            throw new IllegalArgumentException("baseWidth must be in 1..256, got " + baseWidth);
        }
        if (featureDim < 2 || featureDim > 4096) {
            throw new IllegalArgumentException("featureDim must be in 2..4096, got " + featureDim);
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
        }
    }

    /** MNIST: 28x28 grey, 10 classes, conv 16 -> 32 channels (28 -> 14 -> 7), 128 features, lr 1e-3. */
    public static DigitClassifierOptions mnist() {
        return new DigitClassifierOptions(28, 1, 10, 16, 128, 1e-3);
    }
}
