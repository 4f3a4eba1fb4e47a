package org.lsotexplorer.ui.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lsotexplorer.engine.RunHistory;
import org.lsotexplorer.engine.RunMetrics;

/**
 * The live metrics of the current run (from {@code TrainingLoop.latestMetrics()}, about once a second) as formatted
 * rows, plus their history against the step for the metric curve. Which metric the curve shows is
 * {@link #selectedProperty()}. Plain Java with JavaFX properties; FX thread only.
 */
public final class MetricsViewModel {
    private static final String[][] ROWS = {
        {"modes_covered", "Modes covered"},
        {"high_quality_fraction", "High-quality fraction"},
        {"mass_balance", "Mass balance"},
        {"w2_to_target", "W2 to target"},
        {"map_optimality", "Map optimality"},
        {"l2_uvp", "L2-UVP"},
        {"cosine", "Cosine to exact map"},
    };
    private final List<MetricRow> rows = new ArrayList<>();
    private final StringProperty selected = new SimpleStringProperty("w2_to_target");
    private final IntegerProperty version = new SimpleIntegerProperty();
    private RunHistory history = new RunHistory();
    private int modeCount;

    /** Rows in the order of {@code metrics.json}. */
    public MetricsViewModel() {
        Map<String, String> defs = RunMetrics.definitions();
        for (String[] r : ROWS) {
            rows.add(new MetricRow(r[0], r[1], defs.get(r[0])));
        }
    }

    public List<MetricRow> rows() {
        return rows;
    }

    /** Forgets the values and history (a new run); {@code modes} is K, or 0 for a target without known modes. */
    public void clear(int modes) {
        modeCount = modes;
        history = new RunHistory();
        for (MetricRow r : rows) {
            r.set(r.key().equals("modes_covered") && modes == 0 ? "no known modes" : "\u2014");
        }
        version.set(version.get() + 1);
    }

    /** Takes a new evaluation made at {@code step}. */
    public void update(RunMetrics m, int step) {
        if (m == null) {
            return;
        }
        Map<String, Double> logged = new LinkedHashMap<>();
        m.asJsonMap().forEach((k, v) -> {
            if (v instanceof Number n && !k.equals("seconds")) {
                logged.put(k, n.doubleValue());
            }
        });
        for (MetricRow r : rows) {
            r.set(format(r.key(), logged.get(r.key()), modeCount));
        }
        history.add(step, "live", logged);
        version.set(version.get() + 1);
    }

    /** The logged evaluations (a copy). */
    public List<RunHistory.Row> history() {
        return history.rows();
    }

    /** The value text of one metric. */
    public static String format(String key, Double v, int modes) {
        if (v == null) {
            return key.equals("modes_covered") ? "no known modes" : "\u2014";
        }
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return switch (key) {
            case "modes_covered" -> String.format(Locale.ROOT, "%d of %d", Math.round(v), modes);
            case "high_quality_fraction" -> String.format(Locale.ROOT, "%.1f %%", 100 * v);
            case "l2_uvp" -> String.format(Locale.ROOT, "%.2f", v);
            case "cosine" -> String.format(Locale.ROOT, "%.3f", v);
            default -> String.format(Locale.ROOT, "%.4f", v);
        };
    }

    /** The label of a metric key. */
    public String labelOf(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().map(MetricRow::label).orElse(key);
    }

    /** The metric the curve shows (a {@code metrics.json} key). */
    public StringProperty selectedProperty() {
        return selected;
    }

    /** Bumped on every change, so views know when to redraw. */
    public IntegerProperty versionProperty() {
        return version;
    }
}
