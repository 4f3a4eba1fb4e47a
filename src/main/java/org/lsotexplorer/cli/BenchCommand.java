package org.lsotexplorer.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lsotexplorer.engine.CellSearches;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.ot.ExactTransportSolver;
import org.lsotexplorer.math.ot.ScaledSinkhorn;
import org.lsotexplorer.math.ot.SinkhornResult;
import org.lsotexplorer.model.ConvAutoencoder;
import org.lsotexplorer.model.ConvAutoencoderOptions;
import org.lsotexplorer.model.CriticStepWorkload;
import org.lsotexplorer.model.HeapGovernor;
import org.lsotexplorer.model.Nd4jRuntime;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PlaneRenderer;
import org.lsotexplorer.render.RenderWorkloads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench NAME}: speed measurements, one JSON line per case, the headline case last, each with at least
 * {@code name}, {@code median_ms} (wall clock) and {@code runs}, plus {@code cpu_median_ms}, the measuring thread's
 * CPU time, which stays meaningful when other processes share the cores. Timings come from this command, never
 * from unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed. NAME is one of:",
            "  critic  one WGAN-GP critic step, MLP 2-512-512-512-1, batch 256, float32 (--threads, default 1)",
            "  ot      the exact solver, |x-y|^2, uniform and clustered 2-D clouds, n = 2000, 4000, 10000,",
            "          m = n and m = 3n/4 (--n N: only that n)",
            "  sinkhorn  epsilon-scaled Sinkhorn to 1e-9, |x-y|^2, eps 0.1, 1,500 x 2,000 clustered points",
            "  render  one plane frame: 20,000 points, 256x256 potential + contours, 2,000 arrows",
            "  autoencoder  one MNIST autoencoder step (28x28, d = 8, batch 128; 469 steps = one epoch)",
            "  live    the window's frame pipeline, headless: eight Gaussians, lsot, every layer, about 20 s",
            "  cells   Monte-Carlo cell search by blocked BLAS products: d = 64, 4,096 codes, 32,768 points",
            "          (--threads, default: the app's, every core up to 4; also times the per-point search once and",
            "          checks both agree)",
            "  newton  exact Newton refinement vs Monte-Carlo Adam from the same discriminator heights",
            "          (checkerboard n = 16,384, eight Gaussians n = 1,024 and 4,096)",
            "  soak    memory over a long window session, headless: eight Gaussians, the window's workers, a reset",
            "          every --reset-every seconds, a solver switch every third reset; JSON line a minute;",
            "          with --image mnist --data DIR: the memory of a whole run --preset mnist",
            "Prints one JSON line per case; the last line is the headline case."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME",
            description = "critic, ot, sinkhorn, cells, render, autoencoder, live, newton or soak")
    String name;

    @Option(names = "--steps", defaultValue = "1500",
            description = "newton: discriminator steps before the refinements (default: ${DEFAULT-VALUE})")
    int discriminatorSteps;

    @Option(names = "--n", paramLabel = "N", description = "newton: only the case with n = N (1024, 4096 or 16384); ot: only n = N")
    Integer onlyN;

    @Option(names = "--runs", description = "measured repetitions (default: 60 critic, 7 ot, 200 render)")
    Integer runs;

    @Option(names = "--warmup", description = "unmeasured repetitions first (default: 10 critic, 1 ot, 50 render)")
    Integer warmup;

    @Option(names = "--threads", description = "critic, autoencoder: ND4J (OpenMP and BLAS) threads (default 1, as the app);"
            + " cells: search threads (default: as the app, every core up to 4)")
    Integer threadsGiven;

    @Option(names = "--seconds", description = "live: total seconds over its three phases (default 20)")
    Double seconds;

    @Option(names = "--minutes", defaultValue = "10", description = "soak: minutes to run (default: ${DEFAULT-VALUE})")
    double minutes;

    @Option(names = "--reset-every", paramLabel = "SECONDS", defaultValue = "60",
            description = "soak: seconds between resets (default: ${DEFAULT-VALUE})")
    double resetEverySeconds;

    @Option(names = "--image", paramLabel = "PRESET",
            description = "soak: measure a whole image run (mnist) instead of the toy window session")
    String image;

    @Option(names = "--data", paramLabel = "DIR", description = "soak --image: the MNIST folder")
    java.nio.file.Path data;

    @Option(names = "--epochs", description = "soak --image: autoencoder epochs (default: the preset's)")
    Integer epochs;

    @Option(names = "--train-limit", paramLabel = "N", description = "soak --image: train on the first N images only")
    Integer trainLimit;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "critic" -> benchCritic(out);
            case "ot" -> benchOt(out);
            case "sinkhorn" -> benchSinkhorn(out);
            case "cells" -> Cli.withLibraryChatterOnStderr(() -> CellsBench.run(out, this, runs, warmup,
                    threadsGiven == null ? CellSearches.DEFAULT_THREADS : threadsGiven));
            case "render" -> benchRender(out);
            case "autoencoder" -> Cli.withLibraryChatterOnStderr(() -> benchAutoencoder(out));
            case "live" -> Cli.withLibraryChatterOnStderr(() -> benchLive(out));
            case "newton" -> Cli.withLibraryChatterOnStderr(() -> new NewtonBench(out, spec.commandLine().getErr(),
                    discriminatorSteps, onlyN).run());
            case "soak" -> Cli.withLibraryChatterOnStderr(() -> soak(out));
            default -> throw new IllegalArgumentException("unknown benchmark '" + name
                    + "' (expected critic, ot, sinkhorn, cells, render, autoencoder, live, newton or soak)");
        }
        return 0;
    }

    private void soak(PrintWriter out) throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (image == null) {
            SoakBench soak = new SoakBench(minutes, resetEverySeconds, out);   // checks the options first
            startHeapGovernor(err);
            soak.run();
            return;
        }
        try {
            ImageSoak soak = new ImageSoak(image, data, epochs, trainLimit, out, err);
            startHeapGovernor(err);
            soak.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The window's heap governor, reporting on stderr. */
    private static void startHeapGovernor(PrintWriter err) {
        HeapGovernor.ensureStarted(line -> {
            err.println(line);
            err.flush();
        });
    }

    private void benchCritic(PrintWriter out) {
        int threads = threadsGiven == null ? 1 : threadsGiven;
        Nd4jRuntime.useThreads(threads);
        CriticStepWorkload w = new CriticStepWorkload(1L);
        double[] ms = time(runs == null ? 60 : runs, warmup == null ? 10 : warmup, w::step);
        out.println(line("critic_step_2-512-512-512-1_b256", ms, Map.of("threads", threads, "onednn", isOneDnn())));
    }

    private void benchLive(PrintWriter out) {
        Nd4jRuntime.init();
        try {
            out.println(LiveBench.json(LiveBench.run(seconds == null ? 20 : seconds)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The convolution-bound step that decides an image run's time; compare the generic and the oneDNN build. */
    private void benchAutoencoder(PrintWriter out) {
        int threads = threadsGiven == null ? 1 : threadsGiven;
        Nd4jRuntime.useThreads(threads);
        ConvAutoencoder ae = new ConvAutoencoder(ConvAutoencoderOptions.mnist(), 1L);
        SplittableRandom rng = new SplittableRandom(1);
        float[][] batch = new float[128][784];
        for (float[] row : batch) {
            for (int i = 0; i < row.length; i++) {
                row[i] = rng.nextDouble() < 0.2 ? (float) rng.nextDouble() : 0f;
            }
        }
        double[] ms = time(runs == null ? 20 : runs, warmup == null ? 3 : warmup, () -> ae.fitBatch(batch));
        out.println(line("autoencoder_step_mnist_d8_b128", ms, Map.of("steps_per_epoch", 469, "threads", threads,
                "onednn", isOneDnn())));
    }

    private static boolean isOneDnn() {
        return Nd4jRuntime.isOneDnn();
    }

    /**
     * Exact OT, |x-y|^2 (POT's ot.dist), uniform weights, cost matrix included: uniform clouds in the unit square,
     * and clustered ones (source N(0, I), target eight tight Gaussians on a circle of radius 2, as the POT peer),
     * each with m = n and m = 3n/4. {@code seconds} is the median wall time.
     */
    private void benchOt(PrintWriter out) {
        int[] sizes = onlyN != null ? new int[] {onlyN} : new int[] {2000, 4000, 10000};
        for (int n : sizes) {
            for (String kind : new String[] {"uniform", "clustered"}) {
                for (int m : new int[] {n, 3 * n / 4}) {
                    SplittableRandom rng = new SplittableRandom(n + m);
                    double[][] x = kind.equals("uniform") ? uniform(n, rng) : gaussian(n, rng);
                    double[][] y = kind.equals("uniform") ? uniform(m, rng) : eightGaussians(m, rng);
                    double[] cost = new double[1];
                    int r = runs == null ? (n >= 10000 ? 1 : 3) : runs;
                    double[] ms = time(r, warmup == null ? (n >= 10000 ? 0 : 1) : warmup,
                            () -> cost[0] = ExactTransportSolver.solve(x, y, Cost.SQUARED_DISTANCE).totalCost());
                    out.println(line("exact_ot_" + kind + "_" + n + "x" + m, ms, otExtras(n, m, kind, ms, cost[0])));
                    out.flush();
                }
            }
        }
    }

    /**
     * Entropic OT to a marginal L1 tolerance of 1e-9 with epsilon scaling, |x-y|^2, epsilon 0.1 (POT's reg), source
     * N(0, I) (1,500 points), target eight tight Gaussians (2,000 points); cost matrix and plan included.
     */
    private void benchSinkhorn(PrintWriter out) {
        SplittableRandom rng = new SplittableRandom(7);
        double[][] x = gaussian(1500, rng);
        double[][] y = eightGaussians(2000, rng);
        double epsilon = 0.1;
        SinkhornResult[] result = new SinkhornResult[1];
        ScaledSinkhorn[] solver = new ScaledSinkhorn[1];
        double[] ms = time(runs == null ? 1 : runs, warmup == null ? 0 : warmup, () -> {
            ScaledSinkhorn s = new ScaledSinkhorn(x, y, Cost.SQUARED_DISTANCE, epsilon, 1e-9, 1_000_000);
            while (!s.iterate()) {
                // one iteration per call
            }
            result[0] = s.result();
            solver[0] = s;
        });
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("n", 1500);
        e.put("m", 2000);
        e.put("epsilon", epsilon);
        e.put("seconds", String.format(Locale.ROOT, "%.4f", median(ms) / 1e3));
        e.put("iterations", result[0].iterations());
        e.put("cost", String.format(Locale.ROOT, "%.15g", result[0].transportCost()));
        e.put("marginal_error", String.format(Locale.ROOT, "%.3g", result[0].marginalError()));
        e.put("ground_cost", "sqeuclidean");
        e.put("kernel_fill", String.format(Locale.ROOT, "%.3f", solver[0].kernelFill()));
        e.put("absorptions", solver[0].absorptions());
        out.println(line("sinkhorn_scaled_clustered_1500x2000", ms, e));
    }

    private static Map<String, Object> otExtras(int n, int m, String kind, double[] ms, double cost) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("n", n);
        e.put("m", m);
        e.put("kind", kind);
        e.put("seconds", String.format(Locale.ROOT, "%.4f", median(ms) / 1e3));
        e.put("cost", String.format(Locale.ROOT, "%.15g", cost));
        e.put("ground_cost", "sqeuclidean");
        return e;
    }

    private static double[][] gaussian(int n, SplittableRandom rng) {
        double[][] p = new double[n][2];
        for (double[] row : p) {
            row[0] = normal(rng);
            row[1] = normal(rng);
        }
        return p;
    }

    /** Eight Gaussians of standard deviation 0.02 at radius 2 (the POT peer's clustered target). */
    private static double[][] eightGaussians(int n, SplittableRandom rng) {
        double[][] p = new double[n][2];
        for (double[] row : p) {
            double angle = 2 * Math.PI * rng.nextInt(8) / 8;
            row[0] = 2 * Math.cos(angle) + 0.02 * normal(rng);
            row[1] = 2 * Math.sin(angle) + 0.02 * normal(rng);
        }
        return p;
    }

    private static double normal(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private void benchRender(PrintWriter out) {
        PlaneFigure fig = RenderWorkloads.standardFrame(1L);
        PlaneRenderer renderer = new PlaneRenderer();
        double[] ms = time(runs == null ? 200 : runs, warmup == null ? 50 : warmup, () -> renderer.render(fig));
        out.println(line("render_frame_20k_points_256grid_2k_arrows", ms, Map.of()));
    }

    private static double[][] uniform(int n, SplittableRandom rng) {
        double[][] p = new double[n][2];
        for (double[] row : p) {
            row[0] = rng.nextDouble();
            row[1] = rng.nextDouble();
        }
        return p;
    }

    /** Wall-clock milliseconds per run; the calling thread's CPU milliseconds go to {@link #lastCpuMs}. */
    double[] time(int runs, int warmup, Runnable task) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be >= 1, got " + runs);
        }
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        lastCpuMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
            lastCpuMs[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        return ms;
    }

    private double[] lastCpuMs;

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** One JSON line: name, wall median / min / max, the main thread's CPU median, runs, extras. */
    String line(String name, double[] ms, Map<String, Object> extra) {
        double[] s = ms.clone();
        Arrays.sort(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "\"" + name + "\"");
        m.put("median_ms", String.format(Locale.ROOT, "%.3f", median(ms)));
        m.put("cpu_median_ms", String.format(Locale.ROOT, "%.3f", median(lastCpuMs)));
        m.put("min_ms", String.format(Locale.ROOT, "%.3f", s[0]));
        m.put("max_ms", String.format(Locale.ROOT, "%.3f", s[s.length - 1]));
        m.put("runs", s.length);
        extra.forEach((k, v) -> m.put(k, v instanceof String str ? "\"" + str + "\"" : v));
        return m.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
