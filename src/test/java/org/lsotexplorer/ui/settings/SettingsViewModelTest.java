package org.lsotexplorer.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;

/** Settings are validated by the engine's records; live ones reach the adjuster, others wait for Reset. */
class SettingsViewModelTest {
    private final SettingsViewModel vm = new SettingsViewModel(RunSettings.defaults("eight-gaussians",
            SolverKind.LSOT, 1));

    private Setting named(String key) {
        return vm.settings().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void everySolverShowsItsSettings() {
        Set<String> lsot = keys(SolverKind.LSOT);
        assertTrue(lsot.containsAll(Set.of("run.seed", "run.codes", "lsot.learningRate", "lsot.batch",
                "lsot.widths", "lsot.refinement", "lsot.blendWidth", "lsot.angleThreshold")), lsot.toString());
        assertTrue(keys(SolverKind.CRITIC_RAYS).contains("criticRays.lambda"));
        assertTrue(keys(SolverKind.SINKHORN).contains("sinkhorn.epsilon"));
        assertTrue(keys(SolverKind.EXACT).contains("exact.sampleSize"));
        for (SolverKind k : SolverKind.values()) {
            for (Setting s : SettingCatalog.forSolver(k)) {
                assertTrue(s.tooltip().contains("Range:"), s.key());
                assertTrue(s.tooltip().contains(s.live() ? "no reset" : "Reset"), s.key());
            }
        }
    }

    private static Set<String> keys(SolverKind k) {
        return SettingCatalog.forSolver(k).stream().map(Setting::key).collect(Collectors.toSet());
    }

    @Test
    void liveSettingsGoToTheWorkerWithoutReset() {
        List<String> sent = new ArrayList<>();
        vm.setLiveAdjuster((k, v) -> sent.add(k + "=" + v));
        assertTrue(vm.apply(named("lsot.learningRate"), "0.002"));
        assertTrue(vm.apply(named("lsot.angleThreshold"), "0.9"));
        assertTrue(vm.apply(named("lsot.blendWidth"), "0.05"));
        assertEquals(List.of("learning_rate=0.002", "angle_threshold=0.9", "blend_width=0.05"), sent);
        assertFalse(vm.resetNeededProperty().get());
        assertEquals(0.002, vm.draftProperty().get().lsot().learningRate());
    }

    @Test
    void otherSettingsWaitForReset() {
        assertTrue(vm.apply(named("lsot.widths"), "64, 64"));
        assertTrue(vm.apply(named("lsot.batch"), "128"));
        assertTrue(vm.apply(named("run.codes"), "1,024"));
        assertTrue(vm.apply(named("run.source"), "uniform"));
        assertTrue(vm.resetNeededProperty().get());
        RunSettings s = vm.settingsFor("two-moons");
        assertEquals("two-moons", s.target());
        assertEquals(128, s.lsot().batchSize());
        assertEquals(1024, s.codeCount());
        assertEquals(List.of(64, 64), java.util.Arrays.stream(s.lsot().hiddenWidths()).boxed().toList());
        vm.applied();
        assertFalse(vm.resetNeededProperty().get());
    }

    @Test
    void badValuesKeepTheOldValueAndSayWhy() {
        Setting lr = named("lsot.learningRate");
        assertFalse(vm.apply(lr, "5"));
        assertTrue(vm.errorProperty().get().contains("learning rate must be in"), vm.errorProperty().get());
        assertEquals("0.0001", vm.valueOf(lr));
        assertFalse(vm.apply(lr, "fast"));
        assertTrue(vm.errorProperty().get().contains("not a number"));
        assertFalse(vm.apply(named("lsot.widths"), "512, 0"));
        assertTrue(vm.errorProperty().get().contains("hidden width"), vm.errorProperty().get());
        assertFalse(vm.apply(named("lsot.angleThreshold"), "4"));
        assertFalse(vm.apply(named("run.codes"), "1"));
        assertFalse(vm.resetNeededProperty().get(), "rejected edits change nothing");
        assertTrue(vm.apply(lr, "0.0001"));
        assertEquals("", vm.errorProperty().get(), "an accepted edit clears the message");
    }

    @Test
    void switchingSolverSwapsTheSheet() {
        vm.selectSolver(SolverKind.SINKHORN);
        assertEquals(SolverKind.SINKHORN, vm.draftProperty().get().solver());
        assertTrue(vm.settings().stream().anyMatch(s -> s.key().equals("sinkhorn.epsilon")));
        assertTrue(vm.apply(named("sinkhorn.epsilon"), "0.2"));
        assertEquals(0.2, vm.draftProperty().get().sinkhorn().epsilon());
        assertFalse(vm.apply(named("sinkhorn.epsilon"), "0"));
    }

    @Test
    void numbersPrintShort() {
        assertEquals("0.0001", Parse.number(1e-4));
        assertEquals("0.02", Parse.number(0.02));
        assertEquals("10", Parse.number(10));
        assertEquals("512, 512", Parse.widths(new int[] {512, 512}));
    }
}
