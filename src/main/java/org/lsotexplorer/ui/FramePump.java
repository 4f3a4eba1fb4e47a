package org.lsotexplorer.ui;

import javafx.animation.AnimationTimer;

/**
 * The one {@link AnimationTimer} of the window (the threading rule): each JavaFX pulse it lets the controller take
 * the newest snapshot, status and metrics from the worker's latest-wins slots and redraw what changed. Training never
 * posts to the FX thread.
 */
public final class FramePump extends AnimationTimer {
    private final ExplorerController controller;

    public FramePump(ExplorerController controller) {
        this.controller = controller;
    }

    @Override
    public void handle(long now) {
        controller.pulse(now);
    }
}
