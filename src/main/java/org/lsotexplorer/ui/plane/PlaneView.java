package org.lsotexplorer.ui.plane;

import java.nio.IntBuffer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.lsotexplorer.engine.ExplainedPhase;
import org.lsotexplorer.engine.PlaneSnapshot;
import org.lsotexplorer.live.Frame;
import org.lsotexplorer.live.FrameRequest;
import org.lsotexplorer.live.FrameSource;
import org.lsotexplorer.render.PlaneFigure;
import org.lsotexplorer.render.PlotLayout;
import org.lsotexplorer.render.Viewport;
import org.lsotexplorer.ui.data.DataViewModel;

/**
 * The latent plane on screen. It never renders: when a layer switch, the viewport, the size or the painted points
 * change it posts a {@link FrameRequest} to its {@link FrameSource}, and each pulse ({@link #renderIfDirty()}) it
 * copies the newest finished {@link Frame}'s pixels into the {@link PixelBuffer} that an {@link ImageView} shows
 * (frames are opaque, so ARGB equals premultiplied ARGB). Mouse positions map through the shown frame's layout, so
 * they always match the picture on screen. Mouse: wheel zooms about the cursor,
 * drag pans (right or middle drag while painting), double-click fits the snapshot again, hover shows coordinates
 * and the potential; with the brush on, press and drag paint target points and the release ends the stroke.
 */
public final class PlaneView {
    private final PlaneViewModel model;
    private final DataViewModel data;
    private final StackPane root = new StackPane();
    private final Pane host = new Pane();
    private final ImageView view = new ImageView();
    private final Label hover = new Label();
    private final Label hint = new Label();
    private final Label caption = new Label();
    private FrameSource frames;
    private Frame shown;
    private int[] pixels;
    private PixelBuffer<IntBuffer> buffer;
    private boolean dirty = true;
    private boolean snapshotHidden;
    private boolean freezeMap;
    private ExplainedPhase highlight;
    private Supplier<float[]> overlay = () -> null;
    private String emptyTitle = "";
    private Runnable onStrokeEnd = () -> { };
    private double pressX;
    private double pressY;
    private double lastStampX;
    private double lastStampY;
    private Viewport pressViewport;
    private boolean painting;
    private boolean hovering;
    private double mouseX;
    private double mouseY;
    private long frameCount;

    /** A plane showing {@code model}'s layers; the brush edits {@code data}. */
    public PlaneView(PlaneViewModel model, DataViewModel data) {
        this.model = model;
        this.data = data;
        host.setId("plane");
        host.getStyleClass().add("plane-host");
        host.setMinSize(120, 120);
        host.setPrefSize(640, 640);
        view.setManaged(false);
        host.getChildren().add(view);
        hover.getStyleClass().add("plane-hover");
        hover.setId("planeHover");
        hover.textProperty().bind(model.hoverProperty());
        hover.visibleProperty().bind(model.hoverProperty().isNotEmpty());
        hover.setMouseTransparent(true);
        hint.getStyleClass().add("plane-hint");
        hint.setId("planeHint");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        StackPane.setAlignment(hover, Pos.BOTTOM_LEFT);
        StackPane.setMargin(hover, new Insets(0, 0, 10, 10));
        StackPane.setAlignment(hint, Pos.CENTER);
        caption.getStyleClass().add("plane-caption");
        caption.setId("planeCaption");
        caption.setWrapText(true);
        caption.setMaxWidth(560);
        caption.setMouseTransparent(true);
        caption.visibleProperty().bind(caption.textProperty().isNotEmpty());
        StackPane.setAlignment(caption, Pos.BOTTOM_CENTER);
        StackPane.setMargin(caption, new Insets(0, 12, 36, 12));
        root.getChildren().addAll(host, hover, hint, caption);
        host.widthProperty().addListener(o -> dirty = true);
        host.heightProperty().addListener(o -> dirty = true);
        for (var t : model.redrawTriggers()) {
            t.addListener(o -> dirty = true);
        }
        data.drawnCountProperty().addListener(o -> dirty = true);
        data.brushOnProperty().addListener((o, was, on) -> host.setCursor(on ? Cursor.CROSSHAIR : Cursor.DEFAULT));
        installMouse();
    }

    public Node node() {
        return root;
    }

    /** Where to ask for frames (the run session's frame worker, or one pane's pipeline). */
    public void setFrames(FrameSource worker) {
        frames = worker;
        dirty = true;
    }

    /** The explained phase whose points to highlight ("Explain" mode), or null. */
    public void setHighlight(ExplainedPhase phase) {
        if (phase != highlight) {
            highlight = phase;
            dirty = true;
        }
    }

    /** "Train the potential only": the map on screen stays as it is while the potential keeps training. */
    public void setFreezeMap(boolean frozen) {
        if (frozen != freezeMap) {
            freezeMap = frozen;
            dirty = true;
        }
    }

    /** Hides the snapshot (e.g. drawn points chosen but not painted yet): only painted points show. */
    public void setSnapshotHidden(boolean hidden) {
        if (hidden != snapshotHidden) {
            snapshotHidden = hidden;
            dirty = true;
        }
    }

    /** The title while no snapshot shows (e.g. while drawn points wait for a run). */
    public void setEmptyTitle(String title) {
        if (!title.equals(emptyTitle)) {
            emptyTitle = title;
            dirty = true;
        }
    }

    /** The painted points to overlay (interleaved), asked at each redraw; null for none. */
    public void setOverlay(Supplier<float[]> overlay) {
        this.overlay = overlay;
        dirty = true;
    }

    /** Called when a brush stroke ends (mouse released). */
    public void setOnStrokeEnd(Runnable r) {
        onStrokeEnd = r;
    }

    /** The caption of an explained phase at the foot of the plane (empty hides it). */
    public void setCaption(String text) {
        caption.setText(text == null ? "" : text);
    }

    /** The caption shown (tests). */
    public String caption() {
        return caption.getText();
    }

    /** A centred notice over the plane (empty hides it). */
    public void setHint(String text) {
        hint.setText(text == null ? "" : text);
    }

    /** A new run: the frame worker notices it itself (colour ranges start afresh); this asks for a frame. */
    public void clearRunState() {
        dirty = true;
    }

    /** Marks the view for a new frame request. */
    public void invalidate() {
        dirty = true;
    }

    /**
     * Posts a request when something changed, then shows the newest finished frame if it is new; returns true when
     * it showed one.
     */
    public boolean renderIfDirty() {
        int w = (int) Math.floor(host.getWidth());
        int h = (int) Math.floor(host.getHeight());
        if (frames == null || w < 64 || h < 64) {
            return false;
        }
        if (dirty) {
            double scale = host.getScene() == null || host.getScene().getWindow() == null ? 1
                    : host.getScene().getWindow().getOutputScaleX();
            frames.request(new FrameRequest(model.selection(), model.viewportProperty().get(),
                    (int) Math.round(w * scale), (int) Math.round(h * scale), overlay.get(), emptyTitle,
                    snapshotHidden, freezeMap, highlight));
            dirty = false;
        }
        Frame f = frames.latestFrame();
        if (f == null || f == shown) {
            return false;
        }
        blit(f, w, h);
        shown = f;
        frameCount++;
        if (hovering) {
            updateHover(mouseX, mouseY);
        }
        return true;
    }

    /** Copies the frame's pixels to the screen (the FX thread's only drawing work). */
    private void blit(Frame f, int w, int h) {
        if (pixels == null || buffer.getWidth() != f.width() || buffer.getHeight() != f.height()) {
            pixels = new int[f.width() * f.height()];
            buffer = new PixelBuffer<>(f.width(), f.height(), IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        view.setFitWidth(w);
        view.setFitHeight(h);
        System.arraycopy(f.argb(), 0, pixels, 0, pixels.length);
        buffer.updateBuffer(b -> null);
    }

    /** The figure on screen (for export at 1x or 2x), null before the first frame. */
    public PlaneFigure figure() {
        return shown == null ? null : shown.figure();
    }

    /** The snapshot on screen, or null. */
    public PlaneSnapshot snapshot() {
        return shown == null ? null : shown.snapshot();
    }

    /** The frame on screen, or null. */
    public Frame frame() {
        return shown;
    }

    /** A copy of the pixels on screen (tests compare frames), null before the first frame. */
    public int[] pixels() {
        return pixels == null ? null : pixels.clone();
    }

    /** Frames shown so far. */
    public long frames() {
        return frameCount;
    }

    private double scale() {
        return shown == null ? 1 : shown.width() / Math.max(1.0, host.getWidth());
    }

    private PlotLayout layout() {
        return shown == null ? null : shown.layout();
    }

    private void installMouse() {
        host.addEventHandler(ScrollEvent.SCROLL, e -> {
            PlotLayout l = layout();
            if (l == null || e.getDeltaY() == 0) {
                return;
            }
            double[] at = l.toData(e.getX() * scale(), e.getY() * scale());
            model.viewportProperty().set(ViewportNavigator.zoom(l.viewport(), at[0], at[1],
                    ViewportNavigator.wheelFactor(e.getDeltaY())));
            e.consume();
        });
        host.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        host.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        host.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (painting) {
                painting = false;
                onStrokeEnd.run();
            }
            pressViewport = null;
            host.setCursor(data.brushOnProperty().get() ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        });
        host.addEventHandler(MouseEvent.MOUSE_MOVED, e -> updateHover(e.getX(), e.getY()));
        host.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hovering = false;
            model.hoverProperty().set("");
        });
    }

    private void pressed(MouseEvent e) {
        host.requestFocus();
        PlotLayout l = layout();
        if (l == null) {
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !data.brushOnProperty().get()) {
            model.viewportProperty().set(null);
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY && data.brushOnProperty().get()) {
            if (model.viewportProperty().get() == null) {
                model.viewportProperty().set(l.viewport());   // the axes must not move under the brush
            }
            painting = true;
            stamp(e.getX(), e.getY(), true);
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressViewport = l.viewport();
        host.setCursor(Cursor.CLOSED_HAND);
    }

    private void dragged(MouseEvent e) {
        if (painting) {
            double spacing = Math.max(3, data.brushSizePxProperty().get() / 3);
            if (Math.hypot(e.getX() - lastStampX, e.getY() - lastStampY) >= spacing) {
                stamp(e.getX(), e.getY(), false);
            }
            return;
        }
        PlotLayout l = layout();
        if (pressViewport == null || l == null) {
            return;
        }
        double unitsPerPx = pressViewport.width() / l.plotWidth() * scale();
        model.viewportProperty().set(ViewportNavigator.pan(pressViewport, -(e.getX() - pressX) * unitsPerPx,
                (e.getY() - pressY) * unitsPerPx));
        updateHover(e.getX(), e.getY());
    }

    private void stamp(double x, double y, boolean press) {
        PlotLayout l = layout();
        if (l == null || !l.inPlot(x * scale(), y * scale())) {
            return;
        }
        double[] at = l.toData(x * scale(), y * scale());
        double pxPerUnit = l.plotWidth() / l.viewport().width() / scale();
        data.paint(at[0], at[1], pxPerUnit, press);
        lastStampX = x;
        lastStampY = y;
        dirty = true;
    }

    private void updateHover(double x, double y) {
        hovering = true;
        mouseX = x;
        mouseY = y;
        PlotLayout l = layout();
        if (l == null || !l.inPlot(x * scale(), y * scale())) {
            model.hoverProperty().set("");
            return;
        }
        double[] at = l.toData(x * scale(), y * scale());
        model.hoverProperty().set(PlaneViewModel.hoverText(snapshot(), model.selection(), at[0], at[1]));
    }
}
