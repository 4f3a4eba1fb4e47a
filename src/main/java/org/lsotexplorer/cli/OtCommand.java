package org.lsotexplorer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lsotexplorer.data.PointCsv;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.PointClouds;
import org.lsotexplorer.math.ot.ExactTransportSolver;
import org.lsotexplorer.math.ot.ScaledSinkhorn;
import org.lsotexplorer.math.ot.SinkhornResult;
import org.lsotexplorer.math.ot.TransportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ot}: optimal transport between two CSV point clouds; prints one JSON line. */
@Command(name = "ot", mixinStandardHelpOptions = true,
        description = {"Optimal transport between two CSV point clouds (uniform weights).",
            "Prints one JSON line {\"n\":..,\"m\":..,\"cost\":..,\"seconds\":..}: n source points, m target points,",
            "cost = sum of plan mass times ground cost (sqeuclidean: |x-y|^2 as in POT's ot.dist and SciPy,",
            "half-sqeuclidean: |x-y|^2/2, euclidean: |x-y|)."})
final class OtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "A.csv", description = "source points, one per line")
    Path source;

    @Option(names = "--target", required = true, paramLabel = "B.csv", description = "target points, one per line")
    Path target;

    @Option(names = "--cost", defaultValue = "sqeuclidean", paramLabel = "sqeuclidean|half-sqeuclidean|euclidean",
            description = "ground cost (default: ${DEFAULT-VALUE})")
    String cost;

    @Option(names = "--solver", defaultValue = "exact", paramLabel = "exact|sinkhorn",
            description = "exact (network simplex) or entropic Sinkhorn with epsilon scaling (default: ${DEFAULT-VALUE})")
    String solver;

    @Option(names = "--epsilon", defaultValue = "0.05",
            description = "Sinkhorn regularisation, in units of the chosen cost, as POT's reg (default: ${DEFAULT-VALUE})")
    double epsilon;

    @Option(names = "--tolerance", defaultValue = "1e-9",
            description = "Sinkhorn: stop when the L1 error of the target marginal is at most this (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--max-iterations", defaultValue = "100000",
            description = "Sinkhorn: iteration budget over all epsilon stages (default: ${DEFAULT-VALUE})")
    int maxIterations;

    @Option(names = "--plan", paramLabel = "OUT.csv", description = "write the plan as i,j,mass rows")
    Path plan;

    @Option(names = "--quiet", description = "no notes or progress lines on stderr")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Cost c = Cost.parse(cost);
        String s = solver.trim().toLowerCase(Locale.ROOT);
        if (!s.equals("exact") && !s.equals("sinkhorn")) {
            throw new IllegalArgumentException("unknown solver '" + solver + "' (expected exact or sinkhorn)");
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("--epsilon must be a positive finite number, got " + epsilon);
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance) || maxIterations < 1) {
            throw new IllegalArgumentException("--tolerance must be a positive finite number and --max-iterations at"
                    + " least 1, got " + tolerance + " and " + maxIterations);
        }
        if (plan != null) {
            OutputPaths.requireWritableFile(plan, "--plan");
        }
        PrintWriter err = spec.commandLine().getErr();
        PointCsv.Table ta = PointCsv.load(source);
        PointCsv.Table tb = PointCsv.load(target);
        note(err, ta.describe());
        note(err, tb.describe());
        double[][] a = ta.points();
        double[][] b = tb.points();
        if (a[0].length != b[0].length) {
            throw new IllegalArgumentException(source.getFileName() + " has dimension " + a[0].length + " but "
                    + target.getFileName() + " has " + b[0].length + " (" + ta.separator().label() + " / "
                    + tb.separator().label() + " separated); both clouds need the same number of values per line");
        }
        PointClouds.requireValid(a, source.getFileName().toString());
        boolean exact = s.equals("exact");
        OtLimits.check("ot", a.length, b.length, exact, freeHeapAfterCollection());
        long t0 = System.nanoTime();
        double total;
        String extra = "";
        String what = String.format(Locale.ROOT, "ot: %s solver on %,d x %,d points", s, a.length, b.length);
        try (Heartbeat h = quiet ? null : new Heartbeat(err, what, exact ? OtLimits.exactSeconds(a.length, b.length)
                : Double.NaN)) {
            if (exact) {
                TransportPlan p = ExactTransportSolver.solve(a, b, c);
                total = p.totalCost();
                if (plan != null) {
                    writePlan(p);
                }
            } else {
                ScaledSinkhorn sinkhorn = new ScaledSinkhorn(a, b, c, epsilon, tolerance, maxIterations);
                while (!sinkhorn.iterate()) {
                    // one iteration per call; the heartbeat reports the elapsed time
                }
                SinkhornResult r = sinkhorn.result();
                total = r.transportCost();
                extra = String.format(Locale.ROOT, ",\"iterations\":%d,\"marginal_error\":%.3g,\"converged\":%b",
                        r.iterations(), r.marginalError(), r.converged());
                if (plan != null) {
                    writeDensePlan(r.plan());
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "{\"n\":%d,\"m\":%d,\"cost\":%.15g,\"seconds\":%.4f%s}", a.length, b.length, total, seconds, extra));
        return 0;
    }

    private void note(PrintWriter err, String line) {
        if (!quiet) {
            err.println(line);
        }
    }

    static double freeHeapAfterCollection() {
        Runtime rt = Runtime.getRuntime();
        if (rt.maxMemory() == Long.MAX_VALUE) {
            return Double.POSITIVE_INFINITY;
        }
        System.gc();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    private void writePlan(TransportPlan p) throws IOException {
        try (BufferedWriter out = OutputPaths.newWriter(plan, "--plan")) {
            out.write("i,j,mass");
            out.newLine();
            for (TransportPlan.Entry e : p.support()) {
                out.write(e.source() + "," + e.target() + "," + e.mass());
                out.newLine();
            }
        }
    }

    private void writeDensePlan(double[][] p) throws IOException {
        try (BufferedWriter out = OutputPaths.newWriter(plan, "--plan")) {
            out.write("i,j,mass");
            out.newLine();
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < p[i].length; j++) {
                    if (p[i][j] > 1e-15) {
                        out.write(i + "," + j + "," + p[i][j]);
                        out.newLine();
                    }
                }
            }
        }
    }
}
