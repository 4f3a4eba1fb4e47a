package org.lsotexplorer.cli;

import java.util.Locale;
import org.lsotexplorer.math.ot.ExactTransportSolver;

/**
 * What {@code ot} refuses before it starts: a problem whose dense arrays do not fit in the heap, or an exact
 * problem far beyond any reasonable wait.
 *
 * <p><b>Memory.</b> Both solvers build the dense {@code m x n} cost matrix (8 bytes an entry). The exact solvers
 * need about 1.5 times that (a scaled copy and the warm start's sub-problem), Sinkhorn about 5.5 times (the cost;
 * its truncated kernel, 12 bytes a kept entry, all of them at a large epsilon, plus the copy made while it is
 * rebuilt; the plan and the plan's row copy). One Java array holds at most 2^31 - 9 entries.
 *
 * <p><b>Time.</b> A rough model of the network simplex fitted on this project's 2-core build machine (CPU time,
 * 2-D clouds, uniform or clustered, cost matrix included): about {@code 0.8 s * (m n / 16e6)^1.15} (4,000 x 4,000
 * clustered took 0.75 s), and for very unequal sizes, where each pivot updates a large subtree, at least
 * {@code 17 s * (max(m, n) / 50,000)^2} (50,000 x 50 took 17.1 s and 100,000 x 50 70.3 s with the simplex). Very
 * unequal uniform clouds that go to successive shortest paths on the small side
 * ({@link ExactTransportSolver#solvesByShortestPaths}) take about {@code 3.5 s * (max / 100,000)^1.15 *
 * (min / 50)^2} (100,000 x 50 took 3.5 s, 200,000 x 50 8.0 s, 400,000 x 50 18.1 s) and about 3.5 times the cost
 * matrix's memory (its move heaps, and a transposed copy when the small side is the source). Problems predicted
 * beyond {@link #MAX_EXACT_SECONDS} are refused with advice. The model is an order of magnitude, not a promise.
 */
final class OtLimits {
    /** Exact problems predicted to take longer are refused. */
    static final double MAX_EXACT_SECONDS = 3600;
    private static final long MAX_ENTRIES = Integer.MAX_VALUE - 8L;

    private OtLimits() {
    }

    /** Predicted seconds of the exact solver on an {@code m x n} problem (see the class comment). */
    static double exactSeconds(int m, int n) {
        if (ExactTransportSolver.solvesByShortestPaths(m, n)) {
            return 3.5 * Math.pow(Math.max(m, n) / 100_000.0, 1.15) * Math.pow(Math.min(m, n) / 50.0, 2);
        }
        double balanced = 0.8 * Math.pow((double) m * n / 16e6, 1.15);
        double unequal = 17.1 * Math.pow(Math.max(m, n) / 50_000.0, 2);
        return Math.max(balanced, unequal);
    }

    /**
     * Throws {@link IllegalArgumentException} with a message that says what to do when the problem is out of reach.
     *
     * @param freeHeapBytes heap available now (after a collection), {@code Long.MAX_VALUE} when unbounded
     */
    static void check(String what, int m, int n, boolean exact, double freeHeapBytes) {
        long entries = (long) m * n;
        String size = String.format(Locale.ROOT, "%,d x %,d points", m, n);
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s with %s needs a dense cost matrix of"
                    + " %,d entries, more than one Java array holds (2^31); subsample the clouds (at most about"
                    + " 46,000 x 46,000)", what, size, entries));
        }
        double factor = !exact ? 5.5 : ExactTransportSolver.solvesByShortestPaths(m, n) ? 3.5 : 1.5;
        double needed = entries * 8.0 * factor;
        if (needed > freeHeapBytes) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s with %s needs about %s of heap for the"
                    + " dense cost matrix and the solver, but only %s are free; subsample the clouds or start Java"
                    + " with a larger heap (java -Xmx%dg -jar ...)", what, size, gigabytes(needed),
                    gigabytes(freeHeapBytes), (long) Math.ceil(needed * 1.3 / (1L << 30)) + 1));
        }
        double seconds = exact ? exactSeconds(m, n) : 0;
        if (seconds > MAX_EXACT_SECONDS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: the exact solver on %s would take"
                    + " about %s here (longer than the %d-minute limit); use --solver sinkhorn, or subsample the"
                    + " clouds (%s)", what, size, duration(seconds), (int) (MAX_EXACT_SECONDS / 60),
                    "m x n = 10^8 takes about 10 s"));
        }
    }

    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f minutes", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.0f hours", seconds / 3600);
    }

    private static String gigabytes(double bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1L << 30));
    }
}
