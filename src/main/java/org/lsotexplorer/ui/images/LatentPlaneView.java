package org.lsotexplorer.ui.images;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.lsotexplorer.engine.images.LatentPlane;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PlaneRenderer;
import org.lsotexplorer.render.PlotLayout;
import org.lsotexplorer.report.ImageFigures;

/**
 * The latent plane of an image run ({@link ImageFigures#latentPlane}: codes coloured by digit, the mapped fixed
 * noise in black), redrawn when a new plane arrives or the size changes. A click inside the plot reports the data
 * point under the cursor (for decoding); hovering shows its coordinates. FX thread only.
 */
final class LatentPlaneView {
    private final StackPane root = new StackPane();
    private final Pane host = new Pane();
    private final ImageView view = new ImageView();
    private final Label hover = new Label();
    private final Label hint = new Label("The plane appears once the training images are encoded.");
    private final PlaneRenderer renderer = new PlaneRenderer();
    private LatentPlane plane;
    private PlaneFigure figure;
    private BiConsumer<Double, Double> onPick = (x, y) -> { };
    private BiConsumer<Double, Double> onHover = (x, y) -> { };
    private final ImageView preview = new ImageView();
    private final javafx.scene.shape.Circle marker = new javafx.scene.shape.Circle(7);
    private double[] picked;

    LatentPlaneView() {
        host.setId("imagePlane");
        host.getStyleClass().add("plane-host");
        host.setMinSize(200, 200);
        host.setPrefSize(560, 560);
        view.setId("imagePlaneImage");
        view.setManaged(false);
        marker.setId("imagePlaneMarker");
        marker.getStyleClass().add("plane-marker");
        marker.setFill(javafx.scene.paint.Color.TRANSPARENT);
        marker.setStroke(javafx.scene.paint.Color.web("#d1105a"));
        marker.setStrokeWidth(2.5);
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        host.getChildren().addAll(view, marker);
        host.setCursor(Cursor.CROSSHAIR);
        hover.getStyleClass().add("plane-hover");
        hover.setMouseTransparent(true);
        hover.setVisible(false);
        preview.setId("imagePlanePreview");
        preview.setSmooth(false);
        preview.setFitWidth(PREVIEW_PX);
        preview.setFitHeight(PREVIEW_PX);
        hover.setGraphic(preview);
        hover.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        hint.getStyleClass().add("plane-hint");
        hint.setMouseTransparent(true);
        hint.setWrapText(true);
        StackPane.setAlignment(hover, Pos.BOTTOM_LEFT);
        StackPane.setMargin(hover, new Insets(0, 0, 10, 10));
        root.getChildren().addAll(host, hover, hint);
        host.widthProperty().addListener(o -> render());
        host.heightProperty().addListener(o -> render());
        host.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        host.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        host.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
    }

    /** Side of the hover preview, in screen pixels. */
    static final int PREVIEW_PX = 84;

    /** Called with the data point under the cursor while it moves inside the plot (for a decoded preview). */
    void setOnHover(BiConsumer<Double, Double> hovered) {
        onHover = hovered;
    }

    /** Shows the decoded preview of the point under the cursor above its coordinates. */
    void showPreview(javafx.scene.image.Image image) {
        preview.setImage(image);
    }

    /** Called with the data point {@code (x, y)} of a click inside the plot. */
    void setOnPick(BiConsumer<Double, Double> pick) {
        onPick = pick;
    }

    /** Shows a new plane (null clears). */
    void show(LatentPlane p) {
        if (p != plane) {
            if (p == null) {
                picked = null;
            }
            plane = p;
            render();
        }
    }

    void setHint(String text) {
        hint.setText(text);
    }

    private void render() {
        int w = (int) Math.floor(host.getWidth());
        int h = (int) Math.floor(host.getHeight());
        hint.setVisible(plane == null);
        if (plane == null || w < 64 || h < 64) {
            if (plane == null) {
                view.setImage(null);
                figure = null;
            }
            return;
        }
        figure = ImageFigures.latentPlane(plane, w, h, true);
        view.setImage(RasterImages.toImage(renderer.render(figure)));
        view.setFitWidth(w);
        view.setFitHeight(h);
        placeMarker();
    }

    /** Rings the last clicked point (kept across redraws; hidden when it lies outside the plot). */
    private void placeMarker() {
        if (picked == null || figure == null) {
            marker.setVisible(false);
            return;
        }
        double[] px = PlaneRenderer.toPixel(figure, picked[0], picked[1]);
        marker.setCenterX(px[0]);
        marker.setCenterY(px[1]);
        marker.setVisible(renderer.layout(figure).inPlot(px[0], px[1]));
    }

    /** The clicked point the marker rings, or null. */
    double[] markedPoint() {
        return picked == null ? null : picked.clone();
    }

    private PlotLayout layout() {
        return figure == null ? null : renderer.layout(figure);
    }

    private void clicked(MouseEvent e) {
        PlotLayout l = layout();
        if (e.getButton() != MouseButton.PRIMARY || l == null || !l.inPlot(e.getX(), e.getY())) {
            return;
        }
        double[] at = l.toData(e.getX(), e.getY());
        picked = at;
        placeMarker();
        onPick.accept(at[0], at[1]);
    }

    private void hover(double x, double y) {
        PlotLayout l = layout();
        if (l == null || !l.inPlot(x, y)) {
            hover.setVisible(false);
            return;
        }
        double[] at = l.toData(x, y);
        hover.setText(String.format(Locale.ROOT, "(%.3f, %.3f): click to decode", at[0], at[1]));
        hover.setVisible(true);
        onHover.accept(at[0], at[1]);
    }

    /** Where data point {@code (x, y)} lies in the view's local coordinates, or null before the first frame. */
    double[] localPointOf(double x, double y) {
        return figure == null ? null : PlaneRenderer.toPixel(figure, x, y);
    }

    /** The plane on screen, or null. */
    LatentPlane plane() {
        return plane;
    }

    Pane host() {
        return host;
    }

    Node node() {
        return root;
    }
}
