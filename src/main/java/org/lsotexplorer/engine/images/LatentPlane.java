package org.lsotexplorer.engine.images;

/**
 * The 2-D view of the latent space: for d = 2 the standardized codes themselves, for d &gt; 2 their projection on
 * the two principal axes (the variance along each axis is stated so the view does not hide what it drops).
 *
 * @param codes             projected codes (a sample of the transport targets)
 * @param labels            class of each code (MNIST), or null
 * @param mapped            projected {@code T(z)} for the fixed noise batch
 * @param noise             projected noise {@code z} of that batch
 * @param axisVariances     variance of the codes along axis 1 and axis 2
 * @param explainedFraction share of the codes' total variance the two axes show (1 for d = 2)
 * @param latentDim         d
 * @param noisePath         a straight noise path projected on the plane (points), or null
 * @param pathCrossings     per segment of {@code noisePath}, whether the map tears there (singular set), or null
 * @param field             for d = 2 with a Brenier potential: potential, cells and singular set on a grid, or null
 */
public record LatentPlane(double[][] codes, int[] labels, double[][] mapped, double[][] noise,
                          double[] axisVariances, double explainedFraction, int latentDim, double[][] noisePath,
                          boolean[] pathCrossings, PlaneField field) {
    /** A plane without a noise path. */
    public LatentPlane(double[][] codes, int[] labels, double[][] mapped, double[][] noise, double[] axisVariances,
            double explainedFraction, int latentDim) {
        this(codes, labels, mapped, noise, axisVariances, explainedFraction, latentDim, null, null, null);
    }

    /** Axis titles that state what the axes are. */
    public String[] axisTitles() {
        if (latentDim == 2) {
            return new String[] {"z1 (standardized)", "z2 (standardized)"};
        }
        return new String[] {
            String.format(java.util.Locale.ROOT, "PC1 (variance %.3g)", axisVariances[0]),
            String.format(java.util.Locale.ROOT, "PC2 (variance %.3g)", axisVariances[1])};
    }

    /** A one-line description, e.g. for a plot title. */
    public String description() {
        return latentDim == 2 ? "Latent plane (d = 2: the codes themselves)"
                : String.format(java.util.Locale.ROOT, "PCA of d = %d codes (%.0f%% of variance)", latentDim,
                100 * explainedFraction);
    }
}
