package org.lsotexplorer.model;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The LSOT discriminator loss of method.md 3.1 step 1: the negative semi-dual of quadratic optimal transport, with the
 * c-transform taken exactly over the batch. For a source batch {@code z} ({@code m x d}) and a code batch {@code y}
 * ({@code k x d}),
 * <pre>
 *   L(D) = - [ (1/k) sum_j D(y_j) + (1/m) sum_i min_j ( |z_i - y_j|^2 / 2 - D(y_j) ) ].
 * </pre>
 * Let {@code j*(i)} be the minimising code of source point {@code i} (its cell; ties go to the lowest index) and
 * {@code count_j = #{i : j*(i) = j}}. Then {@code dL/dD(y_j) = count_j / m - 1/k}: the step raises {@code D} on codes
 * whose cell gets too little source mass and lowers it where it gets too much. This vector is back-propagated through
 * {@code D}, which is evaluated on the codes only. The minimum is computed as
 * {@code |z_i|^2/2 - max_j (<z_i, y_j> + D(y_j) - |y_j|^2/2)}: one matrix product gives all inner products, then
 * one scan per row in double precision finds the maximum and its code.
 *
 * <p>The loss is piecewise smooth in the parameters: at ties of the minimum it returns one subgradient.
 * Ranges: {@code m, k >= 1}, {@code D} scalar ({@code outputDim == 1}); violations throw
 * {@link IllegalArgumentException}. Keeps work buffers between calls, and frees them on {@link #close()} (the
 * temporaries of a call before it returns); one thread owns an instance.
 */
public final class SemiDualLoss implements AutoCloseable {
    /**
     * One evaluation.
     *
     * @param value             {@code L(D)}
     * @param gradients         {@code dL/dtheta}
     * @param cellCounts        {@code count_j}, the number of source points whose c-transform minimum is code {@code j}
     * @param meanCodePotential {@code (1/k) sum_j D(y_j)}
     * @param meanCTransform    {@code (1/m) sum_i min_j (|z_i - y_j|^2/2 - D(y_j))}
     */
    public record Result(double value, MlpGradients gradients, int[] cellCounts, double meanCodePotential,
                         double meanCTransform) implements LossValue {
        /** A copy of the counts. */
        @Override
        public int[] cellCounts() {
            return cellCounts.clone();
        }

        /** The largest mass error {@code max_j |count_j / m - 1/k|} (0 when every cell gets its share). */
        public double maxMassError() {
            int m = 0;
            for (int c : cellCounts) {
                m += c;
            }
            double worst = 0;
            for (int c : cellCounts) {
                worst = Math.max(worst, Math.abs((double) c / m - 1.0 / cellCounts.length));
            }
            return worst;
        }
    }

    private Mlp.ForwardCache cache;
    private INDArray scores;
    private double[] codeValues = new double[0];
    private double[] innerBuffer = new double[0];   // the scores widened to double, reused from step to step

    /** The scores as doubles, read in place into a buffer kept between steps (a new array per step was garbage). */
    private double[] innerProducts(int n) {
        if (innerBuffer.length != n) {
            innerBuffer = new double[n];
        }
        if (scores.dataType() == DataType.DOUBLE) {
            FlatBuffers.doubles(scores).get(0, innerBuffer);
        } else {
            FloatBuffer b = FlatBuffers.floats(scores);
            for (int i = 0; i < n; i++) {
                innerBuffer[i] = b.get(i);
            }
        }
        return innerBuffer;
    }

    /** {@code D(y_j)} for the codes of the last evaluation, in their order (the forward pass's values; a copy). */
    public double[] codeValues() {
        return codeValues.clone();
    }

    /** {@code |x_i|^2} per row, its temporaries freed. */
    static double[] squaredRowNorms(INDArray x) {
        INDArray squares = x.mul(x);
        INDArray sums = squares.sum(1);
        double[] v = sums.toDoubleVector();
        NativeMemory.close(squares, sums);
        return v;
    }

    /** Frees the work buffers (they are made again by the next call). */
    @Override
    public void close() {
        if (cache != null) {
            cache.close();
            cache = null;
        }
        NativeMemory.close(scores);
        scores = null;
    }

    /** Evaluates the loss and a fresh gradient. */
    public Result evaluate(Mlp discriminator, INDArray source, INDArray codes) {
        return evaluate(discriminator, source, codes, new MlpGradients(discriminator.options()));
    }

    /** Evaluates the loss, overwriting {@code into} with the gradient (which the result then holds). */
    public Result evaluate(Mlp discriminator, INDArray source, INDArray codes, MlpGradients into) {
        MlpOptions options = discriminator.options();
        if (options.outputDim() != 1) {
            throw new IllegalArgumentException("the discriminator must be scalar (outputDim 1), got "
                    + options.outputDim());
        }
        if (!into.options().equals(options)) {
            throw new IllegalArgumentException("gradient buffer shape " + into.options() + " does not match " + options);
        }
        INDArray z = discriminator.prepareInput(source, options.inputDim(), "source");
        cache = discriminator.forwardCached(codes, cache);
        INDArray y = cache.act[0];
        int m = z.rows();
        int k = y.rows();
        INDArray potential = cache.output();

        if (scores == null || scores.rows() != m || scores.columns() != k || scores.dataType() != z.dataType()) {
            scores = Nd4j.createUninitialized(z.dataType(), m, k);
        }
        MlpPasses.gemm(z, y, scores, false, true, 0.0);
        double[] inner = innerProducts(m * k);
        double[] d = potential.toDoubleVector();
        codeValues = d;
        double[] squaredNormY = squaredRowNorms(y);
        double[] squaredNormZ = squaredRowNorms(z);
        double[] height = new double[k];
        for (int j = 0; j < k; j++) {
            height[j] = d[j] - 0.5 * squaredNormY[j];
        }

        int[] counts = new int[k];
        double cTransformSum = 0;
        for (int i = 0; i < m; i++) {
            int row = i * k;
            int winner = 0;
            double best = inner[row] + height[0];
            for (int j = 1; j < k; j++) {
                double score = inner[row + j] + height[j];
                if (score > best) {
                    best = score;
                    winner = j;
                }
            }
            counts[winner]++;
            cTransformSum += 0.5 * squaredNormZ[i] - best;
        }
        double potentialSum = 0;
        double[] outputGradient = new double[k];
        for (int j = 0; j < k; j++) {
            potentialSum += d[j];
            outputGradient[j] = (double) counts[j] / m - 1.0 / k;
        }
        INDArray g = Nd4j.createFromArray(outputGradient);
        INDArray column = g.castTo(options.dataType()).reshape(k, 1);
        discriminator.backwardInto(cache, column, into, 0.0);
        NativeMemory.close(g, column);
        NativeMemory.closeCopy(z, source);

        double meanPotential = potentialSum / k;
        double meanCTransform = cTransformSum / m;
        return new Result(-(meanPotential + meanCTransform), into, counts, meanPotential, meanCTransform);
    }
}
