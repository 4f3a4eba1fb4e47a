package org.lsotexplorer.cli;

import org.lsotexplorer.model.ConvAutoencoder;
import org.lsotexplorer.model.ConvAutoencoderOptions;

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
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.ot.ExactTransportSolver;
import org.lsotexplorer.model.CriticStepWorkload;
import org.lsotexplorer.model.Nd4jRuntime;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PlaneRenderer;
import org.lsotexplorer.render.RenderWorkloads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench NAME}: speed measurements, one JSON line per case, the headline case last, each with at least
 * {@code name}, {@code median_ms} (wall clock) and {@code runs}, plus {@code cpu_median_ms}, the measuring thread's
 * CPU time, which stays meaningful when other processes share the cores. Timings come from this command, never
 * from unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed. NAME is one of:",
            "  critic  one WGAN-GP critic step, MLP 2-512-512-512-1, batch 256, float32, 1 thread",
            "  ot      the exact solver on uniform 2-D points, squared Euclidean, n = 500..4000",
            "  render  one plane frame: 20,000 points, 256x256 potential + contours, 2,000 arrows",
            "  autoencoder  one MNIST autoencoder step (28x28, d = 8, batch 128; 469 steps = one epoch)",
            "  live    the window's frame pipeline, headless: eight Gaussians, lsot, every layer, about 20 s",
            "  newton  exact Newton refinement vs Monte-Carlo Adam from the same discriminator heights",
            "          (checkerboard n = 16,384, eight Gaussians n = 1,024 and 4,096)",
            "  soak    memory over a long window session, headless: eight Gaussians, the window's workers, a reset",
            "          every --reset-every seconds, a solver switch every third reset; JSON line a minute;",
            "          with --image mnist --data DIR: the memory of a whole run --preset mnist",
            "Prints one JSON line per case; the last line is the headline case."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "critic, ot, render, autoencoder, live, newton or soak")
    String name;

    @Option(names = "--steps", defaultValue = "1500",
            description = "newton: discriminator steps before the refinements (default: ${DEFAULT-VALUE})")
    int discriminatorSteps;

    @Option(names = "--n", paramLabel = "N", description = "newton: only the case with n = N (1024, 4096 or 16384)")
    Integer onlyN;

    @Option(names = "--runs", description = "measured repetitions (default: 60 critic, 7 ot, 200 render)")
    Integer runs;

    @Option(names = "--warmup", description = "unmeasured repetitions first (default: 10 critic, 1 ot, 50 render)")
    Integer warmup;

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
            case "render" -> benchRender(out);
            case "autoencoder" -> Cli.withLibraryChatterOnStderr(() -> benchAutoencoder(out));
            case "live" -> Cli.withLibraryChatterOnStderr(() -> benchLive(out));
            case "newton" -> Cli.withLibraryChatterOnStderr(() -> new NewtonBench(out, spec.commandLine().getErr(),
                    discriminatorSteps, onlyN).run());
            case "soak" -> Cli.withLibraryChatterOnStderr(() -> soak(out));
            default -> throw new IllegalArgumentException("unknown benchmark '" + name
                    + "' (expected critic, ot, render, autoencoder, live, newton or soak)");
        }
        return 0;
    }

    private void soak(PrintWriter out) throws java.io.IOException {
        if (image == null) {
            new SoakBench(minutes, resetEverySeconds, out).run();
            return;
        }
        try {
            new ImageSoak(image, data, epochs, trainLimit, out, spec.commandLine().getErr()).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void benchCritic(PrintWriter out) {
        Nd4jRuntime.init();
        CriticStepWorkload w = new CriticStepWorkload(1L);
        double[] ms = time(runs == null ? 60 : runs, warmup == null ? 10 : warmup, w::step);
        out.println(line("critic_step_2-512-512-512-1_b256", ms, Map.of("threads", 1)));
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
        Nd4jRuntime.init();
        ConvAutoencoder ae = new ConvAutoencoder(ConvAutoencoderOptions.mnist(), 1L);
        SplittableRandom rng = new SplittableRandom(1);
        float[][] batch = new float[128][784];
        for (float[] row : batch) {
            for (int i = 0; i < row.length; i++) {
                row[i] = rng.nextDouble() < 0.2 ? (float) rng.nextDouble() : 0f;
            }
        }
        double[] ms = time(runs == null ? 20 : runs, warmup == null ? 3 : warmup, () -> ae.fitBatch(batch));
        out.println(line("autoencoder_step_mnist_d8_b128", ms, Map.of("steps_per_epoch", 469, "onednn",
                isOneDnn())));
    }

    /** Whether the loaded libnd4j was built with oneDNN (the {@code -Ponednn} build). */
    private static boolean isOneDnn() {
        return org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo()
                .toUpperCase(Locale.ROOT).contains("ONEDNN");
    }

    private void benchOt(PrintWriter out) {
        int[] sizes = {500, 1000, 2000, 4000};
        for (int n : sizes) {
            SplittableRandom rng = new SplittableRandom(n);
            double[][] a = uniform(n, rng);
            double[][] b = uniform(n, rng);
            int r = runs == null ? (n >= 4000 ? 5 : 7) : runs;
            double[] ms = time(r, warmup == null ? 1 : warmup,
                    () -> ExactTransportSolver.solve(a, b, Cost.SQUARED_EUCLIDEAN));
            out.println(line("exact_ot_n" + n, ms, Map.of("n", n, "cost", "sqeuclidean", "dim", 2)));
        }
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
    private double[] time(int runs, int warmup, Runnable task) {
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
