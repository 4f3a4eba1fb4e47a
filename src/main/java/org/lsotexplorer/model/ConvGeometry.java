package org.lsotexplorer.model;

/**
 * Spatial bookkeeping shared by the convolutional models: how many stride-2 convolutions an image size allows and
 * the channel width at each level. Encoder level {@code i} ({@code 0 <= i < k}) maps {@code S / 2^i} to
 * {@code S / 2^(i+1)} pixels and has {@code base * 2^i} output channels (capped at 512).
 */
final class ConvGeometry {
    /** The smallest feature map the encoder stops at. */
    static final int MIN_SIZE = 4;

    private ConvGeometry() {
    }

    /** Halvings while the size is even and greater than {@value #MIN_SIZE}; at least 1 for even sizes >= 8. */
    static int downsamplings(int imageSize) {
        int k = 0;
        int s = imageSize;
        while (s % 2 == 0 && s > MIN_SIZE) {
            s /= 2;
            k++;
        }
        return k;
    }

    /** Output channels of encoder level {@code level}. */
    static int width(int baseWidth, int level) {
        return Math.min(512, baseWidth << level);
    }
}
