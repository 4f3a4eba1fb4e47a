package org.lsotexplorer.engine.images;

/**
 * The nearest transport target of a standardized code (Euclidean, brute force over the n targets, O(n d) per
 * query). For lsot, {@code T(z)} is a target itself unless the generation rule blended two neighbours; a code farther
 * than {@link #ON_CODE_TOLERANCE} from every target is reported as off the codes ("blended").
 *
 * @param target   index among the targets
 * @param distance Euclidean distance in standardized units
 */
record NearestCode(int target, double distance) {
    /** Distance (standardized units) under which a code counts as one of the targets. */
    static final double ON_CODE_TOLERANCE = 1e-6;

    /** Whether the code is (numerically) one of the targets rather than a blend of them. */
    boolean onCode() {
        return distance <= ON_CODE_TOLERANCE;
    }

    static NearestCode of(double[] code, double[][] targets) {
        int best = -1;
        double bestSq = Double.POSITIVE_INFINITY;
        for (int j = 0; j < targets.length; j++) {
            double[] t = targets[j];
            double sq = 0;
            for (int k = 0; k < t.length && sq < bestSq; k++) {
                double diff = code[k] - t[k];
                sq += diff * diff;
            }
            if (sq < bestSq) {
                bestSq = sq;
                best = j;
            }
        }
        return new NearestCode(best, Math.sqrt(bestSq));
    }

    static NearestCode[] of(double[][] codes, double[][] targets) {
        NearestCode[] out = new NearestCode[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = of(codes[i], targets);
        }
        return out;
    }
}
