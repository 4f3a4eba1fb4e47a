package org.lsotexplorer.ui.images;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.lsotexplorer.data.ImageLayout;
import org.lsotexplorer.engine.images.CodeInputs;
import org.lsotexplorer.ui.export.FileDialogs;

/**
 * File &gt; Open latent codes…: the codes file (required), and optional labels, images (with their layout) and an
 * ONNX decoder, each typed or chosen with Browse. Returns the files; checking them is the view model's job.
 */
final class LatentCodesDialog {
    private LatentCodesDialog() {
    }

    static Optional<CodeInputs.Files> ask(Window owner, FileDialogs dialogs) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Open latent codes");
        d.setHeaderText("Your own latent space: codes (.npy n x d or CSV), optional labels, images and ONNX decoder");
        TextField codes = new TextField();
        TextField labels = new TextField();
        TextField images = new TextField();
        TextField decoder = new TextField();
        ChoiceBox<ImageLayout> layout = new ChoiceBox<>();
        layout.getItems().setAll(ImageLayout.values());
        layout.setValue(ImageLayout.AUTO);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(10));
        row(g, 0, "Codes", codes, () -> dialogs.open("Codes", "NumPy or CSV", "*.npy;*.csv"));
        row(g, 1, "Labels (optional)", labels, () -> dialogs.open("Labels", "NumPy or CSV", "*.npy;*.csv"));
        row(g, 2, "Images (optional)", images, () -> dialogs.open("Images", "NumPy arrays", "*.npy"));
        g.add(new Label("Image layout"), 0, 3);
        g.add(layout, 1, 3);
        row(g, 4, "Decoder (optional)", decoder, () -> dialogs.open("ONNX decoder", "ONNX models", "*.onnx"));
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> b = d.showAndWait();
        if (b.isEmpty() || b.get() != ButtonType.OK || codes.getText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CodeInputs.Files(Path.of(codes.getText().strip()), path(labels), path(images),
                layout.getValue(), path(decoder)));
    }

    private static Path path(TextField f) {
        return f.getText().isBlank() ? null : Path.of(f.getText().strip());
    }

    private static void row(GridPane g, int r, String label, TextField field, Supplier<Optional<Path>> browse) {
        field.setPrefColumnCount(36);
        Button b = new Button("Browse\u2026");
        b.setOnAction(e -> browse.get().ifPresent(p -> field.setText(p.toString())));
        g.add(new Label(label), 0, r);
        g.add(field, 1, r);
        g.add(b, 2, r);
    }
}
