package org.lsotexplorer.ui.run;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;

/**
 * The status bar (ControlsFX): state, step of total and phase on the left, with a progress bar over the step
 * budget (indeterminate while a job such as writing a run folder runs); steps per second and training time on the
 * right.
 */
public final class StatusBarView {
    private final StatusBar bar = new StatusBar();

    public StatusBarView(RunViewModel vm) {
        bar.setId("statusBar");
        var deps = new javafx.beans.Observable[] {vm.readyProperty(), vm.stateProperty(), vm.stepProperty(),
            vm.totalStepsProperty(), vm.phaseProperty(), vm.jobProperty()};
        bar.textProperty().bind(Bindings.createStringBinding(vm::statusText, deps));
        bar.progressProperty().bind(Bindings.createDoubleBinding(vm::progress, deps));
        Label rate = new Label();
        rate.setId("rate");
        rate.textProperty().bind(Bindings.createStringBinding(vm::rateText, vm.stateProperty(),
                vm.stepsPerSecondProperty()));
        rate.setTooltip(new Tooltip("Training throughput over the last 64 steps"));
        rate.setPadding(new javafx.geometry.Insets(0, 4, 0, 10));
        rate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label elapsed = new Label();
        elapsed.setId("elapsed");
        elapsed.textProperty().bind(Bindings.createStringBinding(() -> "trained " + vm.elapsedText(),
                vm.elapsedSecondsProperty()));
        elapsed.setTooltip(new Tooltip("Training time of this run (paused time not counted)"));
        bar.getRightItems().addAll(rate, new Separator(Orientation.VERTICAL), elapsed);
    }

    public Node node() {
        return bar;
    }
}
