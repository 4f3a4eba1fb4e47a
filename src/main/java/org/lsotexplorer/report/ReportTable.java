package org.lsotexplorer.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The numbers of a report: for every preset and solver, {@link SeedStatistics} over the seeds of every metric of
 * their runs' {@code metrics.json} (the seconds included). Metrics are listed in the order they first appear.
 * <ul>
 *   <li>{@link #csv()}: one row per preset and solver: {@code preset,solver,seeds}, then {@code <metric>_mean} and
 *       {@code <metric>_std} for every metric; {@code seeds} is the number of runs; an empty cell where a value is
 *       undefined (a metric no run of the row has; a std over fewer than two values). Values are written exactly
 *       ({@link Double#toString}).</li>
 *   <li>{@link #markdown}: one table per preset, a row per metric and a column per solver, {@code mean ± std}
 *       (four and two significant digits), the mean alone for one seed, a dash where no run has the metric.</li>
 * </ul>
 */
public final class ReportTable {
    /** The runs of one preset and solver, one per seed. */
    public record Cell(String preset, String solver, List<FinishedRun> runs) {
        public Cell {
            runs = List.copyOf(runs);
        }

        SeedStatistics statistics(String metric) {
            List<Double> values = new ArrayList<>();
            for (FinishedRun r : runs) {
                values.add(r.metrics().get(metric));
            }
            return SeedStatistics.of(values);
        }
    }

    private final List<Cell> cells;
    private final List<String> metrics;

    public ReportTable(List<Cell> cells) {
        this.cells = List.copyOf(cells);
        Set<String> names = new LinkedHashSet<>();
        for (Cell c : cells) {
            for (FinishedRun r : c.runs()) {
                names.addAll(r.metrics().keySet());
            }
        }
        this.metrics = List.copyOf(names);
    }

    /** The metric names, in the order they first appear. */
    public List<String> metrics() {
        return metrics;
    }

    /** {@code report.csv}. */
    public String csv() {
        StringBuilder b = new StringBuilder("preset,solver,seeds");
        for (String m : metrics) {
            b.append(',').append(m).append("_mean,").append(m).append("_std");
        }
        b.append('\n');
        for (Cell c : cells) {
            b.append(c.preset()).append(',').append(c.solver()).append(',').append(c.runs().size());
            for (String m : metrics) {
                SeedStatistics s = c.statistics(m);
                b.append(',').append(exact(s.mean())).append(',').append(exact(s.std()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** {@code report.md}: a heading and one table per preset; {@code invocation} is the command that made it. */
    public String markdown(String invocation, String seeds) {
        StringBuilder b = new StringBuilder("# Report\n\n");
        b.append("Made by `").append(invocation).append("`. Mean ± sample standard deviation over seeds ")
                .append(seeds).append(" (method.md section 4 for the metrics; `seconds` is the wall-clock time of"
                        + " a run, machine-dependent).\n");
        List<String> presets = cells.stream().map(Cell::preset).distinct().toList();
        for (String preset : presets) {
            List<Cell> row = cells.stream().filter(c -> c.preset().equals(preset)).toList();
            b.append("\n## ").append(preset).append("\n\n| metric |");
            row.forEach(c -> b.append(' ').append(c.solver()).append(" |"));
            b.append("\n|---|");
            row.forEach(c -> b.append("---|"));
            b.append('\n');
            for (String m : metrics) {
                b.append("| ").append(m).append(" |");
                for (Cell c : row) {
                    b.append(' ').append(readable(c.statistics(m))).append(" |");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String exact(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String readable(SeedStatistics s) {
        if (s.count() == 0) {
            return "–";
        }
        String mean = String.format(Locale.ROOT, "%.4g", s.mean());
        return Double.isNaN(s.std()) ? mean : mean + " ± " + String.format(Locale.ROOT, "%.2g", s.std());
    }
}
