package org.lsotexplorer.ui.compare;

import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.lsotexplorer.engine.PlaneSnapshot;
import org.lsotexplorer.live.Frame;
import org.lsotexplorer.live.PlaneFigureFactory;
import org.lsotexplorer.render.ArrowLayer;
import org.lsotexplorer.render.PlotLayout;
import org.lsotexplorer.ui.plane.PlaneView;

/**
 * Linked hover: moving the mouse near an arrow's tail (a probe noise point {@code z_i}) or head (its image
 * {@code T(z_i)}) in one pane sets the shared probe index i, and every pane marks its own {@code z_i} (green ring),
 * {@code T(z_i)} (red ring) and the segment between them, and {@code T_exact(z_i)} (cyan ring) when the exact map
 * layer is on. The probe batch is the same in every pane (same data and
 * seed), so the marks show where each solver sends the same noise point. The marks are nodes over the plane's
 * picture, placed through the shown frame's layout, so hovering never waits for a frame.
 */
final class HoverMarks {
    /** How close (screen pixels) the mouse must come to a tail or head to pick it. */
    static final double PICK_RADIUS_PX = 12;
    private final PlaneView plane;
    private final IntegerProperty hovered;
    private final StackPane wrapper = new StackPane();
    private final Pane overlay = new Pane();
    private final Circle tail = ring(Color.web("#18c25a"));
    private final Circle head = ring(Color.web("#e8432e"));
    private final Circle exact = ring(Color.web("#00e5ff"));
    private final Line link = new Line();
    private boolean stale = true;

    HoverMarks(PlaneView plane, IntegerProperty hovered) {
        this.plane = plane;
        this.hovered = hovered;
        link.setStroke(Color.web("#e8432e"));
        link.setStrokeWidth(2);
        overlay.getChildren().addAll(link, tail, head, exact);
        overlay.setMouseTransparent(true);
        wrapper.getChildren().addAll(plane.node(), overlay);
        wrapper.addEventFilter(MouseEvent.MOUSE_MOVED, e -> hovered.set(pick(e.getX(), e.getY())));
        wrapper.addEventFilter(MouseEvent.MOUSE_EXITED, e -> hovered.set(-1));
        hovered.addListener(o -> stale = true);
        wrapper.widthProperty().addListener(o -> stale = true);
        update();
    }

    private static Circle ring(Color c) {
        Circle r = new Circle(6, Color.TRANSPARENT);
        r.setStroke(c);
        r.setStrokeWidth(2.5);
        return r;
    }

    Node wrap() {
        return wrapper;
    }

    boolean isStale() {
        return stale;
    }

    /** Screen pixels per frame pixel's inverse: frame width over the pane's width. */
    private double scale(Frame f) {
        return f.width() / Math.max(1.0, wrapper.getWidth());
    }

    /** The probe index whose tail or head is nearest to the screen point, within {@link #PICK_RADIUS_PX}; else -1. */
    int pick(double x, double y) {
        Frame f = plane.frame();
        PlaneSnapshot s = f == null ? null : f.snapshot();
        if (s == null) {
            return -1;
        }
        PlotLayout l = f.layout();
        double k = scale(f);
        int best = -1;
        double bestD = PICK_RADIUS_PX;
        int n = Math.min(s.arrowFrom().length, s.arrowTo().length) / 2;
        for (int i = 0; i < n; i++) {
            for (float[] xy : new float[][] {s.arrowFrom(), s.arrowTo()}) {
                double d = Math.hypot(l.toPixelX(xy[2 * i]) / k - x, l.toPixelY(xy[2 * i + 1]) / k - y);
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
        }
        return best;
    }

    /** Places the marks for the shared index on the frame shown (hidden when none). */
    void update() {
        stale = false;
        int i = hovered.get();
        Frame f = plane.frame();
        PlaneSnapshot s = f == null ? null : f.snapshot();
        boolean show = s != null && i >= 0 && 2 * i + 1 < Math.min(s.arrowFrom().length, s.arrowTo().length);
        tail.setVisible(show);
        head.setVisible(show);
        link.setVisible(show);
        float[] exactTo = show ? exactImages(f) : null;
        exact.setVisible(exactTo != null && 2 * i + 1 < exactTo.length);
        if (!show) {
            return;
        }
        PlotLayout l = f.layout();
        double k = scale(f);
        double x0 = l.toPixelX(s.arrowFrom()[2 * i]) / k;
        double y0 = l.toPixelY(s.arrowFrom()[2 * i + 1]) / k;
        double x1 = l.toPixelX(s.arrowTo()[2 * i]) / k;
        double y1 = l.toPixelY(s.arrowTo()[2 * i + 1]) / k;
        tail.setCenterX(x0);
        tail.setCenterY(y0);
        head.setCenterX(x1);
        head.setCenterY(y1);
        link.setStartX(x0);
        link.setStartY(y0);
        link.setEndX(x1);
        link.setEndY(y1);
        if (exact.isVisible()) {
            exact.setCenterX(l.toPixelX(exactTo[2 * i]) / k);
            exact.setCenterY(l.toPixelY(exactTo[2 * i + 1]) / k);
        }
    }

    /** The heads of the exact OT map's arrows in the frame (same probe order as the learned arrows), or null. */
    private static float[] exactImages(Frame f) {
        return f.figure().layers().stream()
                .filter(x -> x instanceof ArrowLayer a && a.argb() == PlaneFigureFactory.EXACT_ARROW_ARGB)
                .map(x -> ((ArrowLayer) x).to()).findFirst().orElse(null);
    }

    /** Whether the exact image's mark shows (tests). */
    boolean exactMarkShown() {
        return exact.isVisible();
    }

    /** Where the tail mark sits, in the pane's coordinates (tests); NaN when hidden. */
    double[] tailAt() {
        return tail.isVisible() ? new double[] {tail.getCenterX(), tail.getCenterY()} : new double[] {Double.NaN,
            Double.NaN};
    }
}
