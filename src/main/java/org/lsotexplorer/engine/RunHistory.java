package org.lsotexplorer.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The logged rows of a run: per step its phase and named values (losses, and metrics at evaluation steps).
 * Written by the worker thread only; {@link #rows()} returns a copy.
 */
public final class RunHistory {
    /** One logged step. */
    public record Row(int step, String phase, Map<String, Double> values) {
        public Row {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public synchronized void add(int step, String phase, Map<String, Double> values) {
        rows.add(new Row(step, phase, values));
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Rows logged so far. */
    public synchronized int size() {
        return rows.size();
    }

    /** A copy of the first {@code n} rows. */
    public synchronized List<Row> rows(int n) {
        return List.copyOf(rows.subList(0, Math.min(n, rows.size())));
    }

    /** Replaces every row (a run restored from a checkpoint). */
    synchronized void replaceWith(List<Row> restored) {
        rows.clear();
        rows.addAll(restored);
    }

    /** The union of value names, in first-seen order (the CSV columns after step and phase). */
    public synchronized List<String> columns() {
        Set<String> names = new LinkedHashSet<>();
        for (Row r : rows) {
            names.addAll(r.values().keySet());
        }
        return List.copyOf(names);
    }
}
