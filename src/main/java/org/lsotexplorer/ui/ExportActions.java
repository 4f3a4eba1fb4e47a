package org.lsotexplorer.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.ui.export.ExportController;
import org.lsotexplorer.ui.export.FileDialogs;
import org.lsotexplorer.ui.metrics.MetricsViewModel;
import org.lsotexplorer.ui.plane.PlaneView;
import org.lsotexplorer.ui.run.RunSession;
import org.lsotexplorer.ui.run.RunViewModel;

/**
 * The File menu's exports as the user sees them: ask for the file, start the export off the FX thread, then report
 * the result (or what went wrong) in the banner. A run folder shows as a job in the status bar while the worker
 * writes it. FX thread only.
 */
final class ExportActions {
    private final ExportController export;
    private final FileDialogs dialogs;
    private final MessageBanner banner;
    private final PlaneView plane;
    private final RunSession session;
    private final MetricsViewModel metrics;
    private final RunViewModel run;
    private final Consumer<Path> saved;

    /** @param saved told the folder a run was saved to (the window names it and remembers it) */
    ExportActions(ExportController export, FileDialogs dialogs, MessageBanner banner, PlaneView plane,
                  RunSession session, MetricsViewModel metrics, RunViewModel run, Consumer<Path> saved) {
        this.saved = saved;
        this.export = export;
        this.dialogs = dialogs;
        this.banner = banner;
        this.plane = plane;
        this.session = session;
        this.metrics = metrics;
        this.run = run;
    }

    void exportView(int factor) {
        PlaneFigure figure = plane.figure();
        if (figure == null) {
            banner.error("Nothing to export yet: the plane has not been drawn.");
            return;
        }
        String name = factor == 1 ? "lsot-view.png" : "lsot-view@2x.png";
        dialogs.save("Export view as PNG", name, "PNG images", "*.png").ifPresent(p -> export.exportView(figure,
                factor, p, f -> banner.info(String.format(Locale.ROOT, "Saved the view to %s (%d x %d px).", f,
                        figure.widthPx() * factor, figure.heightPx() * factor)),
                m -> banner.error("Could not export the view: " + m)));
    }

    void exportMetrics() {
        dialogs.save("Export metrics as CSV", "metrics.csv", "CSV files", "*.csv").ifPresent(p ->
                export.exportMetrics(session.history(), metrics.history(), p,
                        f -> banner.info("Saved the metrics to " + f + "."),
                        m -> banner.error("Could not export the metrics: " + m)));
    }

    void saveRunFolder() {
        dialogs.directory("Save run folder into\u2026").ifPresent(parent -> {
            run.jobProperty().set("Writing the run folder\u2026 (training waits)");
            export.saveRunFolder(session, parent, run.elapsedSecondsProperty().get(), written -> {
                run.jobProperty().set("");
                saved.accept(written.dir());
                banner.info("Saved the run folder " + written.dir() + " (" + String.join(", ", written.files())
                        + ").");
            }, m -> {
                run.jobProperty().set("");
                banner.error("Could not write the run folder: " + m);
            });
        });
    }
}
