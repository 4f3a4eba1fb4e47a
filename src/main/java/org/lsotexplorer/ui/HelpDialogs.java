package org.lsotexplorer.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.lsotexplorer.ui.help.Shortcuts;

/** The Help menu's windows: the keyboard shortcuts and "about". Both are non-modal. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        GridPane g = new GridPane();
        g.getStyleClass().add("shortcuts");
        int r = 0;
        for (Shortcuts.Shortcut s : Shortcuts.all()) {
            Label k = new Label(s.keys());
            k.getStyleClass().add("shortcut-key");
            g.addRow(r++, k, new Label(s.action()));
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.initModality(Modality.NONE);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard and mouse shortcuts");
        a.getDialogPane().setContent(g);
        a.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        a.show();
    }

    static void about(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.initModality(Modality.NONE);
        a.setTitle("About LSOT Explorer");
        a.setHeaderText("LSOT Explorer");
        Label text = new Label("Makes latent-space optimal transport visible: \"Latent Space Optimal Transport for"
                + " Generative Models\" (Liu, Guo, Lei, Shu, Yau, Samaras, Gu; arXiv 1809.05964), labelled LSOT"
                + " (Liu et al. 2018).\n\nA discriminator is trained between a unit Gaussian and the codes by"
                + " minimisation only; an explicit semi-discrete OT problem built from it gives the map from noise"
                + " to codes. Exact, entropic and critic-ray solvers are shown beside it as references.\n\nMIT"
                + " licence.");
        text.setWrapText(true);
        text.setMaxWidth(460);
        a.getDialogPane().setContent(text);
        a.show();
    }
}
