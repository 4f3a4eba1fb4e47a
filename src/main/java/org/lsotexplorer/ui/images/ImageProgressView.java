package org.lsotexplorer.ui.images;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The progress row: phase and detail, a bar over the phase (indeterminate while unknown), and the ETA. */
final class ImageProgressView {
    private final HBox root = new HBox(10);

    ImageProgressView(ImageExplorerViewModel vm) {
        Label state = new Label();
        state.setId("imageState");
        state.getStyleClass().add("state-pill");
        state.textProperty().bind(vm.stateProperty());
        Label phase = new Label();
        phase.setId("imagePhase");
        phase.textProperty().bind(vm.phaseProperty());
        phase.setMinWidth(120);
        HBox.setHgrow(phase, Priority.SOMETIMES);
        ProgressBar bar = new ProgressBar();
        bar.setId("imageProgress");
        bar.setPrefWidth(240);
        bar.setMinWidth(120);
        bar.progressProperty().bind(vm.progressProperty());
        Label eta = new Label();
        eta.setId("imageEta");
        eta.textProperty().bind(vm.etaProperty());
        eta.getStyleClass().add("muted");
        eta.setMinWidth(0);
        HBox.setHgrow(eta, Priority.ALWAYS);
        root.getChildren().addAll(state, phase, bar, eta);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("progress-bar-row");
    }

    Node node() {
        return root;
    }
}
