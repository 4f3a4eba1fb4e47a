package org.lsotexplorer.ui.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.lsotexplorer.render.PngWriter;
import org.lsotexplorer.render.Raster;

/**
 * A node as it shows on screen, written as an opaque PNG: the snapshot is taken on the FX thread (JavaFX requires
 * it), its pixels copied once, and the file written on a background thread through {@link PngWriter} (atomic: no
 * partial file on failure).
 */
final class ViewSnapshot {
    private ViewSnapshot() {
    }

    /** The node's pixels (opaque ARGB, white behind transparent parts). FX thread only. */
    static Raster of(Node node) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        WritableImage img = node.snapshot(p, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        for (int i = 0; i < argb.length; i++) {
            argb[i] |= 0xFF000000;
        }
        return new Raster(w, h, argb);
    }

    /** Snapshots {@code node} now and writes it to {@code file} in the background. FX thread only. */
    static CompletableFuture<Path> writePng(Node node, Path file) {
        Raster r = of(node);
        return CompletableFuture.supplyAsync(() -> {
            try {
                PngWriter.write(r, file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
