package org.lsotexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.lsotexplorer.engine.SolverKind;
import org.junit.jupiter.api.Test;

/** {@code bench soak}'s schedule and argument checks (the soak itself is measured, not unit-tested). */
class SoakBenchTest {
    @Test
    void everyThirdResetSwitchesToTheNextOtherSolverAndTheNextBackToLsot() {
        List<SolverKind> k = new ArrayList<>();
        for (int reset = 1; reset <= 10; reset++) {
            k.add(SoakBench.solverOfReset(reset));
        }
        assertEquals(List.of(SolverKind.LSOT, SolverKind.LSOT, SolverKind.CRITIC_RAYS, SolverKind.LSOT,
                SolverKind.LSOT, SolverKind.SINKHORN, SolverKind.LSOT, SolverKind.LSOT, SolverKind.EXACT,
                SolverKind.LSOT), k);
    }

    @Test
    void badMinutesOrIntervalAreOneLineErrors() {
        CliOutcome o = CliOutcome.run("bench", "soak", "--minutes", "0");
        assertEquals(Cli.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("--minutes must be in (0, 1440]"), o.err());
        o = CliOutcome.run("bench", "soak", "--reset-every", "0.5");
        assertEquals(Cli.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("--reset-every must be at least 1 second"), o.err());
        o = CliOutcome.run("bench", "soak", "--image", "mnist");
        assertEquals(Cli.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("needs --data DIR"), o.err());
    }
}
