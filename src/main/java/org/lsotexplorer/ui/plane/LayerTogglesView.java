package org.lsotexplorer.ui.plane;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

/**
 * The strip of layer switches above the plane, each with a swatch in its layer's colour and a tooltip. The raw
 * discriminator and the singular set exist only for lsot and are disabled otherwise.
 */
public final class LayerTogglesView {
    private final FlowPane root = new FlowPane();

    /**
     * @param lsotOnly false disables the lsot-only switches (raw discriminator, singular set)
     */
    public LayerTogglesView(PlaneViewModel m, ObservableBooleanValue lsotOnly) {
        root.getStyleClass().add("layer-toggles");
        root.setId("layerToggles");
        root.getChildren().addAll(
            toggle("layerSource", "Source", "Samples z of the source \u03bc = N(0, I). Key 1.", m.sourceProperty(),
                    Color.web("#a9bcd9")),
            toggle("layerTarget", "Target", "The codes y_1..y_n: the fixed target sample. Key 2.",
                    m.targetProperty(), Color.web("#ff8c1a")),
            toggle("layerMapped", "Mapped", "T(z) for fresh source samples: where the map sends noise. Key 3.",
                    m.mappedProperty(), Color.web("#d1267a")),
            toggle("layerArrows", "Arrows", "z \u2192 T(z) for a fixed probe batch of noise (same every frame). Key 4.",
                    m.arrowsProperty(), Color.WHITE),
            toggle("layerPotential", "Potential", "The potential \u03c6 whose gradient the arrows follow, as a heatmap"
                    + " with a colour bar. Key 5.", m.potentialProperty(), gradient("#440154", "#21918c", "#fde725")),
            toggle("layerContours", "Contours", "Level lines of the heatmap's field. Key 6.", m.contoursProperty(),
                    Color.web("#555555")),
            toggle("layerRaw", "Raw D (extrapolation)", "LSOT only: the raw discriminator network D as the heatmap."
                    + " D is trained only at the codes; away from them its values are an extrapolation. Key 7.",
                    m.rawDiscriminatorProperty(), gradient("#000004", "#b73779", "#fcfdbf")),
            toggle("layerSingular", "Singular set", "LSOT only: where the map tears between modes (neighbouring"
                    + " cells whose normals differ by more than the angle threshold). Key 8.",
                    m.singularSetProperty(), Color.web("#e8262b")),
            toggle("layerCells", "Laguerre cells", "LSOT and exact: the cells W_j of the map (every z in W_j goes to"
                    + " y_j), coloured by relative mass error (mu(W_j) - nu_j) / nu_j: blue too small, red too large,"
                    + " white exact. Key 9.", m.cellsProperty(), gradient("#2166ac", "#f7f7f7", "#b2182b")),
            toggle("layerExact", "Exact OT map", "Arrows z \u2192 T_exact(z) of the exact discrete OT map (assignment"
                    + " between the probe points and as many codes), from the same probe points as the learned"
                    + " arrows. The legend gives the learned map's L2-UVP and cosine against it. Key X.",
                    m.exactMapProperty(), Color.web("#00e5ff")));
        root.getChildren().get(6).disableProperty().bind(javafx.beans.binding.Bindings.not(lsotOnly));
        root.getChildren().get(7).disableProperty().bind(javafx.beans.binding.Bindings.not(lsotOnly));
    }

    public Node node() {
        return root;
    }

    private static CheckBox toggle(String id, String text, String tip, BooleanProperty p, Paint swatch) {
        Rectangle r = new Rectangle(14, 10, swatch);
        r.setStroke(Color.web("#8a8f98"));
        r.setArcWidth(3);
        r.setArcHeight(3);
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setGraphic(r);
        c.selectedProperty().bindBidirectional(p);
        c.setTooltip(new Tooltip(tip));
        c.setFocusTraversable(false);
        return c;
    }

    private static Paint gradient(String a, String b, String c) {
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, new Stop(0, Color.web(a)),
                new Stop(0.5, Color.web(b)), new Stop(1, Color.web(c)));
    }
}
