package org.lsotexplorer.ui.images;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.lsotexplorer.engine.images.InterpolationStrips;
import org.lsotexplorer.render.Raster;
import org.lsotexplorer.report.ImageFigures;

/**
 * The interpolation tab: endpoints are two held-out images (their codes) and two noise seeds, or the last two
 * clicked plane points (d = 2, where the plane is the code space); shows {@link ImageFigures#strips}: the latent
 * strip above, the noise strip through the map below, with singular-set crossings framed in red. FX thread only.
 */
final class InterpolationView {
    /** The endpoints the user chose. */
    record Endpoints(int imageA, int imageB, long seedA, long seedB, int steps, boolean usePlanePoints) {
    }

    private final BorderPane root = new BorderPane();
    private final Spinner<Integer> imageA = spinner("interpImageA", 0, 9999, 0);
    private final Spinner<Integer> imageB = spinner("interpImageB", 0, 9999, 1);
    private final Spinner<Integer> seedA = spinner("interpSeedA", 0, 1_000_000, 1);
    private final Spinner<Integer> seedB = spinner("interpSeedB", 0, 1_000_000, 2);
    private final Spinner<Integer> steps = spinner("interpSteps", 3, 16, 10);
    private final CheckBox planePoints = new CheckBox("Use the last two clicked plane points");
    private final Button run = new Button("Interpolate");
    private final RasterPane strips = new RasterPane("strips");
    private final Label hint = new Label("Interpolate once the codes exist.");

    InterpolationView() {
        run.setId("interpolate");
        planePoints.setId("interpPlanePoints");
        planePoints.setTooltip(new Tooltip("The last two clicked plane points, lifted through the PCA (d > 2):"
                + " become both the code endpoints and the noise endpoints."));
        FlowPane controls = new FlowPane(8, 6, label("images (held out)"), imageA, imageB, label("noise seeds"),
                seedA, seedB, label("steps"), steps, planePoints, run);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 8, 6, 8));
        hint.getStyleClass().add("muted");
        root.setTop(controls);
        root.setCenter(new javafx.scene.layout.StackPane(strips.node(), hint));
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        return s;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    /** Limits the image spinners to the held-out images. */
    void configure(int heldOutCount) {
        int max = Math.max(0, heldOutCount - 1);
        ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) imageA.getValueFactory()).setMax(max);
        ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) imageB.getValueFactory()).setMax(max);
    }

    Endpoints endpoints() {
        return new Endpoints(imageA.getValue(), imageB.getValue(), seedA.getValue(), seedB.getValue(),
                steps.getValue(), planePoints.isSelected());
    }

    void show(InterpolationStrips s) {
        hint.setVisible(false);
        strips.show(scale -> ImageFigures.strips(s, scale));
    }

    Button runButton() {
        return run;
    }

    Raster raster() {
        return strips.raster();
    }

    Node node() {
        return root;
    }
}
