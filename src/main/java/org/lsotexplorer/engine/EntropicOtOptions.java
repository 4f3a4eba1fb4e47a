package org.lsotexplorer.engine;

/**
 * Settings of the {@code sinkhorn} solver (method.md 3.4).
 *
 * @param epsilon entropic regularisation, &gt; 0 (default 0.05; slide it to watch the blur)
 * @param sampleSize source points in the entropic problem, 2..10,000
 * @param maxIterations Sinkhorn iteration cap, &gt;= 1
 * @param tolerance marginal error at which it stops, &gt; 0
 */
public record EntropicOtOptions(double epsilon, int sampleSize, int maxIterations, double tolerance) {
    public EntropicOtOptions {
        Checks.range("epsilon", epsilon, 1e-6, 1e6);
        Checks.range("sinkhorn sample size", sampleSize, 2, 10_000);
        Checks.range("sinkhorn iterations", maxIterations, 1, 1_000_000);
        Checks.range("tolerance", tolerance, 1e-15, 1);
    }

    public static EntropicOtOptions defaults() {
        return new EntropicOtOptions(0.05, 1024, 2000, 1e-6);
    }
}
