package org.lsotexplorer.engine;

import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.math.PointClouds;
import org.lsotexplorer.math.SourceDistribution;

/**
 * One transport problem: the source {@code mu}, the target {@code nu} (for fresh samples) and the fixed codes
 * {@code y_1..y_n} drawn from it once per seed (method.md section 5).
 *
 * @param source the simple distribution
 * @param target the target law
 * @param codes the fixed sample of n target points (n &gt;= 2), not copied: treat as read-only
 */
public record TransportProblem(SourceDistribution source, TargetDistribution target, double[][] codes) {
    public TransportProblem {
        int d = PointClouds.requireValid(codes, "codes");
        if (codes.length < 2) {
            throw new IllegalArgumentException("need at least 2 codes, got " + codes.length);
        }
        if (d != target.dimension()) {
            throw new IllegalArgumentException("codes have dimension " + d + " but the target has "
                    + target.dimension());
        }
    }

    public int dimension() {
        return codes[0].length;
    }

    public int codeCount() {
        return codes.length;
    }

    /**
     * The target masses {@code nu_j} of the codes (normalised), or null when uniform: the target's
     * {@link TargetDistribution#codeWeights()} when it gives one per code.
     */
    public double[] weights() {
        double[] w = target.codeWeights();
        return w != null && w.length == codes.length ? w : null;
    }
}
