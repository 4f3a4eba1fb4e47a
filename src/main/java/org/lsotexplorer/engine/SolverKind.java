package org.lsotexplorer.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The transport solvers of method.md section 3, with their command-line ids and display labels. */
public enum SolverKind {
    LSOT("lsot", "LSOT (Liu et al. 2018)"),
    CRITIC_RAYS("critic-rays", "Critic rays (W1 critic + exact ray lengths)"),
    EXACT("exact", "Exact discrete OT (assignment)"),
    SINKHORN("sinkhorn", "Entropic OT (epsilon-scaled Sinkhorn)");

    private final String id;
    private final String label;

    SolverKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Looks a solver up by id; the error lists the valid ids. */
    public static SolverKind parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (SolverKind k : values()) {
            if (k.id.equals(n)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown solver '" + name + "' (expected one of " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(SolverKind::id).collect(Collectors.joining(", "));
    }
}
