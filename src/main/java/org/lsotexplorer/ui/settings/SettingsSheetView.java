package org.lsotexplorer.ui.settings;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The ControlsFX property sheet with every setting of the chosen solver and the run, grouped by category, plus the
 * last rejected edit's message and a reminder when a changed setting waits for Reset.
 */
public final class SettingsSheetView {
    private final VBox root = new VBox(6);
    private final PropertySheet sheet = new PropertySheet();

    public SettingsSheetView(SettingsViewModel vm) {
        sheet.setId("settingsSheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(item -> new SettingEditor((SettingItem) item));
        fill(vm);
        vm.settings().addListener((ListChangeListener<Setting>) c -> fill(vm));
        Label error = new Label();
        error.setId("settingsError");
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label pending = new Label("Changed settings apply on Reset (R). Learning rate, angle threshold and blend"
                + " width change at once.");
        pending.getStyleClass().add("settings-pending");
        pending.setWrapText(true);
        pending.visibleProperty().bind(vm.resetNeededProperty());
        pending.managedProperty().bind(pending.visibleProperty());
        VBox.setVgrow(sheet, Priority.ALWAYS);
        root.getChildren().addAll(sheet, error, pending);
    }

    private void fill(SettingsViewModel vm) {
        sheet.getItems().setAll(vm.settings().stream().map(s -> (PropertySheet.Item) new SettingItem(s, vm))
                .toList());
    }

    public Node node() {
        return root;
    }
}
