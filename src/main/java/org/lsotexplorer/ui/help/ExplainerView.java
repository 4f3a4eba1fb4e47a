package org.lsotexplorer.ui.help;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.lsotexplorer.engine.SolverKind;

/**
 * "What am I seeing?": two lines on each thing the plane draws (source, target, mapped samples, potential, arrows,
 * singular set, raw discriminator), with a swatch in the layer's colour. The potential's entry follows the solver,
 * since each solver draws its own potential (method.md 3.6).
 */
public final class ExplainerView {
    private final ScrollPane root;
    private final Label potential = new Label();

    public ExplainerView(ObservableValue<SolverKind> solver) {
        GridPane g = new GridPane();
        g.getStyleClass().add("explainer");
        g.setId("explainer");
        int r = 0;
        r = item(g, r, Color.web("#a9bcd9"), "Source z ~ \u03bc", new Label("Noise from the simple distribution"
                + " \u03bc = N(0, I). The map T sends each such point to a target code."));
        r = item(g, r, Color.web("#ff8c1a"), "Target codes y_j", new Label("The fixed sample of n data points."
                + " Optimal transport must reach every one of them with mass 1/n."));
        r = item(g, r, Color.web("#d1267a"), "Mapped T(z)", new Label("Where the current map sends fresh noise."
                + " When training works, magenta covers each orange cluster evenly."));
        potential.setWrapText(true);
        potential.textProperty().bind(solver.map(ExplainerView::potentialText));
        r = item(g, r, gradient("#440154", "#21918c", "#fde725"), "Potential (heatmap)", potential);
        r = item(g, r, Color.WHITE, "Arrows z \u2192 T(z)", new Label("A fixed probe batch of noise and where T"
                + " sends it; the same probes every frame, so you watch the map change."));
        r = item(g, r, Color.web("#e8262b"), "Singular set", new Label("LSOT only: where neighbouring cells' planes"
                + " meet at a large angle. The map tears here between modes instead of smearing."));
        item(g, r, gradient("#000004", "#b73779", "#fcfdbf"), "Raw D (extrapolation)", new Label("LSOT only: the"
                + " discriminator network itself. It is trained at the codes only; elsewhere it extrapolates."));
        VBox box = new VBox(g);
        box.getStyleClass().add("explainer-box");
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.getStyleClass().add("explainer-scroll");
        VBox.setVgrow(g, Priority.ALWAYS);
    }

    public Node node() {
        return root;
    }

    static String potentialText(SolverKind k) {
        return switch (k) {
            case LSOT, EXACT -> "\u03c6(z) = min_j |z \u2212 y_j|\u00b2/2 \u2212 g_j, the Kantorovich potential."
                    + " Arrows follow its downhill gradient: T(z) = z \u2212 \u2207\u03c6(z).";
            case SINKHORN -> "The soft c-transform of the entropic dual. Larger \u03b5 blurs it and pulls the map"
                    + " towards the barycentre.";
            case CRITIC_RAYS -> "The W1 critic D. Rays leave each z along \u2207D (uphill, towards the codes);"
                    + " their lengths come from an exact assignment.";
        };
    }

    private static int item(GridPane g, int row, Paint swatch, String title, Label text) {
        Rectangle r = new Rectangle(12, 12, swatch);
        r.setStroke(Color.web("#8a8f98"));
        r.setArcWidth(3);
        r.setArcHeight(3);
        Label t = new Label(title);
        t.getStyleClass().add("explainer-title");
        text.setWrapText(true);
        text.getStyleClass().add("explainer-text");
        VBox cell = new VBox(1, t, text);
        GridPane.setHgrow(cell, Priority.ALWAYS);
        g.add(r, 0, row);
        g.add(cell, 1, row);
        GridPane.setValignment(r, javafx.geometry.VPos.TOP);
        return row + 1;
    }

    private static Paint gradient(String a, String b, String c) {
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, new Stop(0, Color.web(a)),
                new Stop(0.5, Color.web(b)), new Stop(1, Color.web(c)));
    }
}
