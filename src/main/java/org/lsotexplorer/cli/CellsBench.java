package org.lsotexplorer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.lsotexplorer.engine.CellSearches;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.math.ot.CellSearch;
import org.lsotexplorer.model.Nd4jRuntime;

/**
 * {@code bench cells}: one Monte-Carlo cell search of the image-latent refinement at the faces size: d = 64,
 * 4,096 standard normal codes with heights N(0, 0.5^2), 32,768 standard normal points (8.6 G multiply-adds), through
 * {@link CellSearches#forDimension} (blocked BLAS products; {@code --threads}, default {@link CellSearches#DEFAULT_THREADS} as in the app). It then runs the per-point search once on
 * the same points and reports its time and whether every cell agrees ({@code "equal": true}).
 * {@code process_cpu_ms} is the CPU time of all the process's threads per measured search (after the warm-up), which
 * stays meaningful when other processes share the cores.
 */
final class CellsBench {
    static final int DIM = 64;
    static final int CODES = 4096;
    static final int POINTS = 32_768;

    private CellsBench() {
    }

    static void run(PrintWriter out, BenchCommand bench, Integer runs, Integer warmup, int threads) {
        Nd4jRuntime.init();
        SplittableRandom rng = new SplittableRandom(64);
        BrenierPotential u = new BrenierPotential(gaussian(CODES, rng, 1), heights(rng));
        double[][] z = gaussian(POINTS, rng, 1);
        CellSearch blocked = CellSearches.forDimension(DIM, threads);
        int[][] last = new int[1][];
        int r = runs == null ? 7 : runs;
        for (int i = 0; i < (warmup == null ? 2 : warmup); i++) {
            blocked.cellCounts(u, z);
        }
        long cpu0 = processCpuNanos();
        double[] ms = bench.time(r, 0, () -> last[0] = blocked.cellCounts(u, z));
        double processCpuMs = (processCpuNanos() - cpu0) / 1e6 / r;
        long t = System.nanoTime();
        int[] scan = CellSearch.SCAN.cellCounts(u, z);
        double scanMs = (System.nanoTime() - t) / 1e6;
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("dim", DIM);
        extra.put("codes", CODES);
        extra.put("points", POINTS);
        extra.put("threads", threads);
        extra.put("onednn", Nd4jRuntime.isOneDnn());
        extra.put("process_cpu_ms", String.format(java.util.Locale.ROOT, "%.1f", processCpuMs));
        extra.put("scan_ms", String.format(java.util.Locale.ROOT, "%.1f", scanMs));
        extra.put("equal", java.util.Arrays.equals(scan, last[0]));
        out.println(bench.line("cells_d64_codes4096_points32768", ms, extra));
    }

    /** CPU time of the whole process (every thread), or 0 where the JVM does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static double[] heights(SplittableRandom rng) {
        double[] h = new double[CODES];
        for (int j = 0; j < CODES; j++) {
            h[j] = 0.5 * rng.nextGaussian();
        }
        return h;
    }

    private static double[][] gaussian(int n, SplittableRandom rng, double std) {
        double[][] p = new double[n][DIM];
        for (double[] row : p) {
            for (int k = 0; k < DIM; k++) {
                row[k] = std * rng.nextGaussian();
            }
        }
        return p;
    }
}
