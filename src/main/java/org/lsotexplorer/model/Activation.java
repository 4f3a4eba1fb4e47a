package org.lsotexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.LeakyReLUDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log1p;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Elementwise activation functions {@code sigma}, with their first and second derivatives.
 *
 * <table>
 *   <caption>The functions</caption>
 *   <tr><th>constant</th><th>sigma(z)</th><th>sigma'(z)</th><th>sigma''(z)</th></tr>
 *   <tr><td>{@link #RELU}</td><td>max(0, z)</td><td>1[z &gt; 0]</td><td>0</td></tr>
 *   <tr><td>{@link #LEAKY_RELU}</td><td>z for z &ge; 0, 0.2 z otherwise</td><td>1 for z &ge; 0, 0.2 otherwise</td><td>0</td></tr>
 *   <tr><td>{@link #TANH}</td><td>tanh z</td><td>1 - tanh^2 z</td><td>-2 tanh z (1 - tanh^2 z)</td></tr>
 *   <tr><td>{@link #SOFTPLUS}</td><td>log(1 + e^z)</td><td>s(z) = 1 / (1 + e^-z)</td><td>s(z) (1 - s(z))</td></tr>
 *   <tr><td>{@link #IDENTITY}</td><td>z</td><td>1</td><td>0</td></tr>
 * </table>
 *
 * <p>ReLU and leaky ReLU are not differentiable at {@code z = 0}; there the functions return a one-sided derivative
 * (ReLU: 0, leaky ReLU: 1) and a second derivative of 0, which is exact everywhere else ("almost everywhere").
 * Softplus is evaluated stably as {@code max(z, 0) + log1p(exp(-|z|))}, so it never overflows.
 *
 * <p>The array methods work on arrays of any shape and floating-point type. The {@code ...Into} variants write into
 * {@code out}, which must have the shape and type of {@code z} and may be {@code z} itself (in place); the other
 * variants allocate their result. Non-finite inputs give non-finite outputs; nothing is checked.
 */
public enum Activation {
    /** Rectified linear unit. */
    RELU(false),
    /** Leaky rectified linear unit with slope {@value #LEAKY_SLOPE} for negative inputs. */
    LEAKY_RELU(false),
    /** Hyperbolic tangent. */
    TANH(true),
    /** Softplus {@code log(1 + e^z)}, a smooth positive function (used for the ray-length output). */
    SOFTPLUS(true),
    /** The identity (a linear output). */
    IDENTITY(false);

    /** Slope of {@link #LEAKY_RELU} for negative inputs. */
    public static final double LEAKY_SLOPE = 0.2;

    private final boolean curved;

    Activation(boolean curved) {
        this.curved = curved;
    }

    /**
     * Whether {@code sigma''} is non-zero somewhere off a null set. False for ReLU, leaky ReLU and the identity, whose
     * double back-propagation can skip the curvature term.
     */
    public boolean hasCurvature() {
        return curved;
    }

    /** {@code sigma(z)} for one number. */
    public double value(double z) {
        return switch (this) {
            case RELU -> z > 0 ? z : 0.0;
            case LEAKY_RELU -> z >= 0 ? z : LEAKY_SLOPE * z;
            case TANH -> Math.tanh(z);
            case SOFTPLUS -> Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
            case IDENTITY -> z;
        };
    }

    /** {@code sigma'(z)} for one number. */
    public double derivative(double z) {
        return switch (this) {
            case RELU -> z > 0 ? 1.0 : 0.0;
            case LEAKY_RELU -> z >= 0 ? 1.0 : LEAKY_SLOPE;
            case TANH -> 1.0 - Math.tanh(z) * Math.tanh(z);
            case SOFTPLUS -> logistic(z);
            case IDENTITY -> 1.0;
        };
    }

    /** {@code sigma''(z)} for one number. */
    public double secondDerivative(double z) {
        return switch (this) {
            case RELU, LEAKY_RELU, IDENTITY -> 0.0;
            case TANH -> {
                double t = Math.tanh(z);
                yield -2.0 * t * (1.0 - t * t);
            }
            case SOFTPLUS -> {
                double s = logistic(z);
                yield s * (1.0 - s);
            }
        };
    }

    /** {@code sigma(z)} elementwise, as a new array. */
    public INDArray value(INDArray z) {
        return valueInto(z, z.ulike());
    }

    /** {@code sigma'(z)} elementwise, as a new array. */
    public INDArray derivative(INDArray z) {
        return derivativeInto(z, z.ulike());
    }

    /** {@code sigma''(z)} elementwise, as a new array. */
    public INDArray secondDerivative(INDArray z) {
        return secondDerivativeInto(z, z.ulike());
    }

    /** Writes {@code sigma(z)} into {@code out} (which may be {@code z}) and returns {@code out}. */
    public INDArray valueInto(INDArray z, INDArray out) {
        switch (this) {
            case RELU -> Nd4j.exec(new RectifiedLinear(z, out, 0.0));
            case LEAKY_RELU -> Nd4j.exec(new LeakyReLU(z, out, LEAKY_SLOPE));
            case TANH -> Nd4j.exec(new Tanh(z, out));
            case SOFTPLUS -> {
                INDArray tail = z.ulike();
                Nd4j.exec(new Abs(z, tail));
                tail.negi();
                Nd4j.exec(new Exp(tail, tail));
                Nd4j.exec(new Log1p(tail, tail));
                Nd4j.exec(new RectifiedLinear(z, out, 0.0));
                out.addi(tail);
            }
            case IDENTITY -> {
                if (out != z) {
                    out.assign(z);
                }
            }
        }
        return out;
    }

    /** Writes {@code sigma'(z)} into {@code out} (which may be {@code z}) and returns {@code out}. */
    public INDArray derivativeInto(INDArray z, INDArray out) {
        switch (this) {
            case RELU -> Nd4j.exec(new Step(z, out, 0.0));
            case LEAKY_RELU -> Nd4j.exec(new LeakyReLUDerivative(z, out, LEAKY_SLOPE));
            case TANH -> {
                Nd4j.exec(new Tanh(z, out));
                out.muli(out).rsubi(1.0);
            }
            case SOFTPLUS -> Nd4j.exec(new Sigmoid(z, out));
            case IDENTITY -> out.assign(1.0);
        }
        return out;
    }

    /** Writes {@code sigma''(z)} into {@code out} (which may be {@code z}) and returns {@code out}. */
    public INDArray secondDerivativeInto(INDArray z, INDArray out) {
        switch (this) {
            case RELU, LEAKY_RELU, IDENTITY -> out.assign(0.0);
            case TANH -> {
                Nd4j.exec(new Tanh(z, out));
                INDArray oneMinusSquare = out.mul(out).rsubi(1.0);
                out.muli(oneMinusSquare).muli(-2.0);
            }
            case SOFTPLUS -> {
                Nd4j.exec(new Sigmoid(z, out));
                INDArray complement = out.rsub(1.0);
                out.muli(complement);
            }
        }
        return out;
    }

    private static double logistic(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }
}
