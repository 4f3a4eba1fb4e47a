package org.lsotexplorer.engine.images;

import org.lsotexplorer.engine.Checks;
import org.lsotexplorer.engine.LsotOptions;

/**
 * Settings of a run on a researcher's own codes (no autoencoder phase): the transport solver between
 * {@code N(0, I_d)} and the standardized codes, its seed, how many codes it targets and how many samples the
 * outputs and metrics use. Reproducible: the same settings and files give the same numbers.
 *
 * @param solver      lsot, exact or sinkhorn (the baselines need an encoder and are refused)
 * @param seed        master seed of every random choice
 * @param targetCount n, the codes the map targets (a seeded sample of all codes; all when there are fewer),
 *                    2..100,000
 * @param lsot        the lsot solver (image defaults: angle threshold 0.7, blend width 0.5, 100 refinement steps)
 * @param sampleCount rows of {@code mapped_codes.npy} and samples of the metrics, 64..100,000
 */
public record CodeRunSettings(LatentGeneratorKind solver, long seed, int targetCount, LsotOptions lsot,
                              int sampleCount) {
    public CodeRunSettings {
        if (solver != LatentGeneratorKind.LSOT && solver != LatentGeneratorKind.EXACT
                && solver != LatentGeneratorKind.SINKHORN) {
            throw new IllegalArgumentException("solver " + (solver == null ? "null" : solver.id()) + " needs the"
                    + " images and an encoder; on your own codes use lsot, exact or sinkhorn");
        }
        if (lsot == null) {
            throw new IllegalArgumentException("lsot settings must be given");
        }
        Checks.range("targets", targetCount, 2, 100_000);
        Checks.range("samples", sampleCount, 64, 100_000);
    }

    /** Defaults: 4,096 targets, 1,000 samples, the image runs' lsot settings. */
    public static CodeRunSettings defaults(LatentGeneratorKind solver, long seed) {
        LsotOptions base = ImageRunSettings.defaults(ImagePreset.MNIST, LatentGeneratorKind.LSOT, seed).lsot();
        return new CodeRunSettings(solver, seed, 4096, base, 1000);
    }

    public CodeRunSettings withTargetCount(int n) {
        return new CodeRunSettings(solver, seed, n, lsot, sampleCount);
    }

    public CodeRunSettings withLsot(LsotOptions options) {
        return new CodeRunSettings(solver, seed, targetCount, options, sampleCount);
    }

    public CodeRunSettings withSampleCount(int n) {
        return new CodeRunSettings(solver, seed, targetCount, lsot, n);
    }
}
