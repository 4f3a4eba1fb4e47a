package org.lsotexplorer.ui.images;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.lsotexplorer.engine.images.ImagePreset;
import org.lsotexplorer.engine.images.LatentGeneratorKind;
import org.lsotexplorer.ui.images.ImageSettingsForm.Field;

/**
 * The settings row: solver, latent dim, autoencoder epochs, train limit, seed, image size (faces), and Start,
 * Pause/Resume, Cancel. A field commits on Enter or when it loses focus; a refused value turns the field red,
 * restores the last good value and the form states why. FX thread only.
 */
final class ImageSettingsView {
    private final FlowPane root = new FlowPane(8, 6);
    private final Button start = new Button("\u25B6  Start");
    private final Button pause = new Button("Pause");
    private final Button cancel = new Button("Cancel");

    ImageSettingsView(ImageExplorerViewModel vm) {
        ImageSettingsForm form = vm.form();
        ComboBox<LatentGeneratorKind> solver = new ComboBox<>();
        solver.setId("imageSolver");
        solver.getItems().setAll(LatentGeneratorKind.values());
        solver.valueProperty().bindBidirectional(form.generatorProperty());
        solver.setConverter(new StringConverter<>() {
            @Override
            public String toString(LatentGeneratorKind k) {
                return k == null ? "" : k.id();
            }

            @Override
            public LatentGeneratorKind fromString(String s) {
                return LatentGeneratorKind.parse(s);
            }
        });
        solver.setTooltip(new Tooltip("How noise becomes codes: lsot (the paper), exact OT, sinkhorn, or the"
                + " VAE / WGAN-GP baselines"));
        root.getChildren().addAll(label("solver"), solver,
                label("latent dim"), field(form, Field.LATENT_DIM, "imageLatentDim", 48,
                        "d, 2..256; 2 shows the codes themselves in the plane"),
                label("AE epochs"), field(form, Field.AUTOENCODER_EPOCHS, "imageEpochs", 48,
                        "passes of the autoencoder over the training images"),
                label("train limit"), field(form, Field.TRAIN_LIMIT, "imageTrainLimit", 70,
                        "use only the first images of the training split (0 = all)"),
                label("seed"), field(form, Field.SEED, "imageSeed", 60, "master seed of every random choice"));
        if (form.preset() == ImagePreset.CELEBA) {
            ComboBox<Integer> size = new ComboBox<>();
            size.setId("imageSize");
            size.getItems().setAll(32, 64);
            size.valueProperty().bindBidirectional(form.imageSizeProperty());
            root.getChildren().addAll(label("image size"), size);
        }
        start.setId("imageStart");
        start.getStyleClass().add("train-button");
        start.setTooltip(new Tooltip("Start a new run with these settings (the current run is stopped)"));
        start.setOnAction(e -> vm.start());
        pause.setId("imagePause");
        pause.textProperty().bind(javafx.beans.binding.Bindings.when(vm.playingProperty()).then("Pause")
                .otherwise("Resume"));
        pause.disableProperty().bind(vm.activeProperty().not().or(vm.doneProperty()));
        pause.setOnAction(e -> vm.togglePause());
        cancel.setId("imageCancel");
        cancel.disableProperty().bind(vm.activeProperty().not().or(vm.doneProperty()));
        cancel.setOnAction(e -> vm.cancel());
        root.getChildren().addAll(start, pause, cancel);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("run-bar");
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private static TextField field(ImageSettingsForm form, Field f, String id, double width, String tip) {
        TextField t = new TextField(form.text(f).get());
        t.setId(id);
        t.setPrefColumnCount(4);
        t.setPrefWidth(width);
        t.setTooltip(new Tooltip(tip));
        form.text(f).addListener((o, was, now) -> t.setText(now));
        Runnable commit = () -> {
            boolean ok = form.edit(f, t.getText());
            t.setText(form.text(f).get());
            t.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !ok);
        };
        t.setOnAction(e -> commit.run());
        t.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return t;
    }

    Node node() {
        return root;
    }
}
