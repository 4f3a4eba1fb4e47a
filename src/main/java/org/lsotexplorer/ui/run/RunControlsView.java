package org.lsotexplorer.ui.run;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The run tool bar: Train/Pause, Step, Reset (highlighted while a changed setting waits for it), "train the
 * potential only", the speed control (full speed down to one step per second) and a badge with the worker's state.
 * Its buttons never take keyboard focus, so Space always means Train/Pause.
 */
public final class RunControlsView {
    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");
    private final ToolBar bar = new ToolBar();

    /**
     * @param canTrain whether Train and Step may be pressed
     * @param resetNeeded highlights Reset
     */
    public RunControlsView(RunViewModel vm, BooleanExpression canTrain, ObservableBooleanValue resetNeeded,
                           Runnable toggleTrain, Runnable step, Runnable explain, Runnable reset) {
        bar.getStyleClass().add("run-bar");
        Button train = button("train", "", "Start or pause training (Space).", toggleTrain);
        train.textProperty().bind(Bindings.when(vm.runningProperty()).then("\u275A\u275A  Pause")
                .otherwise("\u25B6  Train"));
        train.getStyleClass().add("train-button");
        train.disableProperty().bind(canTrain.not());
        Button stepButton = button("step", "Step", "Take one training step and show it, then pause (S).", step);
        stepButton.disableProperty().bind(canTrain.not());
        Button explainButton = button("explain", "Explain step", "Slow motion with captions (lsot): take one step"
                + " and explain it phase by phase on the plane; press again for the next phase (E).", explain);
        explainButton.disableProperty().bind(canTrain.not());
        Button resetButton = button("reset", "\u21BA  Reset", "Start the run afresh from its seed with the current"
                + " settings (R). Changed settings that are not live apply now.", reset);
        resetButton.disableProperty().bind(vm.readyProperty().not());
        resetNeeded.addListener((o, was, now) -> resetButton.pseudoClassStateChanged(ATTENTION, now));
        ToggleButton freeze = new ToggleButton("Train potential only");
        freeze.setId("freezeMap");
        freeze.setFocusTraversable(false);
        freeze.selectedProperty().bindBidirectional(vm.freezeMapProperty());
        freeze.setTooltip(tip("The map on screen stays frozen while the potential keeps training, so you see the"
                + " potential move under a fixed map (F)."));
        Slider speed = new Slider(0, RunViewModel.SLOW_MOTION_MILLIS.length - 1, vm.speedIndexProperty().get());
        speed.setId("speed");
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setBlockIncrement(1);
        speed.setPrefWidth(110);
        speed.setFocusTraversable(false);
        speed.valueProperty().addListener((o, was, now) -> vm.speedIndexProperty().set((int) Math.round(
                now.doubleValue())));
        vm.speedIndexProperty().addListener((o, was, now) -> speed.setValue(now.intValue()));
        speed.setTooltip(tip("Slow motion: from one step per second up to full speed. Every step is drawn in slow"
                + " motion; at full speed the plane refreshes about 30 times a second."));
        Label speedText = new Label();
        speedText.setId("speedText");
        speedText.getStyleClass().add("muted");
        speedText.textProperty().bind(Bindings.createStringBinding(vm::speedText, vm.speedIndexProperty()));
        speedText.setMinWidth(Region.USE_PREF_SIZE);
        speedText.setPrefWidth(112);
        Label speedLabel = new Label("Speed");
        Label state = new Label();
        state.setId("statePill");
        state.getStyleClass().add("state-pill");
        state.textProperty().bind(Bindings.createStringBinding(() -> vm.readyProperty().get()
                ? vm.stateProperty().get().name().replace("RUNNING", "TRAINING") : "STARTING",
                vm.stateProperty(), vm.readyProperty()));
        vm.stateProperty().addListener((o, was, now) -> {
            for (var s : org.lsotexplorer.engine.WorkerState.values()) {
                state.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.name().toLowerCase()), s == now);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox speedBox = new HBox(6, speedLabel, speed, speedText);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        bar.getItems().addAll(train, stepButton, explainButton, resetButton, new Separator(), freeze, new Separator(), speedBox,
                spacer, state);
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        b.setTooltip(tip(tooltip));
        b.setMinWidth(Control.USE_PREF_SIZE);
        return b;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        return t;
    }

    public Node node() {
        return bar;
    }
}
