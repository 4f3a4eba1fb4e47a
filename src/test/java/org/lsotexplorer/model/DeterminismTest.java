package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The same seed and inputs give bit-identical parameters after many Adam steps. */
class DeterminismTest {
    private static final MlpOptions CRITIC = new MlpOptions(2, new int[] {64, 64}, Activation.RELU, 1,
            Activation.IDENTITY, DataType.FLOAT);

    @BeforeAll
    static void init() {
        Nd4jRuntime.init();
    }

    private static double[] trainCritic(long seed, int steps) {
        Mlp critic = new Mlp(CRITIC, seed);
        Adam adam = new Adam(1e-3);
        CriticLoss loss = new CriticLoss();
        MlpGradients g = MlpGradients.zerosLike(critic);
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < steps; s++) {
            INDArray z = WorkloadData.gaussian(32, 2, random, DataType.FLOAT);
            INDArray y = WorkloadData.eightGaussians(32, 2, random, DataType.FLOAT);
            INDArray eps = CriticLoss.interpolationWeights(32, random, DataType.FLOAT);
            loss.evaluate(critic, z, y, eps, g);
            adam.step(critic, g);
        }
        return critic.parameters();
    }

    private static double[] trainDiscriminator(long seed, int steps) {
        Mlp d = new Mlp(CRITIC, seed);
        Adam adam = new Adam(1e-3);
        SemiDualLoss loss = new SemiDualLoss();
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < steps; s++) {
            INDArray z = WorkloadData.gaussian(48, 2, random, DataType.FLOAT);
            INDArray y = WorkloadData.eightGaussians(40, 2, random, DataType.FLOAT);
            adam.step(d, loss.evaluate(d, z, y).gradients());
        }
        return d.parameters();
    }

    @Test
    void criticTrainingIsBitReproducible() {
        double[] first = trainCritic(17, 30);
        assertTrue(Arrays.equals(first, trainCritic(17, 30)), "same seed, different parameters after 30 steps");
        assertFalse(Arrays.equals(first, trainCritic(18, 30)));
        assertFalse(Arrays.equals(first, new Mlp(CRITIC, 17).parameters()), "training changed nothing");
    }

    @Test
    void discriminatorTrainingIsBitReproducible() {
        double[] first = trainDiscriminator(5, 30);
        assertTrue(Arrays.equals(first, trainDiscriminator(5, 30)), "same seed, different parameters after 30 steps");
        assertFalse(Arrays.equals(first, new Mlp(CRITIC, 5).parameters()), "training changed nothing");
    }

    @Test
    void workloadsAreReproducible() {
        MlpOptions small = new MlpOptions(2, new int[] {32, 32}, Activation.RELU, 1, Activation.IDENTITY,
                DataType.FLOAT);
        CriticStepWorkload a = new CriticStepWorkload(small, 64, 3);
        CriticStepWorkload b = new CriticStepWorkload(small, 64, 3);
        SemiDualStepWorkload c = new SemiDualStepWorkload(small, 64, 48, 3);
        SemiDualStepWorkload d = new SemiDualStepWorkload(small, 64, 48, 3);
        for (int i = 0; i < 10; i++) {
            a.step();
            b.step();
            c.step();
            d.step();
        }
        assertTrue(Double.isFinite(a.lastValue()) && Double.isFinite(c.lastValue()));
        assertTrue(Arrays.equals(a.critic().parameters(), b.critic().parameters()));
        assertTrue(Arrays.equals(c.discriminator().parameters(), d.discriminator().parameters()));
    }
}
