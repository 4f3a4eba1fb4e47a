package org.lsotexplorer.ui.images;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lsotexplorer.engine.images.ImageMetrics;

/**
 * The metrics panel: an "Evaluate" button (enabled once the run is done) and a table of
 * {@link ImageMetrics#asMap()} with each metric's definition as the row's tooltip. FX thread only.
 */
final class ImageMetricsView {
    /** One row: the metric's name and its value as text. */
    record Row(String name, String value) {
    }

    private final VBox root = new VBox(6);
    private final Button evaluate = new Button("Evaluate");
    private final Label note = new Label("Evaluate the finished run (a few seconds).");
    private final TableView<Row> table = new TableView<>();

    ImageMetricsView() {
        evaluate.setId("evaluate");
        evaluate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        table.setId("imageMetrics");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("no metrics yet"));
        table.setPrefHeight(200);
        TableColumn<Row, String> name = new TableColumn<>("metric");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<Row, String> value = new TableColumn<>("value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        table.getColumns().add(name);
        table.getColumns().add(value);
        Map<String, String> definitions = ImageMetrics.definitions();
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                String d = empty || item == null ? null : definitions.get(item.name());
                Tooltip tip = d == null ? null : new Tooltip(d);
                if (tip != null) {
                    tip.setWrapText(true);
                    tip.setMaxWidth(420);
                }
                setTooltip(tip);
            }
        });
        HBox top = new HBox(8, evaluate, note);
        HBox.setHgrow(note, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(top, table);
    }

    Button evaluateButton() {
        return evaluate;
    }

    void pending() {
        note.setText("evaluating\u2026");
    }

    void show(ImageMetrics m) {
        note.setText("hover a row for its definition");
        table.getItems().setAll(m.asMap().entrySet().stream().map(e -> new Row(e.getKey(), format(e.getValue())))
                .toList());
    }

    static String format(Object v) {
        if (v == null) {
            return "\u2014";
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.4g", d);
        }
        if (v instanceof int[] a) {
            return Arrays.toString(a);
        }
        return v.toString();
    }


    TableView<Row> table() {
        return table;
    }

    Node node() {
        return root;
    }
}
