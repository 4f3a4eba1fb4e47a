package org.lsotexplorer.render;

import java.util.SplittableRandom;

/**
 * Fixed synthetic figures for benchmarks and demos, the same on every machine for a given seed.
 *
 * <p>{@link #standardFrame(long)} is the render benchmark case: an 800 x 800 px figure of the eight-Gaussian toy with
 * 20,000 points in three layers (8,000 source samples from {@code N(0, I)}, 4,000 target samples from eight Gaussians
 * of std 0.02 at radius 2, 8,000 mapped samples), a 256 x 256 grid of the semi-discrete potential
 * {@code phi(z) = min_j ( |z - c_j|^2 / 2 - g_j )} over the eight centres {@code c_j} with random heights
 * {@code g_j}, about 10 contour levels, and 2,000 arrows from source samples to their nearest centre.
 *
 * <p>To time it as the GUI draws: one {@link PlaneRenderer} and one target {@link Raster}, then
 * {@code renderer.render(frame, target)} repeatedly after a JIT warm-up (a few hundred frames); report the median.
 * {@link PlaneRenderer#clearCaches()} before each frame measures the worst case (chrome, legend and contours redone).
 */
public final class RenderWorkloads {
    /** Source samples (grey), target samples (orange), mapped samples (pink), arrows (white). */
    public static final int SOURCE_ARGB = 0x73FFFFFF;
    public static final int TARGET_ARGB = 0xFFFF7F0E;
    public static final int MAPPED_ARGB = 0xB3F768A1;
    public static final int ARROW_ARGB = 0x59FFFFFF;

    private RenderWorkloads() {
    }

    /** The benchmark frame described above. */
    public static PlaneFigure standardFrame(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] centres = eightCentres(2.0);
        double[] heights = new double[8];
        for (int j = 0; j < 8; j++) {
            heights[j] = 0.3 * rng.nextDouble();
        }
        float[] source = gaussian(rng, 8_000, 0, 0, 1.0);
        float[] target = mixture(rng, 4_000, centres, 0.02);
        float[] mapped = new float[16_000];
        for (int i = 0; i < 8_000; i++) {
            int j = nearest(centres, heights, source[2 * i], source[2 * i + 1]);
            mapped[2 * i] = (float) (centres[2 * j] + 0.02 * rng.nextGaussian());
            mapped[2 * i + 1] = (float) (centres[2 * j + 1] + 0.02 * rng.nextGaussian());
        }
        float[] from = new float[4_000];
        float[] to = new float[4_000];
        System.arraycopy(source, 0, from, 0, 4_000);
        System.arraycopy(mapped, 0, to, 0, 4_000);
        Viewport view = Viewport.centered(3.5);
        ScalarGrid phi = ScalarGrid.sample(view, 256, 256, (x, y) -> potential(centres, heights, x, y));
        return PlaneFigure.builder(view)
                .title("Eight Gaussians: potential phi and transport map T")
                .size(800, 800)
                .heatmap(phi, Colormap.VIRIDIS, "potential phi(z)")
                .contours(10)
                .layer(new PointLayer("source z ~ N(0, I)", source, SOURCE_ARGB, 1.5f))
                .layer(new ArrowLayer("z \u2192 T(z)", from, to, ARROW_ARGB))
                .layer(new PointLayer("target codes y", target, TARGET_ARGB, 2.0f))
                .layer(new PointLayer("mapped T(z)", mapped, MAPPED_ARGB, 1.5f))
                .build();
    }

    /** Centres {@code (r cos(k 45 deg), r sin(k 45 deg))}, k = 0..7, interleaved. */
    static double[] eightCentres(double radius) {
        double[] c = new double[16];
        for (int k = 0; k < 8; k++) {
            c[2 * k] = radius * Math.cos(k * Math.PI / 4);
            c[2 * k + 1] = radius * Math.sin(k * Math.PI / 4);
        }
        return c;
    }

    /** {@code min_j ( |z - c_j|^2 / 2 - g_j )}. */
    static double potential(double[] centres, double[] heights, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < heights.length; j++) {
            double dx = x - centres[2 * j];
            double dy = y - centres[2 * j + 1];
            best = Math.min(best, 0.5 * (dx * dx + dy * dy) - heights[j]);
        }
        return best;
    }

    private static int nearest(double[] centres, double[] heights, double x, double y) {
        int best = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int j = 0; j < heights.length; j++) {
            double dx = x - centres[2 * j];
            double dy = y - centres[2 * j + 1];
            double cost = 0.5 * (dx * dx + dy * dy) - heights[j];
            if (cost < bestCost) {
                bestCost = cost;
                best = j;
            }
        }
        return best;
    }

    private static float[] gaussian(SplittableRandom rng, int n, double mx, double my, double std) {
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = (float) (mx + std * rng.nextGaussian());
            xy[2 * i + 1] = (float) (my + std * rng.nextGaussian());
        }
        return xy;
    }

    private static float[] mixture(SplittableRandom rng, int n, double[] centres, double std) {
        float[] xy = new float[2 * n];
        int k = centres.length / 2;
        for (int i = 0; i < n; i++) {
            int j = rng.nextInt(k);
            xy[2 * i] = (float) (centres[2 * j] + std * rng.nextGaussian());
            xy[2 * i + 1] = (float) (centres[2 * j + 1] + std * rng.nextGaussian());
        }
        return xy;
    }
}
