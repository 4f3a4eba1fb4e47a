package org.lsotexplorer.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of method.md section 4 for one evaluation. Mode metrics are {@code null} for targets without known
 * modes; the refinement metrics are {@code null} for solvers without a Brenier potential ({@code semiDiscreteCost}
 * also above two dimensions). {@link #asJsonMap()} gives exactly the keys of {@code metrics.json}.
 *
 * @param cellMassErrorMax {@code max_j |mu(W_j) - nu_j| / nu_j}: exact in 2-D, a Monte-Carlo estimate above
 * @param refineIterations Newton iterations or Adam steps of the refinement
 * @param refineSeconds wall time of the refinement steps
 * @param semiDiscreteCost {@code sum_j int_{W_j} |z - y_j|^2/2 d mu}, the exact cost of the map (2-D only)
 */
public record RunMetrics(Integer modesCovered, Double highQualityFraction, Double massBalance, double w2ToTarget,
                         double mapOptimality, double l2Uvp, double cosine, double seconds, Double cellMassErrorMax,
                         Integer refineIterations, Double refineSeconds, Double semiDiscreteCost) {

    public RunMetrics(Integer modesCovered, Double highQualityFraction, Double massBalance, double w2ToTarget,
                      double mapOptimality, double l2Uvp, double cosine, double seconds) {
        this(modesCovered, highQualityFraction, massBalance, w2ToTarget, mapOptimality, l2Uvp, cosine, seconds, null,
                null, null, null);
    }

    /** The same metrics with the refinement's figures. */
    public RunMetrics withRefinement(Double cellError, Integer iterations, Double refineSecs, Double cost) {
        return new RunMetrics(modesCovered, highQualityFraction, massBalance, w2ToTarget, mapOptimality, l2Uvp,
                cosine, seconds, cellError, iterations, refineSecs, cost);
    }

    /** Keys in the documented order: modes_covered, high_quality_fraction, mass_balance, w2_to_target,
     * map_optimality, l2_uvp, cosine, seconds, then (when present) cell_mass_error_max, refine_iterations,
     * refine_seconds, semi_discrete_cost; values as computed (NaN stays NaN), for views and histories. */
    public Map<String, Object> asJsonMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modes_covered", modesCovered);
        m.put("high_quality_fraction", highQualityFraction);
        m.put("mass_balance", massBalance);
        m.put("w2_to_target", w2ToTarget);
        m.put("map_optimality", mapOptimality);
        m.put("l2_uvp", l2Uvp);
        m.put("cosine", cosine);
        m.put("seconds", seconds);
        if (cellMassErrorMax != null) {
            m.put("cell_mass_error_max", cellMassErrorMax);
            m.put("refine_iterations", refineIterations);
            m.put("refine_seconds", refineSeconds);
        }
        if (semiDiscreteCost != null) {
            m.put("semi_discrete_cost", semiDiscreteCost);
        }
        return m;
    }

    /**
     * The content of {@code metrics.json}: the keys of {@link #asJsonMap()}, where a NaN or infinite value is
     * {@code null} with a {@code <key>_note} after it that says why ({@link JsonNumbers}).
     */
    public Map<String, Object> asJsonFileMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modes_covered", modesCovered);
        JsonNumbers.put(m, "high_quality_fraction", highQualityFraction, "undefined: no samples were evaluated");
        JsonNumbers.put(m, "mass_balance", massBalance, "undefined: no samples were evaluated");
        JsonNumbers.put(m, "w2_to_target", w2ToTarget, "not computed: the exact OT cost was not finite");
        JsonNumbers.put(m, "map_optimality", mapOptimality, "undefined: the exact OT cost between z and T(z) is 0"
                + " or not finite");
        JsonNumbers.put(m, "l2_uvp", l2Uvp, "undefined: the target has zero variance (a single point or identical"
                + " points), and L2-UVP divides by Var(target)");
        JsonNumbers.put(m, "cosine", cosine, "undefined: the displacements T(z) - z or T_exact(z) - z are zero");
        JsonNumbers.put(m, "seconds", seconds, "not measured");
        if (cellMassErrorMax != null) {
            JsonNumbers.put(m, "cell_mass_error_max", cellMassErrorMax, "not computed: a cell mass was not finite");
            m.put("refine_iterations", refineIterations);
            JsonNumbers.put(m, "refine_seconds", refineSeconds, "not measured");
        }
        if (semiDiscreteCost != null) {
            JsonNumbers.put(m, "semi_discrete_cost", semiDiscreteCost, "not computed: the cost was not finite");
        }
        return m;
    }

    /** The same run with its wall time set. */
    public RunMetrics withSeconds(double s) {
        return new RunMetrics(modesCovered, highQualityFraction, massBalance, w2ToTarget, mapOptimality, l2Uvp,
                cosine, s, cellMassErrorMax, refineIterations, refineSeconds, semiDiscreteCost);
    }

    /** One-line definitions, for tooltips and exported files. */
    public static Map<String, String> definitions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("modes_covered", "modes that are the nearest mode of at least one high-quality sample (of 2,500 T(z))");
        d.put("high_quality_fraction", "share of samples T(z) within 3 std of their nearest mode");
        d.put("mass_balance", "largest |share_k - 1/K| over modes, share_k = fraction of samples nearest mode k");
        d.put("w2_to_target", "exact OT cost under c2 = |z-y|^2/2 between 2,000 T(z) and 2,000 fresh target samples");
        d.put("map_optimality", "mean c2(z, T(z)) / exact OT cost between z and T(z); >= 1, 1 is optimal");
        d.put("l2_uvp", "100 * mean |T(z) - T_exact(z)|^2 / Var(target), T_exact the exact assignment");
        d.put("cosine", "mean cosine between T(z) - z and T_exact(z) - z");
        d.put("seconds", "wall time of training and evaluation");
        d.put("cell_mass_error_max", "lsot: max_j |mu(W_j) - nu_j| / nu_j over the Laguerre cells of the final heights;"
                + " exact in 2-D, a Monte-Carlo estimate above (see cell_mass_error_method in the manifest)");
        d.put("refine_iterations", "lsot: refinement iterations done (Newton iterations or Adam steps)");
        d.put("refine_seconds", "lsot: wall time of the refinement");
        d.put("semi_discrete_cost", "lsot, 2-D: exact transport cost of the map, sum_j int_{W_j} |z-y_j|^2/2 d mu");
        return d;
    }
}
