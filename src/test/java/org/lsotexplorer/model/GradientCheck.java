package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Finite-difference reference gradients for the tests, in float64.
 *
 * <p>The reference is the fourth-order central difference
 * {@code (L(t - 2h) - 8 L(t - h) + 8 L(t + h) - L(t + 2h)) / 12h} per parameter. Its truncation error is
 * {@code O(h^4)}, so {@code h} can be large enough that round-off stays near {@code 1e-11}. The comparison is
 * {@code max_i |a_i - n_i| / max(|a_i|, |n_i|, 1e-4)}: a relative error, except that gradients below {@code 1e-4}
 * must match to {@code 1e-4} times the bound in absolute terms (differences cannot resolve less).
 *
 * <p>ReLU networks are only piecewise smooth: a check is valid only if no pre-activation crosses 0 within the
 * stencil. Tests with kinks therefore pick data whose smallest |pre-activation| is at least {@link #KINK_MARGIN}
 * and use the smaller step {@link #KINKED_STEP}.
 */
final class GradientCheck {
    /** Step for smooth networks (tanh, softplus). */
    static final double SMOOTH_STEP = 1e-3;
    /** Step for piecewise-linear networks (ReLU, leaky ReLU). */
    static final double KINKED_STEP = 1e-4;
    /** Smallest allowed |pre-activation| for {@link #KINKED_STEP}. */
    static final double KINK_MARGIN = 5e-3;
    /** Absolute floor of the relative error's denominator. */
    static final double FLOOR = 1e-4;
    /** The accepted relative error. */
    static final double TOLERANCE = 1e-6;

    private GradientCheck() {
    }

    /** The step suited to the network's activations. */
    static double stepFor(Mlp net) {
        return net.options().hiddenActivation().hasCurvature() ? SMOOTH_STEP : KINKED_STEP;
    }

    /** Fourth-order central differences of {@code loss} for every parameter; restores the parameters. */
    static double[] numericGradient(Mlp net, ToDoubleFunction<Mlp> loss, double h) {
        double[] theta = net.parameters();
        double[] numeric = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            double m2 = shifted(net, loss, theta, i, -2 * h);
            double m1 = shifted(net, loss, theta, i, -h);
            double p1 = shifted(net, loss, theta, i, h);
            double p2 = shifted(net, loss, theta, i, 2 * h);
            numeric[i] = (m2 - 8 * m1 + 8 * p1 - p2) / (12 * h);
        }
        net.setParameters(theta);
        return numeric;
    }

    /** Plain two-point central differences {@code (L(t + h) - L(t - h)) / 2h}, for inputs. */
    static double centralDifference(ToDoubleFunction<Double> f, double h) {
        return (f.applyAsDouble(h) - f.applyAsDouble(-h)) / (2 * h);
    }

    /** {@code max_i |a_i - n_i| / max(|a_i|, |n_i|, floor)}. */
    static double maxRelativeError(double[] analytic, double[] numeric, double floor) {
        double worst = 0;
        for (int i = 0; i < analytic.length; i++) {
            double scale = Math.max(floor, Math.max(Math.abs(analytic[i]), Math.abs(numeric[i])));
            worst = Math.max(worst, Math.abs(analytic[i] - numeric[i]) / scale);
        }
        return worst;
    }

    /** Checks {@code analytic} against the numeric gradient of {@code loss}; returns the error. */
    static double assertMatches(Mlp net, ToDoubleFunction<Mlp> loss, double[] analytic, String what) {
        double[] numeric = numericGradient(net, loss, stepFor(net));
        double error = maxRelativeError(analytic, numeric, FLOOR);
        assertTrue(error < TOLERANCE, what + ": max relative error " + error + " over " + analytic.length
                + " parameters");
        assertTrue(maxAbs(analytic) > 1e-3, what + ": gradient is suspiciously small, the check proves nothing");
        return error;
    }

    /** The smallest |p_l| over the hidden layers for input rows {@code x} (the output layer has no kink). */
    static double kinkMargin(Mlp net, INDArray x) {
        Mlp.ForwardCache cache = net.forwardCached(x);
        double margin = Double.POSITIVE_INFINITY;
        for (int l = 1; l < net.layerCount(); l++) {
            margin = Math.min(margin, Transforms.abs(cache.pre[l], true).minNumber().doubleValue());
        }
        return margin;
    }

    /** {@code rows x cols} standard normals (float64) from a seed. */
    static INDArray gaussian(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] a = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = r.nextGaussian();
            }
        }
        return Nd4j.createFromArray(a);
    }

    /** {@code rows x 1} uniforms on (0, 1) (float64). */
    static INDArray uniformColumn(int rows, long seed) {
        return CriticLoss.interpolationWeights(rows, new SplittableRandom(seed), DataType.DOUBLE);
    }

    /** A float64 network with widths {@code n_0 .. n_L}. */
    static Mlp doubleNet(int[] widths, Activation hidden, Activation output, long seed) {
        int[] hiddenWidths = java.util.Arrays.copyOfRange(widths, 1, widths.length - 1);
        return new Mlp(new MlpOptions(widths[0], hiddenWidths, hidden, widths[widths.length - 1], output,
                DataType.DOUBLE), seed);
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double shifted(Mlp net, ToDoubleFunction<Mlp> loss, double[] theta, int i, double shift) {
        double[] probe = theta.clone();
        probe[i] = theta[i] + shift;
        net.setParameters(probe);
        return loss.applyAsDouble(net);
    }
}
