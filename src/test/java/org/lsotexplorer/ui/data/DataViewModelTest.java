package org.lsotexplorer.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.data.PointCsv;
import org.lsotexplorer.data.ToyPreset;

/** The data view model without the JavaFX toolkit. */
class DataViewModelTest {
    @TempDir
    Path dir;

    @Test
    void startsOnEightGaussians() {
        DataViewModel vm = new DataViewModel();
        assertEquals(Dataset.of(ToyPreset.EIGHT_GAUSSIANS), vm.dataset());
        assertEquals("eight-gaussians", vm.target().id());
        assertTrue(vm.usableProperty().get());
        assertEquals(8, Dataset.choices().size(), "six toys, drawn points, CSV");
    }

    @Test
    void malformedCsvKeepsThePreviousData() throws IOException {
        DataViewModel vm = new DataViewModel();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y\n0.5,1.0\n0.2,oops\n");
        IOException e = assertThrows(IOException.class, () -> vm.loadCsv(bad));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertEquals(Dataset.of(ToyPreset.EIGHT_GAUSSIANS), vm.dataset());
        assertFalse(vm.hasCsv());
        Path threeColumns = dir.resolve("3d.csv");
        Files.writeString(threeColumns, "1,2,3\n4,5,6\n");
        IOException e3 = assertThrows(IOException.class, () -> vm.loadCsv(threeColumns));
        assertTrue(e3.getMessage().contains("exactly 2"), e3.getMessage());
        assertEquals("eight-gaussians", vm.target().id());
    }

    @Test
    void goodCsvBecomesTheTarget() throws IOException {
        DataViewModel vm = new DataViewModel();
        Path good = dir.resolve("ring.csv");
        PointCsv.write(good, new double[][] {{1, 0}, {0, 1}, {-1, 0}});
        vm.loadCsv(good);
        assertEquals(Dataset.CSV, vm.dataset());
        assertEquals("csv", vm.target().id());
        assertEquals("ring.csv", vm.csvNameProperty().get());
        Path out = dir.resolve("saved.csv");
        vm.savePoints(out, null);
        assertEquals(3, PointCsv.read(out).length);
    }

    @Test
    void aWeightedCsvShowsItsWeightsInTheSummaryAndTheTargetCarriesThem() throws IOException {
        DataViewModel vm = new DataViewModel();
        Path weighted = dir.resolve("two.csv");
        Files.writeString(weighted, "x,y,weight\n-2,0,1\n2,0,3\n");
        vm.loadCsv(weighted);
        String summary = vm.csvSummaryProperty().get();
        assertTrue(summary.contains("2 points") && summary.contains("weighted") && summary.contains("0.500x")
                && summary.contains("1.50x"), summary);
        assertArrayEquals(new double[] {0.25, 0.75}, vm.target().codeWeights(), 1e-15);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y,weight\n-2,0,-1\n");
        IOException e = assertThrows(IOException.class, () -> vm.loadCsv(bad));
        assertTrue(e.getMessage().contains("non-negative"), e.getMessage());
        assertTrue(vm.csvSummaryProperty().get().contains("two.csv"), "a bad file keeps the previous data");
    }

    @Test
    void paintingAddsPointsAndMakesDrawnUsable() {
        DataViewModel vm = new DataViewModel();
        vm.select(Dataset.DRAWN);
        assertTrue(vm.brushOnProperty().get(), "choosing drawn points with none painted turns the brush on");
        assertFalse(vm.usableProperty().get());
        vm.brushSizePxProperty().set(1);
        assertEquals(1, vm.paint(0.5, 0.5, 100, true));
        assertFalse(vm.usableProperty().get(), "one point is not enough");
        vm.brushSizePxProperty().set(30);
        int added = vm.paint(1, 1, 100, true);
        assertTrue(added > 1, "a wide brush scatters several points");
        assertEquals(1 + added, vm.drawnCountProperty().get());
        assertTrue(vm.usableProperty().get());
        assertEquals("drawn", vm.target().id());
        for (double[] p : ((org.lsotexplorer.data.EmpiricalDistribution) vm.target()).points()) {
            boolean first = p[0] == 0.5 && p[1] == 0.5;
            assertTrue(first || Math.hypot(p[0] - 1, p[1] - 1) <= 0.15 + 1e-9, "inside the brush disc");
        }
        vm.clearDrawing();
        assertEquals(0, vm.drawnCountProperty().get());
        assertThrows(IllegalStateException.class, vm::target);
    }

    @Test
    void csvNeedsAFileFirst() {
        assertThrows(IllegalStateException.class, () -> new DataViewModel().select(Dataset.CSV));
    }

    @Test
    void drawingIsCapped() {
        DrawnPoints d = new DrawnPoints(1);
        for (int i = 0; i < DrawnPoints.MAX_POINTS / 100 + 5; i++) {
            d.stamp(0, 0, 1, 100);
        }
        assertEquals(DrawnPoints.MAX_POINTS, d.size());
        assertEquals(0, d.stamp(0, 0, 1, 5));
        assertEquals(0, new DrawnPoints(1).stamp(Double.NaN, 0, 1, 5));
    }
}
