package org.lsotexplorer.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.lsotexplorer.engine.RunBundle;
import org.lsotexplorer.engine.RunFolder;
import org.lsotexplorer.engine.RunHistory;
import org.lsotexplorer.engine.SnapshotOptions;
import org.lsotexplorer.engine.TransportRun;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PlaneRenderer;
import org.lsotexplorer.render.PngWriter;
import org.lsotexplorer.report.RunFigures;
import org.lsotexplorer.ui.run.RunSession;

/**
 * Writes what the user exports, off the FX thread. PNGs and the metrics CSV are written on a small background
 * thread (the figure and histories are immutable copies); the run folder is written on the training worker between
 * steps, since it evaluates and snapshots the solver. Results come back through the callbacks on the UI executor;
 * failures carry the exception's message (an unwritable folder names the folder).
 */
public final class ExportController implements AutoCloseable {
    /** Potential grid cells per side in the run folder's figures (as the CLI's default). */
    public static final int RUN_FOLDER_GRID = 200;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lsot-export");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.Executor ui;

    /** @param ui runs callbacks on the UI thread */
    public ExportController(java.util.concurrent.Executor ui) {
        this.ui = ui;
    }

    /** Renders {@code figure} at {@code factor} times its size (1 or 2) into a PNG. */
    public void exportView(PlaneFigure figure, int factor, Path file, Consumer<Path> done, Consumer<String> failed) {
        PlaneFigure f = factor == 1 ? figure
                : figure.toBuilder().size(figure.widthPx() * factor, figure.heightPx() * factor).build();
        io.execute(() -> {
            try {
                PngWriter.write(new PlaneRenderer().render(f), file);
                ui.execute(() -> done.accept(file));
            } catch (Exception e) {
                ui.execute(() -> failed.accept(message(e)));
            }
        });
    }

    /**
     * Writes the run's history (losses every step) merged with the live evaluations ({@code phase = live}), in step
     * order, as {@code metrics.csv} columns: {@code step,phase,<values>}.
     */
    public void exportMetrics(RunHistory run, List<RunHistory.Row> live, Path file, Consumer<Path> done,
                              Consumer<String> failed) {
        io.execute(() -> {
            try {
                List<RunHistory.Row> rows = new ArrayList<>(run == null ? List.of() : run.rows());
                rows.addAll(live);
                rows.sort(Comparator.comparingInt(RunHistory.Row::step));
                RunHistory merged = new RunHistory();
                rows.forEach(r -> merged.add(r.step(), r.phase(), r.values()));
                RunFolder.writeHistoryCsv(file, merged);
                ui.execute(() -> done.accept(file));
            } catch (Exception e) {
                ui.execute(() -> failed.accept(message(e)));
            }
        });
    }

    /** A written run folder and the files in it. */
    public record WrittenFolder(Path dir, List<String> files) {
    }

    /**
     * Writes the whole run folder as the CLI does ({@code manifest.json}, {@code metrics.json} from a full
     * evaluation, {@code metrics.csv}, the PNG figures) on the worker; training waits meanwhile. The folder is
     * created inside {@code parent}, named after the run: {@code <target>-<solver>-seed<seed>-step<steps done>}.
     *
     * @param elapsedSeconds training time so far, recorded as {@code seconds}
     */
    public void saveRunFolder(RunSession session, Path parent, double elapsedSeconds, Consumer<WrittenFolder> done,
                              Consumer<String> failed) {
        session.submit(run -> write(run, parent, elapsedSeconds), done, e -> failed.accept(message(e)));
    }

    /** The folder name of a run: {@code <target>-<solver>-seed<seed>-step<steps done>}. */
    public static String folderName(TransportRun run) {
        return String.format(java.util.Locale.ROOT, "%s-%s-seed%d-step%d", run.settings().target(),
                run.settings().solver().id(), run.settings().seed(), run.solver().completedSteps());
    }

    private static WrittenFolder write(TransportRun run, Path parent, double seconds) throws Exception {
        Path dir = parent.resolve(folderName(run));
        RunFolder.create(dir);
        List<String> files = new ArrayList<>(List.of(RunFolder.MANIFEST, RunFolder.METRICS_JSON,
                RunFolder.METRICS_CSV, RunBundle.SAMPLES_CSV, RunFolder.MODEL_DIR + "/"));
        files.addAll(RunFigures.write(dir, run.snapshot(SnapshotOptions.full(RUN_FOLDER_GRID)), run.history()));
        RunBundle.saveNow(dir, run, seconds);        // the manifest's final state is written last
        return new WrittenFolder(dir, files);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    @Override
    public void close() {
        io.shutdownNow();
    }
}
