package org.lsotexplorer.engine;

/**
 * Settings of the {@code critic-rays} solver (method.md 3.2).
 *
 * @param hiddenWidths critic hidden widths, each 1..4096
 * @param learningRate critic Adam learning rate (default 1e-4, betas 0.5 / 0.9)
 * @param beta1 Adam beta1
 * @param beta2 Adam beta2
 * @param batchSize source and code batch per critic step, 2..65536
 * @param criticSteps critic minimisation steps
 * @param lambda gradient-penalty weight (default 10), &gt;= 0
 * @param pairingRounds exact W1 assignments solved to collect (z, t) pairs, &gt;= 1
 * @param pairingBatch points per assignment (source and codes), 2..4000
 * @param regressionWidths hidden widths of the ray-length net {@code t_psi}
 * @param regressionSteps Adam steps of the ray-length regression
 * @param regressionLearningRate its learning rate
 */
public record CriticRaysOptions(int[] hiddenWidths, double learningRate, double beta1, double beta2, int batchSize,
                                int criticSteps, double lambda, int pairingRounds, int pairingBatch,
                                int[] regressionWidths, int regressionSteps, double regressionLearningRate) {
    public CriticRaysOptions {
        hiddenWidths = Checks.widths(hiddenWidths);
        regressionWidths = Checks.widths(regressionWidths);
        Checks.range("learning rate", learningRate, 1e-9, 1);
        Checks.range("beta1", beta1, 0, 0.999999);
        Checks.range("beta2", beta2, 0, 0.999999);
        Checks.range("batch", batchSize, 2, 65_536);
        Checks.range("critic steps", criticSteps, 0, 10_000_000);
        Checks.range("lambda", lambda, 0, 1e6);
        Checks.range("pairing rounds", pairingRounds, 1, 1000);
        Checks.range("pairing batch", pairingBatch, 2, 4000);
        Checks.range("regression steps", regressionSteps, 0, 10_000_000);
        Checks.range("regression learning rate", regressionLearningRate, 1e-9, 1);
    }

    public static CriticRaysOptions defaults() {
        return new CriticRaysOptions(new int[] {256, 256, 256}, 1e-4, 0.5, 0.9, 256, 1500, 10, 4, 1000,
                new int[] {128, 128}, 1500, 1e-3);
    }

    public CriticRaysOptions withCriticSteps(int steps) {
        return new CriticRaysOptions(hiddenWidths, learningRate, beta1, beta2, batchSize, steps, lambda,
                pairingRounds, pairingBatch, regressionWidths, regressionSteps, regressionLearningRate);
    }

    public CriticRaysOptions withBatchSize(int batch) {
        return new CriticRaysOptions(hiddenWidths, learningRate, beta1, beta2, batch, criticSteps, lambda,
                pairingRounds, pairingBatch, regressionWidths, regressionSteps, regressionLearningRate);
    }
}
