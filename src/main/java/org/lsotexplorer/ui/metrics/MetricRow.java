package org.lsotexplorer.ui.metrics;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One line of the metrics panel: the metric's key in {@code metrics.json}, its label, definition and value text. */
public final class MetricRow {
    private final String key;
    private final String label;
    private final String definition;
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper("\u2014");

    MetricRow(String key, String label, String definition) {
        this.key = key;
        this.label = label;
        this.definition = definition;
    }

    /** The key of {@code metrics.json}, e.g. {@code w2_to_target}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The definition of {@code RunMetrics.definitions()}. */
    public String definition() {
        return definition;
    }

    /** The formatted value, an em dash before the first evaluation. */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    void set(String text) {
        value.set(text);
    }
}
