package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.Cost;

/**
 * Sparse stabilised scaling against the dense log-domain iteration: the same fixed point, with the kernel truncated,
 * the scalings absorbed, and rows or columns whose sums vanish recovered exactly.
 */
class StabilizedScalingTest {
    private static double[][] cloud(SplittableRandom r, int n, double cx, double sd) {
        double[][] p = new double[n][2];
        for (double[] row : p) {
            row[0] = cx + sd * r.nextGaussian();
            row[1] = sd * r.nextGaussian();
        }
        return p;
    }

    /** Runs {@code iterations} (g, f) pairs of both iterations from the same duals and compares f and g. */
    private static void assertSameIterates(double[] a, double[] b, double[] c, double eps, double[] f0, double[] g0,
            int iterations, double tolerance, StabilizedScaling sparse) {
        SinkhornIterations dense = new SinkhornIterations(a, b, c, eps);
        dense.warmStart(f0, g0);
        sparse.warmStart(f0, g0);
        for (int k = 0; k < iterations; k++) {
            double e1 = dense.updateTargetPotential();
            double e2 = sparse.updateTargetPotential();
            assertEquals(e1, e2, 1e-9 + 1e-9 * e1, "error at iteration " + k);
            double omega = k < 3 ? 1.0 : 1.5;
            dense.acceptTargetPotential(omega);
            sparse.acceptTargetPotential(omega);
            dense.updateSourcePotential();
            sparse.updateSourcePotential();
        }
        double[] fd = dense.f();
        double[] fs = sparse.f();
        for (int i = 0; i < fd.length; i++) {
            assertEquals(fd[i], fs[i], tolerance, "f_" + i);
        }
        double[] gd = dense.g();
        double[] gs = sparse.g();
        for (int j = 0; j < gd.length; j++) {
            assertEquals(gd[j], gs[j], tolerance, "g_" + j);
        }
    }

    @Test
    void followsTheDenseIterationWithATruncatedKernel() {
        SplittableRandom r = new SplittableRandom(3);
        double[][] x = cloud(r, 120, 0, 1);
        double[][] y = new double[160][];
        for (int j = 0; j < y.length; j++) {
            y[j] = cloud(r, 1, j % 2 == 0 ? -2 : 2, 0.05)[0];
        }
        double[] a = OtInputs.uniform(x.length);
        double[] b = OtInputs.uniform(y.length);
        double[] c = OtInputs.flatCost(x, y, Cost.SQUARED_DISTANCE);
        double eps = 0.02;
        StabilizedScaling sparse = new StabilizedScaling(a, b, c, eps);
        assertSameIterates(a, b, c, eps, new double[x.length], new double[y.length], 300, 1e-10, sparse);
        // at this epsilon most entries are negligible, so the kernel keeps only a fraction of them
        assertTrue(sparse.kernelFill() < 0.7, "fill " + sparse.kernelFill());
        assertTrue(sparse.kernelFill() > 0, "fill " + sparse.kernelFill());
        assertTrue(sparse.absorptions() >= 2, "the scalings drifted and were absorbed: " + sparse.absorptions());
    }

    @Test
    void recoversRowsAndColumnsWhoseKernelSumsVanish() {
        SplittableRandom r = new SplittableRandom(5);
        double[][] x = cloud(r, 40, 0, 1);
        double[][] y = cloud(r, 50, 1, 1);
        double[] a = OtInputs.uniform(x.length);
        double[] b = OtInputs.uniform(y.length);
        double[] c = OtInputs.flatCost(x, y, Cost.SQUARED_DISTANCE);
        double eps = 0.05;
        // warm start far from any fixed point: every kernel entry of columns 0..9 is below exp(-THETA)
        double[] g0 = new double[y.length];
        for (int j = 0; j < 10; j++) {
            g0[j] = -1000 * eps;
        }
        StabilizedScaling sparse = new StabilizedScaling(a, b, c, eps);
        assertSameIterates(a, b, c, eps, new double[x.length], g0, 40, 1e-9, sparse);
    }

    @Test
    void theScaledSolverMatchesTheDenseFixedPointOnClusteredTargets() {
        SplittableRandom r = new SplittableRandom(11);
        double[][] x = cloud(r, 150, 0, 1);
        double[][] y = new double[200][];
        for (int j = 0; j < y.length; j++) {
            double angle = (j % 8) * Math.PI / 4;
            y[j] = new double[] {2 * Math.cos(angle) + 0.02 * r.nextGaussian(), 2 * Math.sin(angle)
                    + 0.02 * r.nextGaussian()};
        }
        double eps = 0.05;
        SinkhornResult plain = SinkhornSolver.solve(x, y, Cost.SQUARED_DISTANCE, new SinkhornOptions(eps, 500_000,
                1e-11));
        ScaledSinkhorn scaled = new ScaledSinkhorn(x, y, Cost.SQUARED_DISTANCE, eps, 1e-11, 500_000);
        while (!scaled.iterate()) {
            assertTrue(scaled.kernelFill() <= 1.0);
        }
        assertTrue(scaled.converged());
        assertEquals(plain.transportCost(), scaled.transportCost(), 1e-9);
        assertTrue(scaled.kernelFill() < 0.6, "clustered targets give a sparse kernel: " + scaled.kernelFill());
        double[] cols = scaled.result().targetMarginal();
        double l1 = 0;
        for (double v : cols) {
            l1 += Math.abs(v - 1.0 / y.length);
        }
        assertTrue(l1 <= 1e-11, "target marginal L1 " + l1);
    }
}
