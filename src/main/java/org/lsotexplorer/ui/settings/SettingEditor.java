package org.lsotexplorer.ui.settings;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The editor of one setting: a text field that commits on Enter or when it loses focus (never per keystroke, so
 * half-typed numbers are not validated), or a drop-down for pick-one settings. A rejected value is replaced by the
 * kept one, the field turns red and its tooltip says why, until the next accepted edit; Escape reverts.
 */
public final class SettingEditor implements PropertyEditor<String> {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final SettingItem item;
    private final Control control;
    private final Tooltip tooltip;
    private String rejected = "";
    private boolean settingText;

    public SettingEditor(SettingItem item) {
        this.item = item;
        this.tooltip = new Tooltip(item.getDescription());
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        String id = "setting-" + item.setting().key().replace('.', '-');
        if (item.setting().choices().isEmpty()) {
            TextField field = new TextField();
            field.setPrefColumnCount(8);
            field.setOnAction(e -> commit(field));
            // typing a new value takes the red border away at once; the value is checked again when committed
            field.textProperty().addListener((o, was, now) -> {
                if (!settingText && field.isFocused() && !now.trim().equals(rejected)) {
                    control().pseudoClassStateChanged(INVALID, false);
                }
            });
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit(field);
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    field.setText(current());
                    mark(null);
                }
            });
            item.getObservableValue().ifPresent(v -> v.addListener((o, was, now) -> {
                if (!field.isFocused()) {
                    field.setText(current());
                }
            }));
            control = field;
        } else {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(item.setting().choices());
            box.setOnAction(e -> {
                if (box.getValue() != null && !box.getValue().equals(current())) {
                    mark(item.commit(box.getValue()) ? null : item.lastError());
                    box.setValue(current());
                }
            });
            box.setMaxWidth(Double.MAX_VALUE);
            control = box;
        }
        control.setId(id);
        control.setTooltip(tooltip);
        setValue(current());
    }

    private String current() {
        return String.valueOf(item.getValue());
    }

    private void commit(TextField field) {
        String text = field.getText();
        if (text.trim().equals(current())) {
            mark(null);
            return;
        }
        boolean ok = item.commit(text);
        rejected = ok ? "" : text.trim();
        mark(ok ? null : "Rejected '" + text.trim() + "': " + item.lastError());
        settingText = true;
        field.setText(current());
        settingText = false;
    }

    private Control control() {
        return control;
    }

    private void mark(String error) {
        control.pseudoClassStateChanged(INVALID, error != null);
        tooltip.setText(error == null ? item.getDescription() : error + "\n\n" + item.getDescription());
    }

    @Override
    public Node getEditor() {
        return control;
    }

    @Override
    public String getValue() {
        return current();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setValue(String value) {
        if (control instanceof TextField f) {
            f.setText(value);
        } else {
            ((ComboBox<String>) control).setValue(value);
        }
    }
}
