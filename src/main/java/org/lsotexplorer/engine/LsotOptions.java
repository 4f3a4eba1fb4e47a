package org.lsotexplorer.engine;

import org.lsotexplorer.math.ot.NewtonOptions;
import org.lsotexplorer.math.ot.SemiDiscreteOptions;

/**
 * Settings of the {@code lsot} solver (method.md 3.1).
 *
 * @param hiddenWidths discriminator hidden layer widths, each 1..4096 (default 512, 512, 512, ReLU)
 * @param learningRate Adam learning rate of the discriminator, (0, 1] (default 1e-4)
 * @param beta1 Adam beta1 in [0, 1) (default 0.5)
 * @param beta2 Adam beta2 in [0, 1) (default 0.9)
 * @param batchSize source and code batch size per discriminator step, 2..65536 (default 256)
 * @param discriminatorSteps discriminator minimisation steps, 0..10^7
 * @param refinement the Monte-Carlo (Adam) semi-discrete refinement (0 iterations = the raw discriminator map)
 * @param angleThreshold radians in [0, pi]: neighbouring cells with normals further apart are not blended and
 *                       mark the singular set (0.4 for 2-D, 0.7 for images)
 * @param blendWidth {@code delta} &gt; 0 of the generation blend, in potential units
 * @param refineMethod newton (exact, plane only), adam (Monte-Carlo) or auto (newton in 2-D, adam above)
 * @param newton the damped Newton refinement (its iteration budget; 0 = the raw discriminator map)
 */
public record LsotOptions(int[] hiddenWidths, double learningRate, double beta1, double beta2, int batchSize,
                          int discriminatorSteps, SemiDiscreteOptions refinement, double angleThreshold,
                          double blendWidth, RefineMethod refineMethod, NewtonOptions newton) {
    public LsotOptions {
        hiddenWidths = Checks.widths(hiddenWidths);
        Checks.range("learning rate", learningRate, 1e-9, 1);
        Checks.range("beta1", beta1, 0, 0.999999);
        Checks.range("beta2", beta2, 0, 0.999999);
        Checks.range("batch", batchSize, 2, 65_536);
        Checks.range("discriminator steps", discriminatorSteps, 0, 10_000_000);
        Checks.range("angle threshold", angleThreshold, 0, Math.PI);
        Checks.range("blend width", blendWidth, 1e-9, 1e6);
        refineMethod = refineMethod == null ? RefineMethod.AUTO : refineMethod;
        newton = newton == null ? NewtonOptions.defaults() : newton;
    }

    /**
     * Automatic refinement method; Newton's budget is the Adam budget, capped at the Newton default of 50 (so a
     * budget of 0 keeps the raw discriminator map either way).
     */
    public LsotOptions(int[] hiddenWidths, double learningRate, double beta1, double beta2, int batchSize,
                       int discriminatorSteps, SemiDiscreteOptions refinement, double angleThreshold,
                       double blendWidth) {
        this(hiddenWidths, learningRate, beta1, beta2, batchSize, discriminatorSteps, refinement, angleThreshold,
                blendWidth, RefineMethod.AUTO, NewtonOptions.defaults().withMaxIterations(Math.min(
                        NewtonOptions.defaults().maxIterations(), refinement.maxIterations())));
    }

    /** Refinement iterations of the method used in dimension {@code d}. */
    public int refineIterations(int dimension) {
        return refineMethod.resolve(dimension) == RefineMethod.NEWTON ? newton.maxIterations()
                : refinement.maxIterations();
    }

    /** The same budget for both refinement methods (the CLI's {@code --refine}). */
    public LsotOptions withRefineIterations(int iterations) {
        return withRefinement(refinement.withMaxIterations(iterations)).withNewton(newton.withMaxIterations(
                iterations));
    }

    public LsotOptions withRefineMethod(RefineMethod method) {
        return new LsotOptions(hiddenWidths, learningRate, beta1, beta2, batchSize, discriminatorSteps, refinement,
                angleThreshold, blendWidth, method, newton);
    }

    public LsotOptions withNewton(NewtonOptions n) {
        return new LsotOptions(hiddenWidths, learningRate, beta1, beta2, batchSize, discriminatorSteps, refinement,
                angleThreshold, blendWidth, refineMethod, n);
    }

    /** A copy with another learning rate, angle threshold and blend width (the live settings). */
    public LsotOptions withLive(double rate, double angle, double blend) {
        return new LsotOptions(hiddenWidths, rate, beta1, beta2, batchSize, discriminatorSteps, refinement, angle,
                blend, refineMethod, newton);
    }

    /** The defaults for a 2-D toy (Newton refinement, 50 iterations at most; Adam 250 steps when chosen). */
    public static LsotOptions defaults() {
        return new LsotOptions(new int[] {512, 512, 512}, 1e-4, 0.5, 0.9, 256, 1500, SemiDiscreteOptions.defaults(),
                0.4, 0.02);
    }

    public LsotOptions withDiscriminatorSteps(int steps) {
        return new LsotOptions(hiddenWidths, learningRate, beta1, beta2, batchSize, steps, refinement,
                angleThreshold, blendWidth, refineMethod, newton);
    }

    public LsotOptions withBatchSize(int batch) {
        return new LsotOptions(hiddenWidths, learningRate, beta1, beta2, batch, discriminatorSteps, refinement,
                angleThreshold, blendWidth, refineMethod, newton);
    }

    public LsotOptions withRefinement(SemiDiscreteOptions r) {
        return new LsotOptions(hiddenWidths, learningRate, beta1, beta2, batchSize, discriminatorSteps, r,
                angleThreshold, blendWidth, refineMethod, newton);
    }

    public LsotOptions withHiddenWidths(int[] widths) {
        return new LsotOptions(widths, learningRate, beta1, beta2, batchSize, discriminatorSteps, refinement,
                angleThreshold, blendWidth, refineMethod, newton);
    }
}
