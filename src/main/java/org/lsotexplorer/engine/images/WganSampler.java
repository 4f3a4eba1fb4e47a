package org.lsotexplorer.engine.images;

import org.lsotexplorer.engine.NdArrays;
import org.lsotexplorer.model.LatentGenerator;
import org.lsotexplorer.model.LatentGenerator.Losses;

import java.util.LinkedHashMap;
import java.util.Map;

/** The WGAN-GP baseline (method.md 3.5): a generator MLP trained min-max against a critic on the codes. */
final class WganSampler implements LatentSampler {
    private final LatentGenerator generator;
    private final int steps;
    private int done;

    WganSampler(double[][] standardizedCodes, int steps, long seed) {
        this.generator = new LatentGenerator(NdArrays.matrix(standardizedCodes), LatentGenerator.Options.defaults(),
                seed);
        this.steps = steps;
    }

    @Override
    public int totalSteps() {
        return steps;
    }

    @Override
    public int completedSteps() {
        return done;
    }

    @Override
    public String phase() {
        return "generator (min-max)";
    }

    @Override
    public Map<String, Double> step() {
        Losses l = generator.step();
        done++;
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("critic_loss", l.criticLoss());
        out.put("wasserstein_estimate", l.wassersteinEstimate());
        out.put("generator_loss", l.generatorLoss());
        return out;
    }

    @Override
    public double[][] sample(double[][] noise) {
        return NdArrays.rows(generator.generator().forward(NdArrays.matrix(noise)));
    }

    @Override
    public void close() {
        generator.close();
    }
}
