package org.lsotexplorer.ui.images;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.lsotexplorer.render.Raster;

/** Copies a {@link Raster} (ARGB, row-major) into a JavaFX image, and checks images for content. FX thread only. */
final class RasterImages {
    private RasterImages() {
    }

    /** A new image holding a copy of the raster's pixels. */
    static WritableImage toImage(Raster r) {
        WritableImage img = new WritableImage(r.width(), r.height());
        img.getPixelWriter().setPixels(0, 0, r.width(), r.height(), PixelFormat.getIntArgbInstance(), r.argb(), 0,
                r.width());
        return img;
    }

    /** Whether the image has at least two different pixel colours (false for null or blank images). */
    static boolean hasVaryingPixels(Image img) {
        if (img == null || img.getWidth() < 1 || img.getHeight() < 1) {
            return false;
        }
        PixelReader pr = img.getPixelReader();
        int first = pr.getArgb(0, 0);
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                if (pr.getArgb(x, y) != first) {
                    return true;
                }
            }
        }
        return false;
    }
}
