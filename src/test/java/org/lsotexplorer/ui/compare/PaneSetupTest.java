package org.lsotexplorer.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;

/** The panes' settings without JavaFX: same data and seed everywhere, one solver setting edited per pane. */
class PaneSetupTest {
    private final RunSettings base = RunSettings.defaults("two-moons", SolverKind.LSOT, 42).withCodeCount(512);

    @Test
    void panesShareDataAndSeedAndStartWithFourSolvers() {
        List<PaneSetup> four = PaneSetup.defaults(base, 4);
        assertEquals(List.of(SolverKind.LSOT, SolverKind.CRITIC_RAYS, SolverKind.SINKHORN, SolverKind.EXACT),
                four.stream().map(PaneSetup::solver).toList());
        for (PaneSetup p : four) {
            assertEquals("two-moons", p.settings().target());
            assertEquals(42, p.settings().seed());
            assertEquals(512, p.settings().codeCount());
            assertTrue(PaneSetup.choices(p.solver()).stream().noneMatch(s -> s.key().startsWith("run.")),
                    "data, seed and codes are the view's, not a pane's");
        }
        assertEquals("sinkhorn.epsilon", four.get(2).key().key());
        assertThrows(IllegalArgumentException.class, () -> PaneSetup.defaults(base, 5));
    }

    @Test
    void theKeySettingWritesThroughTheCatalogueAndABadValueSaysItsRange() {
        PaneSetup sinkhorn = PaneSetup.of(base, SolverKind.SINKHORN).withValue("0.2");
        assertEquals(0.2, sinkhorn.settings().sinkhorn().epsilon(), 0);
        assertEquals("0.2", sinkhorn.value());
        assertTrue(sinkhorn.title().startsWith("Entropic OT"), sinkhorn.title());
        assertTrue(sinkhorn.title().endsWith("= 0.2"), sinkhorn.title());
        PaneSetup lsot = PaneSetup.of(base, SolverKind.LSOT).withValue("300");
        assertEquals(300, lsot.settings().lsot().discriminatorSteps());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lsot.withValue("-3"));
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("steps"), e.getMessage());
        PaneSetup critic = lsot.withSolver(SolverKind.CRITIC_RAYS);
        assertEquals(SolverKind.CRITIC_RAYS, critic.settings().solver());
        assertEquals(300, critic.settings().lsot().discriminatorSteps(), "each solver keeps its own options");
        assertEquals("criticRays.steps", critic.key().key());
    }
}
