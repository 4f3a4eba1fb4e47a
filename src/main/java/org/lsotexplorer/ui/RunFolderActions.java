package org.lsotexplorer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.controlsfx.control.action.Action;
import org.lsotexplorer.engine.BundleKind;
import org.lsotexplorer.engine.BundleState;
import org.lsotexplorer.engine.OpenedRun;
import org.lsotexplorer.ui.export.FileDialogs;

/**
 * File &gt; Open run, Open recent and a run folder named on the command line: reads the folder off the FX thread
 * ({@link OpenedRun#open}), then installs a toy run in the explorer (settings, target and the saved state, paused;
 * Train continues it) or hands an image or own-code run to the image window. A folder that cannot be opened keeps
 * the current run and says why in the banner. Remembers the folders in {@link RecentRuns}. FX thread only, except
 * the read.
 */
final class RunFolderActions {
    private final ExplorerController c;
    private final FileDialogs dialogs;
    private final MessageBanner banner;
    private final RecentRuns recent;
    private final Executor ui;
    private final Consumer<OpenedRun> imageRuns;
    private final Menu recentMenu = new Menu("Open recent");

    /**
     * @param ui runs the installing part on the FX thread ({@code Platform::runLater})
     * @param imageRuns shows an opened image or own-code run (the image window)
     */
    RunFolderActions(ExplorerController c, FileDialogs dialogs, MessageBanner banner, RecentRuns recent, Executor ui,
                     Consumer<OpenedRun> imageRuns) {
        this.c = c;
        this.dialogs = dialogs;
        this.banner = banner;
        this.recent = recent;
        this.ui = ui;
        this.imageRuns = imageRuns;
        recentMenu.setId("openRecent");
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        c.runFolderProperty().addListener((o, was, now) -> {
            if (now != null) {
                recent.add(now);
                fillRecent();
            }
        });
    }

    /** The File menu's "Open recent" submenu (refilled each time it opens). */
    Menu recentMenu() {
        return recentMenu;
    }

    /** File &gt; Open run: asks for a run folder. */
    void openRun() {
        dialogs.directory("Open run folder").ifPresent(this::openRunFrom);
    }

    /** Opens the run in {@code dir}; asks first when the current run has trained (opening replaces it). */
    void openRunFrom(Path dir) {
        Thread t = new Thread(() -> {
            OpenedRun opened;
            try {
                if (!Files.isDirectory(dir)) {
                    throw new IOException(dir + " is not a folder; a run folder holds manifest.json, metrics.json"
                            + " and model/ (File > Save run folder or the CLI's run --out writes one)");
                }
                opened = OpenedRun.open(dir);
            } catch (IOException | RuntimeException e) {
                String m = e.getMessage() == null ? e.toString() : e.getMessage();
                ui.execute(() -> failed(dir, m));
                return;
            }
            ui.execute(() -> install(opened));
        }, "lsot-open-run");
        t.setDaemon(true);
        t.start();
    }

    private void failed(Path dir, String message) {
        if (!Files.isDirectory(dir)) {
            recent.remove(dir);
            fillRecent();
        }
        banner.error("Could not open the run: " + message + ". The current run is kept.",
                new Action("Open another\u2026", e -> openRun()));
    }

    private void install(OpenedRun o) {
        recent.add(o.dir());
        fillRecent();
        if (o.kind() != BundleKind.TOY) {
            imageRuns.accept(o);
            return;
        }
        if (!o.resumable()) {
            banner.error(o.dir() + " holds a run of format " + o.format() + " without its training state (written"
                    + " before runs could be reopened): its figures and metrics.json are in the folder, but the"
                    + " explorer cannot show or continue it. Run it again with the CLI's run --out to get a folder"
                    + " that opens here. The current run is kept.");
            return;
        }
        c.confirmDiscard("Opening " + o.dir().getFileName(), () -> {
            c.installOpened(o.settings(), o.target(), o::restore, o.dir());
            banner.info(describe(o));
        });
    }

    private static String describe(OpenedRun o) {
        String state = o.state() == BundleState.COMPLETE ? "complete"
                : o.state() == BundleState.FAILED ? "failed (diverged); it shows the last good state"
                : "interrupted; Train continues it";
        String parent = o.parent() == null ? "" : String.format(Locale.ROOT, " Branched from %s at step %,d.",
                o.parent().runFolder() == null ? "an unsaved run" : o.parent().runFolder(), o.parent().step());
        return String.format(Locale.ROOT, "Opened %s: %s on %s, seed %d, step %,d (%s).%s", o.dir(),
                o.settings().solver().id(), o.settings().target(), o.settings().seed(), o.step(), state, parent);
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem item = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            item.setOnAction(e -> openRunFrom(p));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(no runs opened or saved yet)");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }
}
