package org.lsotexplorer.ui.images;

import java.util.function.IntFunction;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import org.lsotexplorer.render.Raster;

/**
 * A resizable area that shows a figure as large as fits, centred: drawn at the smallest whole-number pixel scale
 * that fills the space (nearest-neighbour pixels) and shrunk, smoothly, by less than one scale step to fit. The figure is redrawn
 * only when the content or the fitting scale changes. FX thread only.
 */
final class RasterPane {
    private final Pane host = new Pane();
    private final ImageView view = new ImageView();
    private IntFunction<Raster> figure;
    private int naturalWidth;
    private int naturalHeight;
    private int scale;
    private Raster raster;

    RasterPane(String id) {
        host.setId(id);
        host.getStyleClass().add("raster-pane");
        host.setMinSize(0, 0);
        host.setPrefSize(420, 360);
        view.setId(id + "Image");
        view.setSmooth(false);
        view.setPreserveRatio(true);
        view.setManaged(false);
        host.getChildren().add(view);
        host.widthProperty().addListener(o -> relayout());
        host.heightProperty().addListener(o -> relayout());
    }

    /** Shows a figure: {@code draw.apply(scale)} draws it at a pixel scale; null clears the pane. */
    void show(IntFunction<Raster> draw) {
        figure = draw;
        scale = 0;
        if (draw == null) {
            raster = null;
            view.setImage(null);
            return;
        }
        Raster one = draw.apply(1);
        naturalWidth = one.width();
        naturalHeight = one.height();
        raster = one;
        scale = 1;
        relayout();
        if (scale == 1) {
            view.setImage(RasterImages.toImage(one));
            place();
        }
    }

    private void relayout() {
        if (figure == null || naturalWidth == 0) {
            return;
        }
        double w = Math.max(1, host.getWidth() - 8);
        double h = Math.max(1, host.getHeight() - 8);
        // the smallest whole scale that fills the space (shrunk a little to fit), so small figures such as the
        // interpolation strips grow with the panel instead of staying at their natural size
        int s = (int) Math.max(1, Math.min(8, Math.ceil(Math.min(w / naturalWidth, h / naturalHeight) - 1e-9)));
        if (s != scale) {
            scale = s;
            raster = figure.apply(s);
            view.setImage(RasterImages.toImage(raster));
        }
        place();
    }

    private void place() {
        if (raster == null) {
            return;
        }
        double w = Math.max(1, host.getWidth() - 8);
        double h = Math.max(1, host.getHeight() - 8);
        double shrink = Math.min(1, Math.min(w / raster.width(), h / raster.height()));
        double dw = raster.width() * shrink;
        double dh = raster.height() * shrink;
        view.setSmooth(shrink < 1);
        view.setFitWidth(dw);
        view.setFitHeight(dh);
        view.relocate(Math.floor((host.getWidth() - dw) / 2), Math.floor((host.getHeight() - dh) / 2));
    }

    /** The figure as drawn now (for saving as PNG), or null. */
    Raster raster() {
        return raster;
    }

    ImageView imageView() {
        return view;
    }

    Pane node() {
        return host;
    }
}
