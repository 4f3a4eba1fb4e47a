package org.lsotexplorer.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/**
 * The DCGAN-like building blocks of the image models, as SameDiff subgraphs in NCHW layout.
 *
 * <p>Encoder ({@code k} = {@link ConvGeometry#downsamplings}): {@code k} times a 3x3 stride-2 SAME convolution
 * (level {@code i} has {@code base * 2^i} channels) followed by LeakyReLU(0.2); then flatten and one dense layer to
 * {@code outDim} (no activation). No batch normalisation: codes then depend only on their own image, and a seed fixes
 * every result.
 *
 * <p>Decoder: dense {@code d -> c * s0 * s0}, ReLU, reshape to {@code [n, c, s0, s0]}; then {@code k} times nearest
 * neighbour 2x upsampling and a 3x3 SAME convolution with ReLU (halving the channels); a last 3x3 convolution to the
 * image channels gives logits (apply a sigmoid for pixels in {@code (0, 1)}).
 *
 * <p>Convolution weights are {@code [kH, kW, inC, outC]} (SameDiff's default YXIO layout), fan-in {@code 9 inC}.
 */
final class ConvBlocks {
    private static final double LEAKY_SLOPE = 0.2;

    private ConvBlocks() {
    }

    /** A 3x3 SAME convolution with bias. */
    static SDVariable conv3x3(GraphModel g, String name, SDVariable x, int inC, int outC, int stride) {
        SDVariable w = g.parameter(name + "_W", 9 * inC, 3, 3, inC, outC);
        SDVariable b = g.parameter(name + "_b", 0, outC);
        Conv2DConfig config = Conv2DConfig.builder().kH(3).kW(3).sH(stride).sW(stride).dH(1).dW(1)
                .paddingMode(PaddingMode.SAME).dataFormat("NCHW").build();
        return g.sd.cnn().conv2d(x, w, b, config);
    }

    /** {@code x W + b} for a rank-2 {@code x}. */
    static SDVariable dense(GraphModel g, String name, SDVariable x, int in, int out) {
        SDVariable w = g.parameter(name + "_W", in, in, out);
        SDVariable b = g.parameter(name + "_b", 0, 1, out);
        return x.mmul(w).add(b);
    }

    /** The encoder: images {@code [n, channels, S, S]} to {@code [n, outDim]} (pre-activation). */
    static SDVariable encoder(GraphModel g, String prefix, SDVariable images, int imageSize, int channels,
                              int baseWidth, int outDim) {
        int flat = flatFeatureCount(imageSize, baseWidth);
        SDVariable h = convFeatures(g, prefix, images, imageSize, channels, baseWidth);
        return dense(g, prefix + "dense", h, flat, outDim);
    }

    /** The convolutional part of the encoder, flattened: {@code [n, flatFeatureCount]}. */
    static SDVariable convFeatures(GraphModel g, String prefix, SDVariable images, int imageSize, int channels,
                                   int baseWidth) {
        int k = ConvGeometry.downsamplings(imageSize);
        SDVariable h = images;
        int inC = channels;
        for (int i = 0; i < k; i++) {
            int outC = ConvGeometry.width(baseWidth, i);
            h = g.sd.nn().leakyRelu(conv3x3(g, prefix + "conv" + i, h, inC, outC, 2), LEAKY_SLOPE);
            inC = outC;
        }
        return h.reshape(-1, flatFeatureCount(imageSize, baseWidth));
    }

    /** Values in the encoder's last feature map: {@code width(k-1) * s0^2}. */
    static int flatFeatureCount(int imageSize, int baseWidth) {
        int k = ConvGeometry.downsamplings(imageSize);
        int s0 = imageSize >> k;
        return ConvGeometry.width(baseWidth, k - 1) * s0 * s0;
    }

    /** The decoder: codes {@code [n, latentDim]} to logits {@code [n, channels, S, S]}. */
    static SDVariable decoder(GraphModel g, String prefix, SDVariable z, int imageSize, int channels, int baseWidth,
                              int latentDim) {
        int k = ConvGeometry.downsamplings(imageSize);
        int s0 = imageSize >> k;
        int c = ConvGeometry.width(baseWidth, k - 1);
        SDVariable h = g.sd.nn().relu(dense(g, prefix + "dense", z, latentDim, c * s0 * s0), 0.0);
        h = h.reshape(-1, c, s0, s0);
        for (int j = 0; j < k; j++) {
            int outC = ConvGeometry.width(baseWidth, Math.max(0, k - 2 - j));
            h = g.sd.cnn().upsampling2d(h, 2, 2, true);
            h = g.sd.nn().relu(conv3x3(g, prefix + "up" + j, h, c, outC, 1), 0.0);
            c = outC;
        }
        return conv3x3(g, prefix + "out", h, c, channels, 1);
    }

    /**
     * Per-image reconstruction loss summed over pixels, {@code [n]}: squared error of {@code sigmoid(logits)} (MSE) or
     * the stable binary cross-entropy {@code softplus(l) - x l} (BCE).
     */
    static SDVariable perImageLoss(GraphModel g, SDVariable logits, SDVariable x,
                                   ConvAutoencoderOptions.ReconstructionLoss loss) {
        SDVariable perPixel;
        if (loss == ConvAutoencoderOptions.ReconstructionLoss.BCE) {
            perPixel = g.sd.nn().softplus(logits).sub(x.mul(logits));
        } else {
            SDVariable diff = g.sd.nn().sigmoid(logits).sub(x);
            perPixel = diff.mul(diff);
        }
        return perPixel.sum(1, 2, 3);
    }
}
