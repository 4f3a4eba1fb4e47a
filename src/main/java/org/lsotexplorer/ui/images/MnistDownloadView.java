package org.lsotexplorer.ui.images;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lsotexplorer.data.MnistDownload;

/**
 * The "Download MNIST" window: downloads the four files with {@link MnistDownload} (default mirror, resumable,
 * checksummed) on a background thread, shows the bytes in a progress bar (polled by an {@link AnimationTimer},
 * never posted per chunk) and offers Cancel; when offline it says so plainly and offers a local folder instead; on
 * success it offers to open the folder. FX thread only (the download thread only writes the atomics).
 */
public final class MnistDownloadView {
    private final Stage stage = new Stage();
    private final Path dir;
    private final java.net.URI source;
    private final Runnable openFolder;
    private final Runnable openOther;
    private final Label status = new Label();
    private final Label bytes = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private final Button open = new Button("Open the folder");
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong(1);
    private final AtomicReference<Object> outcome = new AtomicReference<>();
    private volatile boolean cancelled;
    private final AnimationTimer poll = new AnimationTimer() {
        @Override
        public void handle(long now) {
            refresh();
        }
    };

    MnistDownloadView(Window owner, java.net.URI source, Path dir, Runnable openFolder, Runnable openOther) {
        this.source = source;
        this.dir = dir;
        this.openFolder = openFolder;
        this.openOther = openOther;
        status.setId("downloadStatus");
        status.setWrapText(true);
        bytes.setId("downloadBytes");
        bytes.getStyleClass().add("muted");
        bar.setId("downloadProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        cancel.setId("downloadCancel");
        cancel.setOnAction(e -> {
            cancelled = true;
            cancel.setDisable(true);
            status.setText("Cancelling\u2026 (the partial file is kept; downloading again resumes it)");
        });
        open.setId("downloadOpen");
        open.setVisible(false);
        HBox buttons = new HBox(8, open, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, status, bar, bytes, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(520);
        stage.setScene(new Scene(root));
        stage.setTitle("Download MNIST");
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOnHidden(e -> {
            cancelled = true;
            poll.stop();
        });
    }

    /** Shows the window and starts the download thread. */
    void start() {
        status.setText("Downloading MNIST from " + source + " into " + dir
                + " (about 11.6 MB, checked against the published checksums)");
        stage.show();
        poll.start();
        MnistDownload d = new MnistDownload(source, dir);
        Thread t = new Thread(() -> {
            try {
                outcome.set(d.download(MnistDownload.Listener.of(new org.lsotexplorer.data.ProgressListener() {
                    @Override
                    public void progress(long n, long of) {
                        total.set(Math.max(1, of));
                        done.set(n);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled;
                    }
                })));
            } catch (Exception e) {
                outcome.set(e);
            }
        }, "lsot-mnist-download");
        t.setDaemon(true);
        t.start();
    }

    private void refresh() {
        long n = done.get();
        long of = total.get();
        bar.setProgress(n / (double) of);
        bytes.setText(String.format(Locale.ROOT, "%.1f of %.1f MB", n / 1e6, of / 1e6));
        Object o = outcome.get();
        if (o == null) {
            return;
        }
        poll.stop();
        cancel.setText("Close");
        cancel.setDisable(false);
        cancel.setOnAction(e -> stage.close());
        if (o instanceof MnistDownload.Result r) {
            bar.setProgress(1);
            status.setText(String.format(Locale.ROOT, "MNIST is ready in %s (%.1f MB received, all files verified)."
                    + " Open it now?", dir, r.bytesReceived() / 1e6));
            show(open, "Open the folder", openFolder);
        } else if (o instanceof MnistDownload.UnreachableException u) {
            status.setText("You appear to be offline: " + u.getMessage() + ".");
            show(open, "Open a local MNIST folder\u2026", openOther);
        } else if (o instanceof CancellationException) {
            status.setText("Download cancelled. The partial file is kept in " + dir + "; downloading again resumes"
                    + " it.");
        } else {
            Exception e = (Exception) o;
            status.setText("The download failed: " + ImageExplorerViewModel.describe(e) + ".");
        }
    }

    private void show(Button b, String text, Runnable action) {
        b.setText(text);
        b.setVisible(true);
        b.setOnAction(e -> {
            stage.close();
            action.run();
        });
    }

    public String statusText() {
        return status.getText();
    }

    void close() {
        cancelled = true;
        stage.close();
    }
}
