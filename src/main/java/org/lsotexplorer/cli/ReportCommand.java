package org.lsotexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.lsotexplorer.engine.OutputFolder;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.engine.images.ImagePreset;
import org.lsotexplorer.render.PngWriter;
import org.lsotexplorer.report.FigureGrid;
import org.lsotexplorer.report.FinishedRun;
import org.lsotexplorer.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report}: every combination of toy presets, solvers and seeds, each a {@code run} (the same command, in this
 * JVM) into {@code DIR/runs/<preset>-<solver>-seed<k>/}, then {@code DIR/report.md}, {@code DIR/report.csv}
 * ({@link ReportTable}) and {@code DIR/figures.png} (rows presets, columns solvers: each run's {@code mapped.png}
 * for the first seed). A run folder that already holds a finished run ({@link FinishedRun}) is reused, so an
 * interrupted report resumes where it stopped; an unfinished one is cleared and run again. Every option is checked
 * before any run starts; a failing run stops the report with its error and folder named.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Run every preset x solver x seed and summarise: DIR/report.md (a table per preset, mean and",
            "std over seeds of every metric and the seconds), DIR/report.csv (a row per preset and solver),",
            "DIR/figures.png (the mapped samples of the first seed) and the run folders under DIR/runs/.",
            "Finished runs are reused, so running the same command again resumes."})
final class ReportCommand implements Callable<Integer> {
    static final String RUNS = "runs";

    @Spec
    CommandSpec spec;

    @Option(names = "--presets", required = true, split = ",", paramLabel = "P1,P2",
            description = "toy presets: " + "eight-gaussians, 25-gaussians, swiss-roll, two-moons, rings, checkerboard")
    List<String> presets;

    @Option(names = "--solvers", required = true, split = ",", paramLabel = "S1,S2",
            description = "solvers: lsot, critic-rays, exact, sinkhorn")
    List<String> solvers;

    @Option(names = "--seeds", defaultValue = "1-5", paramLabel = "A-B",
            description = "seeds: a range A-B or a list 1,2,7 (default: ${DEFAULT-VALUE})")
    String seeds;

    @Option(names = "--steps", description = "main training steps of every run (run --steps; default: the solver's)")
    Integer steps;

    @Option(names = "--targets", description = "n, the target sample of every run (run --targets; default 4096)")
    Integer targets;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "report folder")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<ToyPreset> p = parsePresets(presets);
        List<SolverKind> s = parseSolvers(solvers);
        List<Long> k = parseSeeds(seeds);
        if (steps != null && steps < 1) {
            throw new IllegalArgumentException("--steps must be >= 1, got " + steps);
        }
        if (targets != null && (targets < 2 || targets > 100_000)) {
            throw new IllegalArgumentException("--targets must be in 2..100000, got " + targets);
        }
        OutputPaths.requireWritableFolder(out, "--out");
        Files.createDirectories(out.resolve(RUNS));
        PrintWriter err = spec.commandLine().getErr();
        List<ReportTable.Cell> cells = new ArrayList<>();
        BufferedImageGrid grid = new BufferedImageGrid(p.size(), s.size());
        int total = p.size() * s.size() * k.size();
        int done = 0;
        for (int r = 0; r < p.size(); r++) {
            for (int c = 0; c < s.size(); c++) {
                List<FinishedRun> runs = new ArrayList<>();
                for (long seed : k) {
                    done++;
                    runs.add(finishedRun(p.get(r), s.get(c), seed, done, total, err));
                }
                cells.add(new ReportTable.Cell(p.get(r).id(), s.get(c).id(), runs));
                grid.put(r, c, runs.get(0).dir().resolve("mapped.png"));
            }
        }
        ReportTable table = new ReportTable(cells);
        Files.writeString(out.resolve("report.csv"), table.csv());
        Files.writeString(out.resolve("report.md"), table.markdown(invocation(), seeds));
        PngWriter.write(FigureGrid.render("Mapped samples T(z), seed " + k.get(0) + (steps == null ? ""
                        : ", " + steps + " steps"), p.stream().map(ToyPreset::id).toList(),
                s.stream().map(SolverKind::id).toList(), grid.images(), 360), out.resolve("figures.png"));
        spec.commandLine().getOut().println(out.resolve("report.md"));
        return 0;
    }

    /** The finished run of one combination: reused when its folder already holds one, else run now. */
    private FinishedRun finishedRun(ToyPreset preset, SolverKind solver, long seed, int index, int total,
                                    PrintWriter err) throws IOException {
        Path dir = out.resolve(RUNS).resolve(preset.id() + "-" + solver.id() + "-seed" + seed);
        String name = String.format(Locale.ROOT, "[%d/%d] %s %s seed %d", index, total, preset.id(), solver.id(),
                seed);
        Optional<FinishedRun> existing = FinishedRun.read(dir);
        if (existing.isPresent()) {
            err.println(name + ": finished before, reused");
            err.flush();
            return existing.get();
        }
        clearUnfinished(dir);
        List<String> args = new ArrayList<>(List.of("run", "--preset", preset.id(), "--solver", solver.id(),
                "--seed", Long.toString(seed), "--out", dir.toString(), "--quiet"));
        if (steps != null) {
            args.addAll(List.of("--steps", steps.toString()));
        }
        if (targets != null) {
            args.addAll(List.of("--targets", targets.toString()));
        }
        long t0 = System.nanoTime();
        StringWriter runErr = new StringWriter();
        int code = Cli.execute(args.toArray(new String[0]), new PrintWriter(new StringWriter(), true),
                new PrintWriter(runErr, true));
        Optional<FinishedRun> result = FinishedRun.read(dir);
        if (code != 0 || result.isEmpty()) {
            throw new IllegalStateException(name + " failed (exit " + code + "): " + runErr.toString().strip()
                    + "; its folder is " + dir + "; fix the cause and run the same report command again to resume");
        }
        err.println(String.format(Locale.ROOT, "%s: %.1f s", name, (System.nanoTime() - t0) / 1e9));
        err.flush();
        return result.get();
    }

    /** Removes what an interrupted run left in its folder (only a folder under DIR/runs; links are not followed). */
    private static void clearUnfinished(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a run folder (a file or a link); remove it and run the report again");
        }
        OutputFolder.deleteTree(dir);
    }

    private String invocation() {
        StringBuilder b = new StringBuilder("report --presets ").append(String.join(",", presets))
                .append(" --solvers ").append(String.join(",", solvers)).append(" --seeds ").append(seeds);
        if (steps != null) {
            b.append(" --steps ").append(steps);
        }
        if (targets != null) {
            b.append(" --targets ").append(targets);
        }
        return b.append(" --out ").append(out).toString();
    }

    static List<ToyPreset> parsePresets(List<String> names) {
        List<ToyPreset> list = new ArrayList<>();
        for (String n : names) {
            if (ImagePreset.isImagePreset(n.trim())) {
                throw new IllegalArgumentException("--presets: report runs the toy presets only, not '" + n
                        + "' (expected " + ToyPreset.ids() + "); use run --preset " + n.trim() + " for images");
            }
            try {
                ToyPreset t = ToyPreset.parse(n.trim());
                if (list.contains(t)) {
                    throw new IllegalArgumentException("--presets names " + t.id() + " twice");
                }
                list.add(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--presets: " + e.getMessage(), e);
            }
        }
        return list;
    }

    static List<SolverKind> parseSolvers(List<String> names) {
        List<SolverKind> list = new ArrayList<>();
        for (String n : names) {
            SolverKind kind;
            try {
                kind = SolverKind.parse(n);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--solvers: " + e.getMessage(), e);
            }
            if (list.contains(kind)) {
                throw new IllegalArgumentException("--solvers names " + kind.id() + " twice");
            }
            list.add(kind);
        }
        return list;
    }

    /**
     * Seeds from {@code A-B} (A to B inclusive, A &lt;= B) or a comma-separated list; each in 0..2^31-1, at most
     * 1,000 of them, no repeats.
     */
    static List<Long> parseSeeds(String text) {
        String t = text.trim();
        List<Long> list = new ArrayList<>();
        if (t.matches("\\d+\\s*-\\s*\\d+")) {
            String[] ab = t.split("-");
            long a = seed(ab[0].trim(), text);
            long b = seed(ab[1].trim(), text);
            if (a > b) {
                throw new IllegalArgumentException("--seeds " + text + ": the range runs backwards; write "
                        + b + "-" + a);
            }
            if (b - a >= 1000) {
                throw new IllegalArgumentException("--seeds " + text + ": at most 1000 seeds");
            }
            for (long s = a; s <= b; s++) {
                list.add(s);
            }
            return list;
        }
        for (String part : t.split(",")) {
            long s = seed(part.trim(), text);
            if (list.contains(s)) {
                throw new IllegalArgumentException("--seeds " + text + " names seed " + s + " twice");
            }
            list.add(s);
        }
        return list;
    }

    private static long seed(String s, String whole) {
        if (!s.matches("\\d{1,10}") || Long.parseLong(s) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--seeds " + whole + ": expected a range A-B or a list 1,2,7 of"
                    + " seeds in 0.." + Integer.MAX_VALUE + ", got '" + s + "'");
        }
        return Long.parseLong(s);
    }

    /** The first seed's mapped-samples figures, read back from the run folders (missing ones stay null). */
    private static final class BufferedImageGrid {
        private final java.awt.image.BufferedImage[][] images;

        BufferedImageGrid(int rows, int columns) {
            images = new java.awt.image.BufferedImage[rows][columns];
        }

        void put(int r, int c, Path png) throws IOException {
            images[r][c] = Files.isRegularFile(png) ? ImageIO.read(png.toFile()) : null;
        }

        java.awt.image.BufferedImage[][] images() {
            return images;
        }
    }
}
