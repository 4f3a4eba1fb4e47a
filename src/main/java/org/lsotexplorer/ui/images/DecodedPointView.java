package org.lsotexplorer.ui.images;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lsotexplorer.engine.images.ImageTiles;
import org.lsotexplorer.report.ImageFigures;

/**
 * The "Decoded point" panel: the image decoded at the last clicked plane point, enlarged with crisp pixels, its
 * coordinates, and the switch that makes clicks noise points (pushed through the map T before decoding). FX thread
 * only.
 */
final class DecodedPointView {
    static final int SIDE_PX = 168;
    private final VBox root = new VBox(6);
    private final ImageView image = new ImageView();
    private final Label coords = new Label("Click the plane to decode a point.");
    private final CheckBox noiseClicks = new CheckBox("Clicks are noise points (apply T first)");

    DecodedPointView() {
        image.setId("decodedImage");
        image.setSmooth(false);
        image.setPreserveRatio(true);
        image.setFitWidth(SIDE_PX);
        image.setFitHeight(SIDE_PX);
        StackPane frame = new StackPane(image);
        frame.getStyleClass().add("decoded-frame");
        frame.setMinSize(SIDE_PX + 8, SIDE_PX + 8);
        frame.setMaxSize(SIDE_PX + 8, SIDE_PX + 8);
        coords.setId("decodedCoords");
        coords.setWrapText(true);
        noiseClicks.setId("noiseClicks");
        noiseClicks.setWrapText(true);
        noiseClicks.setTooltip(new Tooltip("Off: the clicked point is a standardized code, decoded as it is.\n"
                + "On: the clicked point is a noise vector z; the image is decode(T(z))."));
        root.setAlignment(Pos.TOP_LEFT);
        root.getChildren().addAll(frame, coords, noiseClicks);
    }

    /** Shows the decoded tile of point {@code (x, y)}. */
    void show(ImageTiles tile, double x, double y, boolean noisePoint) {
        int scale = ImageFigures.scaleFor(tile, SIDE_PX);
        image.setImage(RasterImages.toImage(ImageFigures.grid(tile, 1, scale)));
        String caption = tile.captions() == null || tile.captions().isEmpty() ? null : tile.captions().get(0);
        String shown = caption == null || caption.isBlank() ? (noisePoint ? " \u2192 decode(T(z))" : " \u2192 decode(y)")
                : caption.startsWith("blended") ? " \u2192 blended between codes: shown by the training image of the"
                + " nearest code " + caption.substring(caption.indexOf('#'))
                : " \u2192 the training image of code " + caption;
        coords.setText(String.format(Locale.ROOT, "%s (%.3f, %.3f)%s", noisePoint ? "noise point z =" : "code point",
                x, y, shown));
    }

    /** Says that a point is being decoded. */
    void pending(double x, double y) {
        coords.setText(String.format(Locale.ROOT, "decoding (%.3f, %.3f)\u2026", x, y));
    }

    boolean noisePoints() {
        return noiseClicks.isSelected();
    }

    ImageView imageView() {
        return image;
    }

    Label coordsLabel() {
        return coords;
    }

    Node node() {
        return root;
    }
}
