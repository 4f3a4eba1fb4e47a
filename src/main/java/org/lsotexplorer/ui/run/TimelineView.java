package org.lsotexplorer.ui.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The timeline under the plane: a slider over the steps the worker keeps checkpoints for. While training it follows
 * the newest step; dragging it shows an earlier step on the plane (snapped to the nearest kept checkpoint at or
 * before the thumb), "Branch here" continues from the shown step as a new run with the settings sheet's values, and
 * "Latest" (or Train) goes back to the run's newest step. FX thread only.
 */
public final class TimelineView {
    private final HBox root = new HBox(8);
    private final Slider slider = new Slider(0, 1, 0);
    private final Label label = new Label();
    private final Button branch = new Button("Branch here");
    private final Button latest = new Button("Latest");
    private final IntConsumer onShow;
    private int[] steps = new int[0];
    private int currentStep;
    private int shownStep = -1;
    private boolean updating;

    /**
     * @param onShow shows a kept step on the plane (the worker pauses)
     * @param onBranch continues from a kept step as a new run
     * @param onLatest goes back to the run's newest step
     */
    public TimelineView(IntConsumer onShow, IntConsumer onBranch, Runnable onLatest) {
        this.onShow = onShow;
        root.setId("timeline");
        root.getStyleClass().add("timeline");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(2, 8, 2, 8));
        slider.setId("timelineSlider");
        slider.setShowTickMarks(false);
        slider.setTooltip(new Tooltip("Drag to rewind: the plane, arrows and metrics show the run at a kept step"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        label.setId("timelineLabel");
        label.setMinWidth(Region.USE_PREF_SIZE);
        branch.setMinWidth(Region.USE_PREF_SIZE);
        latest.setMinWidth(Region.USE_PREF_SIZE);
        slider.setMinWidth(80);
        branch.setId("branchHere");
        branch.setTooltip(new Tooltip("Continue from the shown step as a new run, with the settings on the left"
                + " (e.g. another learning rate); the new run names this one and the step as its parent"));
        branch.setDisable(true);
        branch.setOnAction(e -> {
            if (shownStep >= 0) {
                onBranch.accept(shownStep);
                shownStep = -1;
                refresh();
            }
        });
        latest.setId("timelineLatest");
        latest.setDisable(true);
        latest.setOnAction(e -> {
            shownStep = -1;
            onLatest.run();
            refresh();
        });
        slider.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                scrubTo(now.doubleValue());
            }
        });
        Label title = new Label("Timeline");
        title.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(title, slider, label, latest, branch);
        refresh();
    }

    public Node node() {
        return root;
    }

    /**
     * New worker facts: the kept checkpoints (ascending) and the run's newest step. While nothing is shown the thumb
     * follows the newest step.
     */
    public void update(int[] keptSteps, int newestStep) {
        steps = keptSteps.clone();
        currentStep = newestStep;
        if (shownStep > newestStep) {
            shownStep = -1;             // a new run was installed
        }
        refresh();
    }

    /** Forgets a shown step (Train or Step continues the run from its newest step). */
    public void followLatest() {
        shownStep = -1;
        refresh();
    }

    /** The step shown on the plane, or -1 when the plane follows the run. */
    public int shownStep() {
        return shownStep;
    }

    /** Moves the thumb as a user would (tests), showing the kept step at or before {@code step}. */
    public void scrubTo(double step) {
        int k = keptAtOrBefore((int) Math.round(step));
        if (k < 0) {
            return;
        }
        if (k != shownStep) {
            shownStep = k;
            onShow.accept(k);
        }
        refresh();
    }

    private int keptAtOrBefore(int step) {
        if (steps.length == 0) {
            return -1;
        }
        int i = Arrays.binarySearch(steps, step);
        if (i >= 0) {
            return steps[i];
        }
        int ins = -i - 1;
        return ins == 0 ? steps[0] : steps[ins - 1];
    }

    private void refresh() {
        updating = true;
        try {
            double max = Math.max(1, Math.max(currentStep, steps.length == 0 ? 0 : steps[steps.length - 1]));
            slider.setMax(max);
            slider.setMajorTickUnit(Math.max(1, max / 10));
            if (!slider.isValueChanging()) {
                slider.setValue(shownStep >= 0 ? shownStep : currentStep);
            }
        } finally {
            updating = false;
        }
        boolean showing = shownStep >= 0;
        slider.setDisable(steps.length == 0);
        branch.setDisable(!showing);
        latest.setDisable(!showing);
        label.setText(showing
                ? String.format(Locale.ROOT, "Showing step %,d of %,d", shownStep, currentStep)
                : String.format(Locale.ROOT, "Step %,d \u00b7 %d kept", currentStep, steps.length));
        label.setTooltip(new Tooltip(String.format(Locale.ROOT, "%d checkpoints kept in memory (oldest thinned first)",
                steps.length)));
    }
}
