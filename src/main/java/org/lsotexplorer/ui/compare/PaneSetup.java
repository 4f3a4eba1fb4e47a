package org.lsotexplorer.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;
import org.lsotexplorer.live.PlaneFigureFactory;
import org.lsotexplorer.ui.settings.Setting;
import org.lsotexplorer.ui.settings.SettingCatalog;

/**
 * What one compare pane trains: the shared run settings (data, seed, codes, source) with the pane's solver and its
 * own solver options. The pane's chooser edits one solver setting at a time (the "key setting": steps for the
 * networks, epsilon for Sinkhorn, the sample size for exact OT by default); writing goes through the settings
 * catalogue, so a bad value throws {@link IllegalArgumentException} naming the setting and its range.
 *
 * @param settings the pane's full run settings
 * @param key the setting the chooser shows (one of {@link #choices(SolverKind)})
 */
public record PaneSetup(RunSettings settings, Setting key) {
    /** The solvers of panes 1..4 when the view opens. */
    static final SolverKind[] DEFAULT_SOLVERS = {SolverKind.LSOT, SolverKind.CRITIC_RAYS, SolverKind.SINKHORN,
        SolverKind.EXACT};

    /** Panes 1..{@code count} on {@code base}'s data and seed, with the solvers of {@link #DEFAULT_SOLVERS}. */
    public static List<PaneSetup> defaults(RunSettings base, int count) {
        if (count < 2 || count > 4) {
            throw new IllegalArgumentException("the compare view shows 2 to 4 panes, got " + count);
        }
        List<PaneSetup> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(of(base, DEFAULT_SOLVERS[i]));
        }
        return out;
    }

    /** {@code base} with another solver, showing that solver's key setting. */
    public static PaneSetup of(RunSettings base, SolverKind solver) {
        RunSettings s = SettingCatalog.withSolver(base, solver);
        return new PaneSetup(s, defaultKey(solver));
    }

    /** The solver's own settings (not the shared data, seed, codes and source). */
    public static List<Setting> choices(SolverKind solver) {
        return SettingCatalog.forSolver(solver).stream().filter(s -> !s.key().startsWith("run.")).toList();
    }

    /** The setting a pane shows first: steps (lsot, critic rays), epsilon (sinkhorn), sample size (exact). */
    public static Setting defaultKey(SolverKind solver) {
        String key = switch (solver) {
            case LSOT -> "lsot.steps";
            case CRITIC_RAYS -> "criticRays.steps";
            case SINKHORN -> "sinkhorn.epsilon";
            case EXACT -> "exact.sampleSize";
        };
        return choices(solver).stream().filter(s -> s.key().equals(key)).findFirst().orElse(choices(solver).get(0));
    }

    /** The same pane with another solver (its options kept from the current settings), showing its key setting. */
    public PaneSetup withSolver(SolverKind solver) {
        return of(settings, solver);
    }

    /** The same pane showing another setting. */
    public PaneSetup withKey(Setting s) {
        return new PaneSetup(settings, s);
    }

    /** The same pane with the key setting's value set from text; throws with a readable message when invalid. */
    public PaneSetup withValue(String text) {
        return new PaneSetup(key.writer().apply(settings, text.trim()), key);
    }

    public SolverKind solver() {
        return settings.solver();
    }

    /** The key setting's value as text. */
    public String value() {
        return key.reader().apply(settings);
    }

    /** "Entropic OT (epsilon-scaled Sinkhorn) · Epsilon ε = 0.05": the pane's heading, also in the exported PNG. */
    public String title() {
        return String.format(Locale.ROOT, "%s \u00b7 %s = %s", PlaneFigureFactory.shortLabel(solver()), key.name(),
                value());
    }
}
