package org.lsotexplorer.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.lsotexplorer.data.TargetDistribution;
import org.lsotexplorer.math.PointClouds;
import org.lsotexplorer.math.metrics.ModeMetrics;

/**
 * One training run of a solver on a problem, driven step by step by a single owner thread (the CLI's main thread
 * or the GUI's worker). Every random stream is split from the seed in a fixed order: codes, solver, evaluation,
 * display. The same settings therefore give the same numbers.
 */
public final class TransportRun {
    /** Fixed display / probe batch sizes. */
    public static final int DISPLAY_POINTS = 2000;
    public static final int PROBE_POINTS = 2000;

    private final RunSettings settings;
    private final TransportProblem problem;
    private final TransportSolver solver;
    private final MetricsEvaluator evaluator;
    private final MetricsEvaluator liveEvaluator;
    private final double[][] displaySource;
    private final double[][] probe;
    private final RunHistory history = new RunHistory();
    private final String codesChecksum;
    private final PlaneBounds bounds;
    private final float[] sourceXy;
    private final float[] targetXy;
    private final float[] probeXy;
    private StepResult last;
    private RunParent parent;

    private TransportRun(RunSettings settings, TargetDistribution target) {
        this.settings = settings;
        SplittableRandom master = new SplittableRandom(settings.seed());
        double[][] codes = target.sampleCodes(settings.codeCount(), new SplittableRandom(master.nextLong()));
        this.problem = new TransportProblem(settings.source(), target, codes);
        this.solver = SolverFactory.create(settings, problem, master.nextLong());
        this.evaluator = new MetricsEvaluator(problem, settings.metricSamples(), settings.mapMetricSamples(),
                master.nextLong());
        this.liveEvaluator = new MetricsEvaluator(problem, Math.min(1000, settings.metricSamples()),
                Math.min(400, settings.mapMetricSamples()), master.nextLong());
        SplittableRandom display = new SplittableRandom(master.nextLong());
        this.displaySource = settings.source().sample(DISPLAY_POINTS, problem.dimension(), display);
        this.probe = settings.source().sample(PROBE_POINTS, problem.dimension(), display);
        this.codesChecksum = Checksums.sha256(codes);
        this.bounds = PlaneBounds.around(codes);
        this.sourceXy = PointClouds.toXy(displaySource);
        this.targetXy = PointClouds.toXy(codes);
        this.probeXy = PointClouds.toXy(probe);
    }

    /** Builds the problem (draws the codes) and the solver. */
    public static TransportRun create(RunSettings settings, TargetDistribution target) {
        return new TransportRun(settings, target);
    }

    /**
     * A run rebuilt from a checkpoint with {@code settings} (the checkpoint's own, or changed ones for a branch):
     * the problem is drawn again from the seed, the solver's state is put back and the steps the checkpoint asks to
     * replay are taken (without logging: the history comes from the checkpoint).
     *
     * @throws IllegalArgumentException when the settings change the problem (target, solver, seed, codes, source)
     *                                  or the codes differ from the checkpoint's
     */
    static TransportRun restore(RunCheckpoint c, RunSettings settings, TargetDistribution target) {
        RunSettings was = c.settings();
        if (!was.target().equals(settings.target()) || was.solver() != settings.solver()
                || was.seed() != settings.seed()
                || was.codeCount() != settings.codeCount() || was.source() != settings.source()) {
            throw new IllegalArgumentException("a run restored from a checkpoint keeps its target, solver, seed, code"
                    + " count and source; only training settings may change");
        }
        TransportRun run = new TransportRun(settings, target);
        if (!run.codesChecksum.equals(c.codesChecksum())) {
            throw new IllegalArgumentException("the checkpoint's codes (sha256 " + c.codesChecksum() + ") differ from"
                    + " the codes drawn now (" + run.codesChecksum + "); the target data changed");
        }
        run.solver.restore(c.solver());
        for (int i = 0; i < c.solver().replaySteps() && !run.solver.isDone(); i++) {
            run.solver.step();
        }
        run.history.replaceWith(c.history());
        run.parent = c.parent();
        return run;
    }

    /** The evaluation noise of the map metrics, {@code z_i}, a copy (owner thread or any: it never changes). */
    public double[][] evaluationNoise() {
        return evaluator.mapNoise();
    }

    /** The settings now, with the solver's live changes (learning rate, angle threshold, blend width). */
    public RunSettings currentSettings() {
        if (solver instanceof LsotSolver l) {
            return settings.with(l.options(), settings.criticRays(), settings.exactSampleSize(), settings.sinkhorn());
        }
        if (solver instanceof CriticRaysSolver c) {
            return settings.with(settings.lsot(), c.options(), settings.exactSampleSize(), settings.sinkhorn());
        }
        return settings;
    }

    /** The run this one branched from, or null. */
    public RunParent parent() {
        return parent;
    }

    /** Names the run this one branched from (or null). */
    public void setParent(RunParent p) {
        parent = p;
    }

    /** One training step, logged into the history. */
    public StepResult step() {
        last = solver.step();
        history.add(last.step(), last.phase(), last.losses());
        return last;
    }

    /** Logs cheap mode metrics at the current step (no-op when the target has no modes). */
    public void logModeMetrics() {
        ModeMetrics mm = evaluator.modeMetrics(solver);
        if (mm == null) {
            return;
        }
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("modes_covered", (double) mm.modesCovered());
        v.put("high_quality_fraction", mm.highQualityFraction());
        v.put("mass_balance", mm.massBalance());
        history.add(solver.completedSteps(), solver.phase(), v);
    }

    public boolean isDone() {
        return solver.isDone();
    }

    /** All metrics of method.md section 4 on the run's fixed evaluation samples. */
    public RunMetrics evaluate() {
        RunMetrics m = RefinementMetrics.addTo(evaluator.evaluate(solver), solver, problem.source(),
                settings.seed());
        Map<String, Double> v = new LinkedHashMap<>();
        m.asJsonMap().forEach((k, x) -> {
            if (x instanceof Number num && !k.equals("seconds")) {
                v.put(k, num.doubleValue());
            }
        });
        history.add(solver.completedSteps(), "evaluation", v);
        return m;
    }

    /** Releases what the solver holds on other threads (a running exact solve). */
    public void release() {
        solver.release();
    }

    /**
     * The exact state now, with every layer that {@code o} asks for computed on this (the owning) thread: the
     * figures of a run folder. The raw discriminator is evaluated with the live network (fast, owner only).
     */
    public PlaneSnapshot snapshot(SnapshotOptions o) {
        return stateWith(solver.state(), solver.rawDiscriminator().orElse(null)).snapshot(o);
    }

    /** A cheap copy of the run now for the live view ({@link TransportSolver#liveState()}); thread-safe. */
    public RunState liveState() {
        return stateWith(solver.liveState(), solver.liveRawDiscriminator().orElse(null));
    }

    /** The exact state now ({@link TransportSolver#state()}); thread-safe. */
    public RunState exactState() {
        return stateWith(solver.state(), solver.liveRawDiscriminator().orElse(null));
    }

    private RunState stateWith(SolverState state, PotentialField raw) {
        return new RunState(solver.completedSteps(), solver.totalSteps(), solver.phase(), solver.kind(),
                problem.target().displayName(), bounds, problem.dimension(), displaySource, probe, sourceXy,
                targetXy, probeXy, state, raw, last == null ? Map.of() : last.losses(), liveEvaluator,
                solver.lastExplanation().orElse(null), solver.refinementTrace().orElse(null));
    }

    public RunSettings settings() {
        return settings;
    }

    public TransportProblem problem() {
        return problem;
    }

    public TransportSolver solver() {
        return solver;
    }

    public RunHistory history() {
        return history;
    }

    /** SHA-256 of the codes (float64 little-endian), recorded in the manifest as the data checksum. */
    public String codesChecksum() {
        return codesChecksum;
    }
}
