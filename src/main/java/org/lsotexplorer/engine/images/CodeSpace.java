package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.ImageDataset;
import org.lsotexplorer.math.CodeStandardization;
import org.lsotexplorer.math.PrincipalPlane;

import java.util.SplittableRandom;

/**
 * The latent codes of a run once the training images are encoded: all codes in the model's coordinates, their
 * standardization (method.md 2; the identity for a VAE, whose prior is already standard), the seeded sample that
 * the transport map targets, and the 2-D principal plane of that sample. Immutable.
 */
final class CodeSpace {
    private final double[][] codes;
    private final int[] targetIndex;
    private final CodeStandardization standardization;
    private final double[][] targets;
    private final PrincipalPlane plane;
    private final int[] savedLabels;

    private CodeSpace(double[][] codes, int[] targetIndex, CodeStandardization standardization) {
        this(codes, targetIndex, standardization, standardized(codes, targetIndex, standardization), null);
    }

    private CodeSpace(double[][] codes, int[] targetIndex, CodeStandardization standardization, double[][] targets,
            int[] savedLabels) {
        this.savedLabels = savedLabels;
        this.codes = codes;
        this.targetIndex = targetIndex;
        this.standardization = standardization;
        this.targets = targets;
        this.plane = PrincipalPlane.fit(targets);
    }

    private static double[][] standardized(double[][] codes, int[] targetIndex, CodeStandardization s) {
        double[][] out = new double[targetIndex.length][];
        for (int k = 0; k < targetIndex.length; k++) {
            out[k] = s.apply(codes[targetIndex[k]]);
        }
        return out;
    }

    /**
     * @param standardize false for codes that are already standard (the VAE's)
     * @param targetCount n, how many codes the map targets (all of them when there are fewer)
     */
    static CodeSpace of(double[][] codes, boolean standardize, int targetCount, SplittableRandom rng) {
        CodeStandardization s = standardize ? CodeStandardization.fit(codes)
                : CodeStandardization.identity(codes[0].length);
        return new CodeSpace(codes, CodeSample.indices(codes.length, targetCount, rng), s);
    }

    /**
     * The code space of a saved run: its standardized transport targets, their standardization and their labels
     * (null without labels). The plane is fitted again on the same targets, so it is the same plane bit for bit.
     */
    static CodeSpace restored(double[][] standardizedTargets, CodeStandardization s, int[] labels) {
        int[] index = new int[standardizedTargets.length];
        for (int k = 0; k < index.length; k++) {
            index[k] = k;
        }
        return new CodeSpace(s.undo(standardizedTargets), index, s, standardizedTargets, labels);
    }

    /** Labels of every target (a saved run's, or from the training images), or null without labels. */
    int[] allTargetLabels(ImageDataset train) {
        return savedLabels != null ? savedLabels.clone() : train != null && train.hasLabels()
                ? targetLabels(train, targets.length) : null;
    }

    CodeStandardization standardization() {
        return standardization;
    }

    PrincipalPlane plane() {
        return plane;
    }

    /** The standardized transport targets (shared, do not modify). */
    double[][] targets() {
        return targets;
    }

    /** The transport targets in the model's own coordinates (copies). */
    double[][] modelTargets() {
        double[][] out = new double[targetIndex.length][];
        for (int k = 0; k < targetIndex.length; k++) {
            out[k] = codes[targetIndex[k]].clone();
        }
        return out;
    }

    /** The first {@code maxCodes} targets projected on the plane, with their labels when the data has them. */
    double[][] projectedTargets(int maxCodes) {
        int n = Math.min(maxCodes, targets.length);
        double[][] pts = new double[n][];
        for (int k = 0; k < n; k++) {
            pts[k] = plane.project(targets[k]);
        }
        return pts;
    }

    /** Index of target {@code k} among all codes. */
    int codeIndex(int k) {
        return targetIndex[k];
    }

    /** Labels of the first {@code maxCodes} targets taken from per-code {@code labels}, or null without labels. */
    int[] targetLabels(int[] labels, int maxCodes) {
        if (labels == null) {
            return null;
        }
        int n = Math.min(maxCodes, targets.length);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = labels[targetIndex[k]];
        }
        return out;
    }

    /** Labels of the first {@code maxCodes} targets, or null without labels. */
    int[] targetLabels(ImageDataset train, int maxCodes) {
        if (savedLabels != null) {
            return java.util.Arrays.copyOf(savedLabels, Math.min(maxCodes, targets.length));
        }
        if (train == null || !train.hasLabels()) {
            return null;
        }
        int n = Math.min(maxCodes, targets.length);
        int[] labels = new int[n];
        for (int k = 0; k < n; k++) {
            labels[k] = train.label(targetIndex[k]);
        }
        return labels;
    }
}
