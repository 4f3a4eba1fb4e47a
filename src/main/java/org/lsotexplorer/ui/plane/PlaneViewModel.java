package org.lsotexplorer.ui.plane;

import org.lsotexplorer.live.LayerSelection;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lsotexplorer.engine.PlaneSnapshot;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.render.Viewport;

/**
 * What the plane shows and how: one switch per layer (the potential and the raw discriminator exclude each other,
 * as both are heatmaps), the user's viewport (null = fit the snapshot), and the hover read-out. Plain Java with
 * JavaFX properties; FX thread only.
 */
public final class PlaneViewModel {
    private final BooleanProperty source = new SimpleBooleanProperty();
    private final BooleanProperty target = new SimpleBooleanProperty();
    private final BooleanProperty mapped = new SimpleBooleanProperty();
    private final BooleanProperty arrows = new SimpleBooleanProperty();
    private final BooleanProperty potential = new SimpleBooleanProperty();
    private final BooleanProperty contours = new SimpleBooleanProperty();
    private final BooleanProperty rawDiscriminator = new SimpleBooleanProperty();
    private final BooleanProperty singularSet = new SimpleBooleanProperty();
    private final BooleanProperty cells = new SimpleBooleanProperty();
    private final BooleanProperty exactMap = new SimpleBooleanProperty();
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>();
    private final StringProperty hover = new SimpleStringProperty("");

    /** Starts with {@link LayerSelection#defaults()}. */
    public PlaneViewModel() {
        select(LayerSelection.defaults());
        potential.addListener((o, was, on) -> {
            if (on) {
                rawDiscriminator.set(false);
            }
        });
        rawDiscriminator.addListener((o, was, on) -> {
            if (on) {
                potential.set(false);
            }
        });
    }

    /** Sets every switch at once. */
    public void select(LayerSelection s) {
        source.set(s.source());
        target.set(s.target());
        mapped.set(s.mapped());
        arrows.set(s.arrows());
        potential.set(s.potential());
        contours.set(s.contours());
        rawDiscriminator.set(s.rawDiscriminator());
        singularSet.set(s.singularSet());
        cells.set(s.cells());
        exactMap.set(s.exactMap());
    }

    /** The switches as one value. */
    public LayerSelection selection() {
        return new LayerSelection(source.get(), target.get(), mapped.get(), arrows.get(), potential.get(),
                contours.get(), rawDiscriminator.get(), singularSet.get(), cells.get(), exactMap.get());
    }

    /** Every property whose change needs a redraw. */
    public Observable[] redrawTriggers() {
        return new Observable[] {source, target, mapped, arrows, potential, contours, rawDiscriminator, singularSet,
            cells, exactMap, viewport};
    }

    /**
     * The read-out for data point {@code (x, y)}: its coordinates, and the value of the heatmap's field there when
     * the point lies on the snapshot's grid.
     */
    public static String hoverText(PlaneSnapshot s, LayerSelection sel, double x, double y) {
        String at = String.format(Locale.ROOT, "z = (%.3f, %.3f)", x, y);
        if (s == null) {
            return at;
        }
        boolean raw = sel.rawDiscriminator() && s.rawDiscriminator() != null;
        double v = PotentialProbe.valueAt(raw ? s.rawDiscriminator() : s.potential(), x, y);
        if (Double.isNaN(v)) {
            return at + "   (outside the potential grid)";
        }
        String name = raw ? "raw D(z)" : s.solver() == SolverKind.CRITIC_RAYS ? "critic D(z)" : "\u03c6(z)";
        return at + String.format(Locale.ROOT, "   %s = %.4f", name, v);
    }

    public BooleanProperty sourceProperty() {
        return source;
    }

    public BooleanProperty targetProperty() {
        return target;
    }

    public BooleanProperty mappedProperty() {
        return mapped;
    }

    public BooleanProperty arrowsProperty() {
        return arrows;
    }

    public BooleanProperty potentialProperty() {
        return potential;
    }

    public BooleanProperty contoursProperty() {
        return contours;
    }

    /** The raw network D as the heatmap (lsot only; an extrapolation away from the codes). */
    public BooleanProperty rawDiscriminatorProperty() {
        return rawDiscriminator;
    }

    public BooleanProperty singularSetProperty() {
        return singularSet;
    }

    /** The Laguerre cells, coloured by relative mass error (Brenier maps in the plane). */
    public BooleanProperty cellsProperty() {
        return cells;
    }

    /** The exact discrete OT map's arrows from the same probe points, with L2-UVP and cosine against it. */
    public BooleanProperty exactMapProperty() {
        return exactMap;
    }

    /** Every layer switch, in the order of {@link LayerSelection}'s components. */
    public BooleanProperty[] layerProperties() {
        return new BooleanProperty[] {source, target, mapped, arrows, potential, contours, rawDiscriminator,
            singularSet, cells, exactMap};
    }

    /** The user's viewport after pan or zoom; null fits the snapshot. */
    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    /** The hover read-out (empty when the mouse is not over the plot). */
    public StringProperty hoverProperty() {
        return hover;
    }
}
