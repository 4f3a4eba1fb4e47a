package org.lsotexplorer.ui.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.lsotexplorer.data.EmpiricalDistribution;
import org.lsotexplorer.data.PointCsv;
import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.data.ToyPreset;
import org.lsotexplorer.data.WeightColumn;

/**
 * What the run trains towards: the chosen {@link Dataset}, the painted points, and the points of a loaded CSV file.
 * A malformed CSV never replaces the data in use: {@link #loadCsv(Path)} throws with a message naming the file and
 * line, and everything stays as it was. Drawn points are usable from 2 points on. Plain Java with JavaFX properties;
 * FX thread only.
 */
public final class DataViewModel {
    /** Fewest painted points a run can be built from. */
    public static final int MIN_DRAWN = 2;
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(Dataset.of(ToyPreset.EIGHT_GAUSSIANS));
    private final DrawnPoints drawn = new DrawnPoints(7);
    private final IntegerProperty drawnCount = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper csvName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper csvSummary = new ReadOnlyStringWrapper("");
    private final BooleanProperty brushOn = new SimpleBooleanProperty();
    private final DoubleProperty brushSizePx = new SimpleDoubleProperty(16);
    private final BooleanBinding usable;
    private EmpiricalDistribution csv;

    /** Starts on the eight-Gaussian preset. */
    public DataViewModel() {
        usable = Bindings.createBooleanBinding(() -> dataset.get().kind() != Dataset.Kind.DRAWN
                || drawnCount.get() >= MIN_DRAWN, dataset, drawnCount);
    }

    /** The dataset in use. Select a CSV through {@link #loadCsv(Path)}, which needs a file. */
    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public Dataset dataset() {
        return dataset.get();
    }

    /**
     * Switches to a preset or to drawn points (a CSV needs {@link #loadCsv(Path)} or one loaded before).
     *
     * @throws IllegalStateException for {@link Dataset#CSV} when no file was loaded yet
     */
    public void select(Dataset d) {
        if (d.kind() == Dataset.Kind.CSV && csv == null) {
            throw new IllegalStateException("load a CSV file first");
        }
        dataset.set(d);
        brushOn.set(d.kind() == Dataset.Kind.DRAWN && drawn.size() < MIN_DRAWN);
    }

    /** True when a CSV was loaded before (so picking "CSV file" can reuse it). */
    public boolean hasCsv() {
        return csv != null;
    }

    /**
     * Reads a 2-column CSV of points (plus an optional {@code weight} column, see {@link WeightColumn}) and makes it
     * the dataset.
     *
     * @throws IOException with a message naming the file (and line) when it cannot be read or is malformed;
     *                     the previous data is kept
     */
    public void loadCsv(Path file) throws IOException {
        WeightColumn table = WeightColumn.read(file);
        double[][] pts = table.points();
        if (pts[0].length != 2) {
            throw new IOException(file.getFileName() + " has " + pts[0].length
                    + " coordinate columns; the plane needs exactly 2 (x, y) per line, plus an optional '"
                    + WeightColumn.NAME + "' column");
        }
        csv = new EmpiricalDistribution("csv", file.getFileName().toString(), pts, table.weights());
        csvName.set(file.getFileName().toString());
        double[] spread = table.spread();
        csvSummary.set(String.format(Locale.ROOT, "%s: %,d points", file.getFileName(), pts.length)
                + (table.isWeighted() ? String.format(Locale.ROOT, ", weighted (%s; the smallest weight is %.3gx"
                + " and the largest %.3gx the mean; codes are these points)", table.note(), spread[0], spread[1])
                : ", equal weights"));
        dataset.set(Dataset.CSV);
        brushOn.set(false);
    }

    /**
     * Shows the target of an opened run: its toy preset, or its saved points as the CSV dataset (named
     * {@code name}).
     */
    public void useTarget(TargetDistribution target, String name) {
        if (target instanceof ToyPreset p) {
            select(Dataset.of(p));
            return;
        }
        if (!(target instanceof EmpiricalDistribution e)) {
            throw new IllegalArgumentException("an opened run's target is a toy preset or saved points, not "
                    + target.getClass().getSimpleName());
        }
        csv = e;
        csvName.set(name);
        csvSummary.set(String.format(java.util.Locale.ROOT, "%s: %,d points%s", name, e.points().length,
                e.codeWeights() == null ? "" : ", weighted"));
        dataset.set(Dataset.CSV);
        brushOn.set(false);
    }

    /** One line about the loaded CSV: its name, point count and weights; empty before the first load. */
    public ReadOnlyStringProperty csvSummaryProperty() {
        return csvSummary.getReadOnlyProperty();
    }

    /** The loaded file's name, empty before the first load. */
    public ReadOnlyStringProperty csvNameProperty() {
        return csvName.getReadOnlyProperty();
    }

    /** The target law of the dataset in use. @throws IllegalStateException for fewer than 2 drawn points */
    public TargetDistribution target() {
        Dataset d = dataset.get();
        return switch (d.kind()) {
            case PRESET -> d.preset();
            case CSV -> csv;
            case DRAWN -> {
                if (drawn.size() < MIN_DRAWN) {
                    throw new IllegalStateException("paint at least " + MIN_DRAWN + " points first");
                }
                yield new EmpiricalDistribution("drawn", "Drawn points", drawn.points());
            }
        };
    }

    /** True when a run can be built from the dataset (drawn points need at least 2). */
    public BooleanBinding usableProperty() {
        return usable;
    }

    // ---- the brush ----------------------------------------------------------------------------------------------

    /** Whether mouse presses on the plane paint points. */
    public BooleanProperty brushOnProperty() {
        return brushOn;
    }

    /** Brush diameter in screen pixels, 1..80. */
    public DoubleProperty brushSizePxProperty() {
        return brushSizePx;
    }

    /**
     * One brush stamp at data point {@code (x, y)}: a brush of 2 px or less adds exactly that point; a larger one
     * scatters points over its disc, fewer while dragging than on a press.
     *
     * @param pxPerUnit screen pixels per data unit (to size the brush in data units)
     * @param press true for a mouse press, false for a drag
     * @return points added
     */
    public int paint(double x, double y, double pxPerUnit, boolean press) {
        double size = brushSizePx.get();
        int added;
        if (size <= 2) {
            added = drawn.stamp(x, y, 0, 1);
        } else {
            int count = (int) Math.max(1, Math.round(size * size / 48));
            added = drawn.stamp(x, y, 0.5 * size / pxPerUnit, press ? count : Math.max(1, count / 2));
        }
        drawnCount.set(drawn.size());
        return added;
    }

    /** Removes every painted point. */
    public void clearDrawing() {
        drawn.clear();
        drawnCount.set(0);
    }

    public IntegerProperty drawnCountProperty() {
        return drawnCount;
    }

    /** The painted points interleaved {@code x, y} (a fresh array, for the overlay). */
    public float[] drawnXy() {
        return drawn.xy();
    }

    // ---- saving --------------------------------------------------------------------------------------------------

    /**
     * Writes the current points as CSV ({@code x1,x2} header, one point per line): the painted points, the loaded
     * CSV's points, or for a toy the run's codes {@code codesXy} (interleaved).
     */
    public void savePoints(Path file, float[] codesXy) throws IOException {
        double[][] pts = switch (dataset.get().kind()) {
            case DRAWN -> drawn.points();
            case CSV -> csv.points();
            case PRESET -> fromXy(codesXy);
        };
        PointCsv.write(file, pts);
    }

    private static double[][] fromXy(float[] xy) {
        double[][] out = new double[xy == null ? 0 : xy.length / 2][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {xy[2 * i], xy[2 * i + 1]};
        }
        return out;
    }
}
