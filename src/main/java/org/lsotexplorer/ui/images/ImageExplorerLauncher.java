package org.lsotexplorer.ui.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lsotexplorer.data.DatasetCache;
import org.lsotexplorer.engine.BundleKind;
import org.lsotexplorer.engine.OpenedRun;
import org.lsotexplorer.engine.images.ImagePreset;
import org.lsotexplorer.engine.images.ImageRunBundle;
import org.lsotexplorer.engine.images.ImageRunSettings;
import org.lsotexplorer.engine.images.ModelStore;
import org.lsotexplorer.ui.export.FileDialogs;

/**
 * What the main window's File menu does for images: "Open MNIST folder…", "Download MNIST…" and "Open face
 * folder…". Opening a folder opens the image explorer window on it (replacing one already open) and starts the run
 * at once; a bad folder is reported in that window by the run's loading error. FX thread only.
 */
public final class ImageExplorerLauncher implements AutoCloseable {
    private final Window owner;
    private final FileDialogs dialogs;
    private UnaryOperator<ImageRunSettings> tuning = UnaryOperator.identity();
    private ModelStore store;
    private DatasetCache cache;
    private boolean cachesChosen;
    private ImageExplorerWindow current;
    private MnistDownloadView download;
    private java.net.URI downloadSource = org.lsotexplorer.data.MnistDownload.DEFAULT_BASE_URL;

    public ImageExplorerLauncher(Window owner, FileDialogs dialogs) {
        this.owner = owner;
        this.dialogs = dialogs;
    }

    /** Changes the preset defaults before the settings form shows them (tests make runs small). */
    public void setTuning(UnaryOperator<ImageRunSettings> t) {
        tuning = t;
    }

    /** Downloads MNIST from another mirror (a folder URL holding the four .gz files); tests use a local server. */
    public void setDownloadSource(java.net.URI base) {
        downloadSource = base;
    }

    /** Uses these caches instead of the default locations (null = no cache). */
    public void setCaches(ModelStore models, DatasetCache faces) {
        store = models;
        cache = faces;
        cachesChosen = true;
    }

    public void openMnistFolder() {
        dialogs.directory("Open MNIST folder (the four idx files, .gz or not)")
                .ifPresent(p -> open(ImagePreset.MNIST, p));
    }

    public void openFaceFolder() {
        dialogs.directory("Open face folder (JPEG or PNG images)").ifPresent(p -> open(ImagePreset.CELEBA, p));
    }

    /** File > Open latent codes…: opens an empty image window and asks for the files of your own latent space. */
    public void openLatentCodes() {
        open(ImagePreset.MNIST, null).askForCodes();
    }

    /** Asks for a target folder and downloads MNIST into it, with progress and Cancel. */
    public void downloadMnist() {
        dialogs.directory("Download MNIST into folder").ifPresent(dir -> {
            if (download != null) {
                download.close();
            }
            download = new MnistDownloadView(owner, downloadSource, dir, () -> open(ImagePreset.MNIST, dir),
                    this::openMnistFolder);
            download.start();
        });
    }

    /** Opens the image explorer on {@code folder} and starts the run. */
    public ImageExplorerWindow open(ImagePreset preset, Path folder) {
        if (current != null) {
            current.close();
        }
        if (!cachesChosen) {
            store = ModelStore.atDefaultLocation();
            cache = preset == ImagePreset.CELEBA ? DatasetCache.atDefaultLocation() : null;
        }
        ImageExplorerViewModel vm = new ImageExplorerViewModel(folder, new ImageSettingsForm(preset, tuning), store,
                cache, Platform::runLater);
        Stage stage = new Stage();
        current = new ImageExplorerWindow(stage, vm, dialogs);
        current.show();
        return current;
    }

    /**
     * Opens the image window on a saved image run (File &gt; Open run…, {@code java -jar lsot-explorer.jar DIR}):
     * the grids, the plane, decoding, interpolations and Evaluate work at once, without training. The settings row
     * shows the run's settings (Start trains a new run with them on its data folder); the title names the folder.
     *
     * @throws IOException when the folder holds no saved image models or they cannot be read (the message names
     *                     the file and what to do)
     */
    public ImageExplorerWindow openRun(OpenedRun run) throws IOException {
        if (run.kind() != BundleKind.IMAGE) {
            throw new IOException(run.dir() + " holds a " + run.kind().id() + " run; the image window reopens image"
                    + " runs (MNIST or faces) only: the own-code runs' figures and metrics.json are in the folder");
        }
        return openRun(run.dir());
    }

    /** Opens the image window on the saved image run in {@code runDir} (see {@link #openRun(OpenedRun)}). */
    public ImageExplorerWindow openRun(Path runDir) throws IOException {
        ImageRunBundle.Saved saved = ImageRunBundle.read(runDir);
        if (current != null) {
            current.close();
        }
        ImagePreset preset = saved.settings().preset();
        if (!cachesChosen) {
            store = ModelStore.atDefaultLocation();
            cache = preset == ImagePreset.CELEBA ? DatasetCache.atDefaultLocation() : null;
        }
        ImageExplorerViewModel vm = new ImageExplorerViewModel(saved.dataFolder(), new ImageSettingsForm(preset,
                s -> saved.settings()), store, cache, Platform::runLater);
        current = new ImageExplorerWindow(new Stage(), vm, dialogs);
        current.showSavedRun(runDir);
        current.show();
        vm.openSaved(runDir);
        return current;
    }

    /** The image explorer window opened last, or null. */
    public ImageExplorerWindow current() {
        return current;
    }

    /** The download window, or null. */
    public MnistDownloadView download() {
        return download;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
        if (download != null) {
            download.close();
        }
    }
}
