package org.lsotexplorer.ui.settings;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * A {@link Setting} as a row of the ControlsFX property sheet. Its value is the draft's text; setting it goes
 * through {@link SettingsViewModel#apply}, which validates and keeps the old value on error.
 */
public final class SettingItem implements PropertySheet.Item {
    private final Setting setting;
    private final SettingsViewModel vm;
    private final StringBinding value;

    public SettingItem(Setting setting, SettingsViewModel vm) {
        this.setting = setting;
        this.vm = vm;
        this.value = Bindings.createStringBinding(() -> vm.valueOf(setting), vm.draftProperty());
    }

    public Setting setting() {
        return setting;
    }

    /** Applies text; false when rejected. */
    public boolean commit(String text) {
        return vm.apply(setting, text);
    }

    /** The message of the last rejected edit. */
    public String lastError() {
        return vm.errorProperty().get();
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return setting.category();
    }

    @Override
    public String getName() {
        return setting.name();
    }

    @Override
    public String getDescription() {
        return setting.tooltip();
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    @Override
    public void setValue(Object v) {
        commit(v == null ? "" : v.toString());
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }
}
