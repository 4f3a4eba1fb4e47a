package org.lsotexplorer.ui.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lsotexplorer.engine.RunMetrics;

/** Metric rows, their definitions and their history, without the toolkit. */
class MetricsViewModelTest {
    @Test
    void rowsCarryDefinitionsAndFormattedValues() {
        MetricsViewModel vm = new MetricsViewModel();
        vm.clear(8);
        assertEquals(7, vm.rows().size());
        for (MetricRow r : vm.rows()) {
            assertTrue(r.definition() != null && !r.definition().isBlank(), r.key());
            assertEquals("\u2014", r.valueProperty().get());
        }
        vm.update(new RunMetrics(7, 0.9912, 0.0318, 0.1275, 1.00003, 7.66, 0.893, 3), 120);
        assertEquals("7 of 8", value(vm, "modes_covered"));
        assertEquals("99.1 %", value(vm, "high_quality_fraction"));
        assertEquals("0.1275", value(vm, "w2_to_target"));
        assertEquals("0.893", value(vm, "cosine"));
        assertEquals(1, vm.history().size());
        assertEquals(120, vm.history().get(0).step());
        assertEquals(0.1275, vm.history().get(0).values().get("w2_to_target"));
    }

    @Test
    void targetsWithoutModesSaySo() {
        MetricsViewModel vm = new MetricsViewModel();
        vm.clear(0);
        vm.update(new RunMetrics(null, null, null, 0.2, 1.1, Double.NaN, 0.5, 1), 3);
        assertEquals("no known modes", value(vm, "modes_covered"));
        assertEquals("\u2014", value(vm, "mass_balance"));
        assertEquals("n/a", value(vm, "l2_uvp"));
        vm.clear(0);
        assertEquals(0, vm.history().size(), "a new run starts a new history");
    }

    private static String value(MetricsViewModel vm, String key) {
        return vm.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().valueProperty().get();
    }
}
