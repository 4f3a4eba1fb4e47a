package org.lsotexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench soak --image mnist}: the memory of a whole image run. Runs {@code run --preset mnist} (the same code
 * path as the command line, into a temporary run folder, with {@code --no-model-cache} so every model is trained)
 * in this JVM while a sampler thread reads the memory once a second; prints one JSON line a minute and a summary
 * line with the resident set size at the start, its maximum and at the end, and the run's exit code.
 */
final class ImageSoak {
    private final String preset;
    private final Path data;
    private final Integer epochs;
    private final Integer trainLimit;
    private final PrintWriter out;
    private final PrintWriter err;

    ImageSoak(String preset, Path data, Integer epochs, Integer trainLimit, PrintWriter out, PrintWriter err) {
        if (data == null) {
            throw new IllegalArgumentException("bench soak --image " + preset + " needs --data DIR (the folder with"
                    + " the four MNIST IDX files, e.g. shared/data/mnist)");
        }
        this.preset = preset;
        this.data = data;
        this.epochs = epochs;
        this.trainLimit = trainLimit;
        this.out = out;
        this.err = err;
    }

    void run() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("lsot-soak-");
        Path runFolder = folder.resolve("run");
        List<String> args = new ArrayList<>(List.of("run", "--preset", preset, "--data", data.toString(), "--out",
                runFolder.toString(), "--no-model-cache"));   // progress lines go to stderr
        if (epochs != null) {
            args.add("--epochs");
            args.add(epochs.toString());
        }
        if (trainLimit != null) {
            args.add("--train-limit");
            args.add(trainLimit.toString());
        }
        MemoryLog memory = new MemoryLog();
        int[] code = {-1};
        StringWriter runOut = new StringWriter();
        Thread run = new Thread(() -> code[0] = Cli.execute(args.toArray(new String[0]), new PrintWriter(runOut, true),
                err), "soak-image-run");
        long t0 = System.nanoTime();
        run.start();
        int minute = 0;
        while (run.isAlive()) {
            run.join(1000);
            memory.sample();
            if (System.nanoTime() - t0 >= (minute + 1) * 60_000_000_000L) {
                minute++;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("minute", minute);
                m.putAll(memory.now());
                out.println(LiveBench.json(m));
                out.flush();
            }
        }
        memory.sample();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", "soak_image_run_" + preset);
        summary.put("minutes", Math.round((System.nanoTime() - t0) / 6e8) / 100.0);
        summary.put("epochs", epochs == null ? "default" : epochs.toString());
        summary.put("train_limit", trainLimit == null ? "all" : trainLimit.toString());
        summary.putAll(memory.summary());
        summary.put("run_exit_code", code[0]);
        summary.put("run_folder", runFolder.toString());
        out.println(LiveBench.json(summary));
        out.flush();
    }
}
