package org.lsotexplorer.ui.images;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lsotexplorer.engine.images.ImageTiles;
import org.lsotexplorer.render.Raster;
import org.lsotexplorer.report.ImageFigures;

/**
 * One grid tab: a caption, optional action buttons and an {@link ImageFigures#grid} of tiles scaled to fit with
 * crisp pixels. A hint shows until the first grid. FX thread only.
 */
final class TileGridView {
    private final BorderPane root = new BorderPane();
    private final Label caption = new Label();
    private final HBox bar = new HBox(8);
    private final RasterPane pane;
    private final Label hint = new Label();

    TileGridView(String id, String hintText) {
        pane = new RasterPane(id);
        caption.setId(id + "Title");
        caption.getStyleClass().add("grid-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        hint.setText(hintText);
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(caption, Priority.ALWAYS);
        caption.setMaxWidth(Double.MAX_VALUE);
        bar.getChildren().add(caption);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 4, 8));
        root.setTop(bar);
        root.setCenter(new javafx.scene.layout.StackPane(pane.node(), hint));
    }

    /** Adds a button to the right of the caption. */
    Button addButton(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().add(b);
        return b;
    }

    /** Shows {@code t} with {@code columns} tiles per row, under {@code title}. */
    void show(ImageTiles t, int columns, String title) {
        caption.setText(title);
        hint.setVisible(t == null);
        pane.show(t == null ? null : s -> ImageFigures.grid(t, columns, s));
    }


    Raster raster() {
        return pane.raster();
    }

    ImageView imageView() {
        return pane.imageView();
    }

    String title() {
        return caption.getText();
    }

    Node node() {
        return root;
    }
}
