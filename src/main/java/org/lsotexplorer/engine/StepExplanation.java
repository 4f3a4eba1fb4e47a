package org.lsotexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lsotexplorer.math.PointClouds;

/**
 * What one lsot step did, phase by phase (GAN Lab's slow motion, for our method). For a discriminator step on a
 * batch of m noise points {@code z_i} and k codes {@code y_j} with values {@code D(y_j)} before and after the Adam
 * step:
 * <ol>
 *   <li>the c-transform: each {@code z_i} goes to {@code argmin_j c2(z_i,y_j) - D(y_j)}; codes that got fewer than
 *       their share m/k are under-full;</li>
 *   <li>the gradient of the semi-dual raises {@code D} on under-full codes and lowers it on over-full ones
 *       ({@code dL/dD(y_j) = count_j/m - 1/k});</li>
 *   <li>with the new values the c-transform re-assigns some noise points;</li>
 *   <li>where neighbouring cells belong to codes far apart, the map tears (the singular set).</li>
 * </ol>
 *
 * @param step the step explained (1-based)
 */
public record StepExplanation(int step, List<ExplainedPhase> phases) {
    public StepExplanation {
        phases = List.copyOf(phases);
    }

    /** The phases of a discriminator step; {@code before} and {@code after} are {@code D(y_j)} for the batch. */
    static StepExplanation discriminatorStep(int step, double[][] z, double[][] y, double[] before, double[] after,
                                             boolean plane) {
        int m = z.length;
        int k = y.length;
        int[] cellBefore = cells(z, y, before);
        int[] cellAfter = cells(z, y, after);
        int[] count = new int[k];
        for (int c : cellBefore) {
            count[c]++;
        }
        List<double[]> under = new ArrayList<>();
        List<double[]> over = new ArrayList<>();
        int empty = 0;
        for (int j = 0; j < k; j++) {
            double share = (double) count[j] / m;
            if (share < 1.0 / k) {
                under.add(y[j]);
            } else if (share > 1.0 / k) {
                over.add(y[j]);
            }
            empty += count[j] == 0 ? 1 : 0;
        }
        List<double[]> moved = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (cellBefore[i] != cellAfter[i]) {
                moved.add(z[i]);
            }
        }
        List<ExplainedPhase> phases = new ArrayList<>();
        phases.add(new ExplainedPhase("1. c-transform", String.format(Locale.ROOT,
                "Step %d drew %d noise points z_i and %d codes y_j. Each z_i goes to the code that minimises"
                        + " c(z_i, y_j) - D(y_j): its cell. %d of the %d codes got no noise point at all.",
                step, m, k, empty, k), PointClouds.toXy(z), "noise batch z_i", PointClouds.toXy(y),
                "code batch y_j", false));
        phases.add(new ExplainedPhase("2. discriminator step", String.format(Locale.ROOT,
                "The semi-dual's gradient is count_j/m - 1/k, so the step raised D on the %d codes whose cells got"
                        + " too little mass and lowered it on the %d over-full ones. A higher D(y_j) grows the cell of"
                        + " y_j. Only a minimisation: no generator, no min-max.", under.size(), over.size()),
                PointClouds.toXy(under.toArray(double[][]::new)), "D raised (too little mass)",
                PointClouds.toXy(over.toArray(double[][]::new)), "D lowered (too much mass)", false));
        phases.add(new ExplainedPhase("3. re-assignment", String.format(Locale.ROOT,
                "With the new values the c-transform sends %d of the %d noise points to another code (highlighted):"
                        + " the cells moved.", moved.size(), m),
                PointClouds.toXy(moved.toArray(double[][]::new)), "re-assigned z_i", null, "", false));
        if (plane) {
            phases.add(new ExplainedPhase("4. the map tears", "Where two neighbouring cells belong to codes of"
                    + " different modes, T jumps from one mode to the other: the singular set (red). Noise on either"
                    + " side goes to a different mode, which is how one continuous Gaussian covers eight separate"
                    + " modes.", null, "", null, "", true));
        }
        return new StepExplanation(step, phases);
    }

    /** A refinement step: heights moved by the cell mass errors. */
    static StepExplanation refinementStep(int step, String what, boolean plane) {
        List<ExplainedPhase> phases = new ArrayList<>();
        phases.add(new ExplainedPhase("1. refinement", "Step " + step + " refined the heights h_j of the explicit"
                + " semi-discrete problem: each cell's mass mu(W_j) is compared with its share 1/n and the heights move"
                + " to close the gap, so cells grow or shrink. " + what, null, "", null, "", false));
        if (plane) {
            phases.add(new ExplainedPhase("2. the map tears", "The refined map keeps its tears between modes: the"
                    + " singular set (red), now on exactly balanced cells.", null, "", null, "", true));
        }
        return new StepExplanation(step, phases);
    }

    private static int[] cells(double[][] z, double[][] y, double[] d) {
        int[] cell = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < y.length; j++) {
                double dot = 0;
                double sq = 0;
                for (int q = 0; q < y[j].length; q++) {
                    dot += z[i][q] * y[j][q];
                    sq += y[j][q] * y[j][q];
                }
                double score = dot + d[j] - 0.5 * sq;
                if (score > best) {
                    best = score;
                    cell[i] = j;
                }
            }
        }
        return cell;
    }
}
