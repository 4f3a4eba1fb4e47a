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
import org.lsotexplorer.engine.LiveMetrics;
import org.lsotexplorer.engine.RunMetrics;

/**
 * The live metrics of the current run (from {@code TrainingLoop.latestMetrics()}, about once a second) as formatted
 * rows, plus their history against the step for the metric curve. Which metric the curve shows is
 * {@link #selectedProperty()}. Plain Java with JavaFX properties; FX thread only.
 */
public final class MetricsViewModel {
    private static final String[][] ROWS = {
        {"mass_balance", "Mass balance"},
        {"modes_covered", "Modes covered"},
        {"high_quality_fraction", "High-quality fraction"},
        {"w2_to_target", "W2 to target"},
        {"map_optimality", "Map optimality"},
        {"l2_uvp", "L2-UVP"},
        {"cosine", "Cosine to exact map"},
    };
    private final List<MetricRow> rows = new ArrayList<>();
    private final StringProperty selected = new SimpleStringProperty("w2_to_target");
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty sourceDetail = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
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
        clear(modes, false);
    }

    /**
     * As {@link #clear(int)}; for {@code lsot} ({@code mapsOntoCodes}) the panel notes that every mode is covered
     * by construction, since {@code T(z)} is always one of the codes, so the question is the balance.
     */
    public void clear(int modes, boolean mapsOntoCodes) {
        note.set(mapsOntoCodes && modes > 0 ? "lsot maps every z onto a code, so it covers every mode by construction:"
                + " watch the mass balance (0 = every mode gets 1/" + modes + " of the samples)." : "");
        source.set("No metrics yet: press Train");
        sourceDetail.set("");
        modeCount = modes;
        history = new RunHistory();
        for (MetricRow r : rows) {
            r.set(r.key().equals("modes_covered") && modes == 0 ? "no known modes" : "\u2014");
        }
        version.set(version.get() + 1);
    }

    /**
     * Takes new metrics: an estimate on the run's small sample while training, or the final evaluation (the numbers of
     * {@code metrics.json}) once the run is done; the panel's heading says which.
     */
    public void update(LiveMetrics lm) {
        if (lm == null) {
            return;
        }
        if (lm.isFinal()) {
            source.set(String.format(Locale.ROOT, "Final evaluation at step %,d (as in metrics.json)", lm.step()));
            sourceDetail.set(String.format(Locale.ROOT, "The run's full evaluation: map metrics on %,d fresh samples,"
                    + " the same numbers that the run folder's metrics.json holds.", lm.mapSamples()));
        } else {
            source.set(String.format(Locale.ROOT, "Estimates at step %,d (small sample)", lm.step()));
            sourceDetail.set(String.format(Locale.ROOT, "Estimates while training: map metrics on %,d samples,"
                    + " about once a second. The full evaluation replaces them when the run ends.", lm.mapSamples()));
        }
        update(lm.metrics(), lm.step());
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

    /** Whether the values are estimates or the final evaluation, and of which step. */
    public StringProperty sourceProperty() {
        return source;
    }

    /** The sample sizes behind {@link #sourceProperty()} (a tooltip). */
    public StringProperty sourceDetailProperty() {
        return sourceDetail;
    }

    /** A note on how to read the numbers for this solver (empty when none). */
    public StringProperty noteProperty() {
        return note;
    }

    /** Bumped on every change, so views know when to redraw. */
    public IntegerProperty versionProperty() {
        return version;
    }
}
