package org.lsotexplorer.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * The window's notifications: a ControlsFX {@link NotificationPane} that slides a bar over the top of the work
 * area. Errors (a bad CSV, training that diverged) stay until closed and offer what to do next as buttons; notices
 * (a file written) hide after a few seconds. Never modal, so training and tests go on. FX thread only.
 */
public final class MessageBanner {
    private final NotificationPane pane;
    private final PauseTransition autoHide = new PauseTransition(Duration.seconds(6));
    private String kind = "";

    public MessageBanner(Node content) {
        pane = new NotificationPane(content);
        pane.setId("banner");
        pane.setShowFromTop(true);
        pane.setCloseButtonVisible(true);
        autoHide.setOnFinished(e -> pane.hide());
    }

    /** An error that stays until closed, with optional next steps. */
    public void error(String text, Action... actions) {
        show("error", "\u26A0", text, actions);
        autoHide.stop();
    }

    /** A notice that hides by itself. */
    public void info(String text, Action... actions) {
        show("info", "\u2714", text, actions);
        autoHide.playFromStart();
    }

    private void show(String k, String icon, String text, Action... actions) {
        pane.getStyleClass().removeAll("banner-error", "banner-info");
        pane.getStyleClass().add("banner-" + k);
        kind = k;
        Label glyph = new Label(icon);
        glyph.getStyleClass().add("banner-glyph");
        javafx.scene.control.Tooltip full = new javafx.scene.control.Tooltip(text);
        full.setWrapText(true);
        full.setMaxWidth(520);
        glyph.setTooltip(full);
        if (pane.isShowing()) {
            pane.hide();
        }
        pane.getActions().setAll(actions);   // NotificationPane.show(text, graphic, actions) only adds: they piled up
        pane.setText(text);
        pane.setGraphic(glyph);
        pane.show();
    }

    /** Keeps the current notice up until closed (a question waiting for an answer). */
    public void holdOpen() {
        autoHide.stop();
    }

    /** Hides the banner. */
    public void hide() {
        pane.hide();
    }

    /** The shown text (tests). */
    public String text() {
        return pane.getText();
    }

    /** "error" or "info" for the last message (tests). */
    public String kind() {
        return kind;
    }

    public boolean isShowing() {
        return pane.isShowing();
    }

    public Node node() {
        return pane;
    }
}
