package org.lsotexplorer.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lsotexplorer.math.SplitMix;
import org.lsotexplorer.math.ot.BrenierPotential;
import org.lsotexplorer.math.ot.LaguerreDiagram;
import org.lsotexplorer.math.ot.NewtonIteration;
import org.lsotexplorer.math.ot.SemiDiscreteNewton;
import org.lsotexplorer.math.ot.SemiDiscreteRefinement;
import org.lsotexplorer.model.Activation;
import org.lsotexplorer.model.Adam;
import org.lsotexplorer.model.Mlp;
import org.lsotexplorer.model.MlpSnapshot;
import org.lsotexplorer.model.MlpGradients;
import org.lsotexplorer.model.MlpOptions;
import org.lsotexplorer.model.NativeMemory;
import org.lsotexplorer.model.SemiDualLoss;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The paper's method, "LSOT (Liu et al. 2018)" (method.md 3.1):
 * <ol>
 *   <li>phase {@code discriminator}: minimise the negative semi-dual
 *       {@code L(D) = -[mean_j D(y_j) + mean_i min_j (c2(z_i,y_j) - D(y_j))]} with Adam (no generator, no min-max);</li>
 *   <li>phase {@code refinement}: heights {@code h_j = D(y_j) - |y_j|^2/2} refined by semi-discrete OT: in the
 *       plane by damped Newton on exact Laguerre cells (one Newton iteration per {@link #step()}), above it (or with
 *       {@link RefineMethod#ADAM}) by Monte-Carlo Adam steps;</li>
 *   <li>map {@code T(z) = y_{argmax_j <z,y_j> + h_j}}, with new codes blended across non-singular facets.</li>
 * </ol>
 * The potential shown is {@code phi(z) = min_j (c2(z,y_j) - g_j)}; the raw network D is offered as a second layer.
 * The refinement's convergence points ({@link #newtonHistory()}, {@link #adamResidualHistory()}) are kept for
 * charts. Owner-thread only, like every {@link TransportSolver}.
 */
public final class LsotSolver implements TransportSolver {
    private final TransportProblem problem;
    private LsotOptions options;
    private SplitMix rng;
    private CodeBatches batches;
    private long[] rngAtRefineStart;   // the generator when the refinement began (checkpoints replay from there)
    private final Mlp discriminator;
    private final Adam adam;
    private final SemiDualLoss semiDual = new SemiDualLoss();
    private final MlpGradients gradients;
    private final RefineMethod refineMethod;
    private SemiDiscreteRefinement refinement;
    private SemiDiscreteNewton newton;
    private final List<Double> adamResiduals = new ArrayList<>();
    private final List<Double> adamSeconds = new ArrayList<>();
    private long refineNanos;
    private BrenierPotential potential;
    private int potentialStep = -1;
    private int step;
    private boolean explainNext;
    private StepExplanation explanation;
    private double[] liveValues;       // latest D(y_j) per code, from the training batches
    private BrenierPotential base;     // the codes with zero duals (shares the kd-tree)
    private NetworkPotential frozenRaw;
    private int frozenRawStep;
    private static final int RAW_COPY_STEPS = 16;
    private static final String RAW_LABEL = "raw discriminator D(z)";
    private static final String RAW_CAVEAT = "D is trained only at the codes; away from them it is an extrapolation";

    public LsotSolver(TransportProblem problem, LsotOptions options, long seed) {
        this.problem = problem;
        this.options = options;
        this.rng = new SplitMix(seed);
        this.batches = new CodeBatches(problem.codeCount(), problem.weights(), rng.split());
        this.discriminator = new Mlp(new MlpOptions(problem.dimension(), options.hiddenWidths(), Activation.RELU, 1,
                Activation.IDENTITY, DataType.FLOAT), rng.nextLong());
        this.gradients = new MlpGradients(discriminator.options());
        this.adam = new Adam(options.learningRate(), options.beta1(), options.beta2(), Adam.DEFAULT_EPSILON);
        this.refineMethod = options.refineMethod().resolve(problem.dimension());
        if (problem.weights() != null && refineMethod == RefineMethod.ADAM) {
            throw new IllegalArgumentException("a weighted target is refined exactly only: use --refine-method"
                    + " newton (the Monte-Carlo Adam refinement assumes equal weights)");
        }
    }

    @Override
    public SolverKind kind() {
        return SolverKind.LSOT;
    }

    @Override
    public int totalSteps() {
        return Math.max(1, options.discriminatorSteps() + options.refineIterations(problem.dimension()));
    }

    @Override
    public int completedSteps() {
        return step;
    }

    @Override
    public boolean isDone() {
        return step >= totalSteps() || refinement != null && refinement.isConverged()
                || newton != null && newton.isDone();
    }

    @Override
    public String phase() {
        return step < options.discriminatorSteps() ? "discriminator" : "refinement";
    }

    @Override
    public void explainNextStep() {
        explainNext = true;
    }

    @Override
    public Optional<StepExplanation> lastExplanation() {
        return Optional.ofNullable(explanation);
    }

    @Override
    public StepResult step() {
        explanation = null;
        try {
            return takeStep();
        } finally {
            explainNext = false;
        }
    }

    private StepResult takeStep() {
        Map<String, Double> losses = new LinkedHashMap<>();
        String phase = phase();
        if (step < options.discriminatorSteps()) {
            double[][] z = problem.source().sample(options.batchSize(), problem.dimension(), rng);
            int[] picked = batches.next(options.batchSize());
            double[][] y = NdArrays.pick(problem.codes(), picked);
            INDArray zm = NdArrays.matrix(z);
            INDArray ym = NdArrays.matrix(y);
            SemiDualLoss.Result r = semiDual.evaluate(discriminator, zm, ym, gradients);
            NativeMemory.close(zm, ym);
            losses.put("semi_dual_loss", r.value());
            new StepResult(step + 1, phase, losses).requireFinite();
            if (r.gradients().hasNonFinite()) {
                throw new TrainingDivergedException("step " + (step + 1) + ": discriminator gradient is not finite;"
                        + " lower the learning rate or reset the run");
            }
            double[] before = explainNext ? semiDual.codeValues() : null;
            adam.step(discriminator, r.gradients());
            if (explainNext) {
                double[] after = NdArrays.values(discriminator, y);
                explanation = StepExplanation.discriminatorStep(step + 1, z, y, before, after,
                        problem.dimension() == 2);
            }
            if (liveValues != null) {
                double[] d = semiDual.codeValues();
                for (int i = 0; i < picked.length; i++) {
                    liveValues[picked[i]] = d[i];
                }
            }
        } else if (refineMethod == RefineMethod.NEWTON) {
            long t0 = System.nanoTime();
            if (newton == null) {
                rngAtRefineStart = rng.state();
                endDiscriminatorPhase();
                BrenierPotential start = discriminatorPotential();
                newton = new SemiDiscreteNewton(start.codes(), start.heights(), problem.weights(), problem.source(),
                        options.newton());
            }
            NewtonIteration it = newton.isDone() ? newton.history().get(newton.iteration()) : newton.step();
            refineNanos += System.nanoTime() - t0;
            losses.put("cell_residual", it.worstRelativeError());
            losses.put("refine_halvings", (double) it.halvings());
            if (explainNext) {
                explanation = StepExplanation.refinementStep(step + 1, NewtonCaption.of(it),
                        problem.dimension() == 2);
            }
        } else {
            long t0 = System.nanoTime();
            if (refinement == null) {
                rngAtRefineStart = rng.state();
                endDiscriminatorPhase();
                refinement = new SemiDiscreteRefinement(discriminatorPotential(), problem.source(),
                        options.refinement(), rng.split(), CellSearches.forDimension(problem.dimension()));
            }
            double residual = refinement.step();
            refineNanos += System.nanoTime() - t0;
            adamResiduals.add(residual);
            adamSeconds.add(refineNanos / 1e9);
            losses.put("cell_residual", residual);
            losses.put("refine_samples", (double) refinement.sampleSize());
            if (explainNext) {
                explanation = StepExplanation.refinementStep(step + 1, String.format(java.util.Locale.ROOT,
                        "The worst cell's mass error is now n max|g| = %.3g on %,d Monte-Carlo samples (Adam on the"
                                + " heights).", residual, refinement.sampleSize()), problem.dimension() == 2);
            }
        }
        step++;
        return new StepResult(step, phase, losses).requireFinite();
    }

    /** The discriminator's training buffers are not needed in the refinement: free them now. */
    private void endDiscriminatorPhase() {
        semiDual.close();
        gradients.close();
        adam.reset();   // its moments (four Java arrays of the parameter count)
    }

    /** The Brenier potential built from the network values at the codes ({@code g_j = D(y_j)}). */
    private BrenierPotential discriminatorPotential() {
        return BrenierPotential.fromDualValues(problem.codes(), NdArrays.values(discriminator, problem.codes()));
    }

    /** The current Brenier potential: refined heights once refinement started, else from the network. */
    public BrenierPotential brenierPotential() {
        if (newton != null) {
            return newton.potential();
        }
        if (refinement != null) {
            return refinement.potential();
        }
        if (potentialStep != step) {
            potential = discriminatorPotential();
            potentialStep = step;
            liveValues = potential.dualValues();
        }
        return potential;
    }

    @Override
    public SolverState state() {
        return stateOf(brenierPotential());
    }

    /**
     * During the discriminator phase, the heights from the latest value of {@code D(y_j)} that a training step
     * computed for each code (its batches pass over every code once per {@code n / batch} steps), so no forward pass
     * over all codes is needed; afterwards the exact state.
     */
    @Override
    public SolverState liveState() {
        if (refinement != null || newton != null || potentialStep == step) {
            return state();
        }
        if (liveValues == null) {
            brenierPotential();
        }
        return stateOf(codeBase().withDualValues(liveValues));
    }

    private BrenierPotential codeBase() {
        if (base == null) {
            base = BrenierPotential.fromDualValues(problem.codes(), new double[problem.codeCount()]);
        }
        return base;
    }

    private SolverState stateOf(BrenierPotential u) {
        return new BrenierState(u, "phi(z) = min_j c2(z,y_j) - g_j", options.angleThreshold(), options.blendWidth(),
                null, problem.source(), newton != null && u == newton.potential() ? newton.diagram() : null);
    }

    @Override
    public Optional<PotentialField> rawDiscriminator() {
        return Optional.of(NetworkPotential.live(RAW_LABEL, discriminator, RAW_CAVEAT));
    }

    /** The network frozen at most {@value #RAW_COPY_STEPS} steps ago. */
    @Override
    public Optional<PotentialField> liveRawDiscriminator() {
        if (frozenRaw == null || step - frozenRawStep >= RAW_COPY_STEPS || step < frozenRawStep) {
            frozenRaw = NetworkPotential.frozen(RAW_LABEL, MlpSnapshot.of(discriminator), RAW_CAVEAT);
            frozenRawStep = step;
        }
        return Optional.of(frozenRaw);
    }

    @Override
    public Optional<RefinementTrace> refinementTrace() {
        if (newton != null) {
            List<NewtonIteration> h = newton.history();
            double[] it = new double[h.size()];
            double[] err = new double[h.size()];
            double[] sec = new double[h.size()];
            for (int i = 0; i < h.size(); i++) {
                it[i] = h.get(i).iteration();
                err[i] = h.get(i).worstRelativeError();
                sec[i] = h.get(i).seconds();
            }
            return Optional.of(new RefinementTrace("newton", it, err, sec));
        }
        if (adamResiduals.isEmpty()) {
            return Optional.empty();
        }
        int n = adamResiduals.size();
        double[] it = new double[n];
        double[] err = new double[n];
        double[] sec = new double[n];
        for (int i = 0; i < n; i++) {
            it[i] = i + 1;
            err[i] = adamResiduals.get(i);
            sec[i] = adamSeconds.get(i);
        }
        return Optional.of(new RefinementTrace("adam", it, err, sec));
    }

    /**
     * During the discriminator phase the network, its Adam moments, the generator and the batch permutation at this
     * step; during the refinement the same parts as they stood when it began (the network no longer changes), and
     * the refinement is replayed: Newton is deterministic, Adam's Monte-Carlo generator is split off anew.
     */
    @Override
    public SolverCheckpoint capture() {
        boolean refining = newton != null || refinement != null;
        int base = refining ? options.discriminatorSteps() : step;
        SolverCheckpoint.Builder b = new SolverCheckpoint.Builder(kind(), step, base)
                .network("discriminator", discriminator.options(), discriminator.floatParameters())
                .optimizer("discriminator", adam.state())
                .generatorState("solver", refining ? rngAtRefineStart : rng.state());
        batches.captureInto(b, "batches");
        return b.build();
    }

    @Override
    public void restore(SolverCheckpoint c) {
        if (c.kind() != kind() || step != 0) {
            throw new IllegalArgumentException("an lsot solver at step " + step + " cannot restore a " + c.kind().id()
                    + " checkpoint; restore into a fresh solver");
        }
        if (c.baseStep() > options.discriminatorSteps()) {
            throw new IllegalArgumentException("checkpoint base step " + c.baseStep() + " is past the "
                    + options.discriminatorSteps() + " discriminator steps of these settings");
        }
        SolverCheckpoint.Network net = c.network("discriminator");
        if (!net.options().equals(discriminator.options())) {
            throw new IllegalArgumentException("the checkpoint's discriminator " + net.options()
                    + " differs from this run's " + discriminator.options() + "; the widths cannot change");
        }
        discriminator.setFloatParameters(net.parameters());
        adam.restore(c.optimizer("discriminator"), discriminator.options());
        rng = c.generator("solver");
        batches = CodeBatches.restore(c, "batches", problem.codeCount(), problem.weights());
        step = c.baseStep();
        potentialStep = -1;
        liveValues = null;
        frozenRaw = null;
    }

    /** The refinement method in use (AUTO resolved by the dimension). */
    public RefineMethod refineMethod() {
        return refineMethod;
    }

    /**
     * Newton's convergence points so far, the start (iteration 0) first; empty before the refinement starts or
     * with Adam. A copy: safe to hand to another thread.
     */
    public List<NewtonIteration> newtonHistory() {
        return newton == null ? List.of() : List.copyOf(newton.history());
    }

    /** Adam's residual {@code n max_j |g_j|} per refinement step (Monte-Carlo); empty with Newton. A copy. */
    public List<Double> adamResidualHistory() {
        return List.copyOf(adamResiduals);
    }

    /** Refinement iterations done (Newton iterations or Adam steps). */
    public int refineIterations() {
        return newton != null ? newton.iteration() : refinement != null ? refinement.iteration() : 0;
    }

    /** Wall-clock seconds spent in refinement steps. */
    public double refineSeconds() {
        return refineNanos / 1e9;
    }

    /** Why Newton stopped early (no acceptable step), or null. */
    public String refineFailure() {
        return newton == null ? null : newton.failure();
    }

    /**
     * The Laguerre diagram of the current potential with exact cell masses, for 2-D problems (the Newton solver's own
     * diagram once it runs, over the distinct codes; otherwise computed now, about 0.1 s for 4,096 codes); empty
     * above two dimensions, or before Newton runs when some codes coincide.
     */
    public Optional<LaguerreDiagram> laguerreDiagram() {
        if (newton != null) {
            return Optional.of(newton.diagram());
        }
        if (problem.dimension() != 2) {
            return Optional.empty();
        }
        BrenierPotential u = brenierPotential();
        try {
            return Optional.of(LaguerreDiagram.compute(u.codes(), u.heights(), problem.weights(), problem.source()));
        } catch (IllegalArgumentException duplicateCodes) {
            return Optional.empty();
        }
    }

    /** The refinement's current learning rate (its initial value before refinement starts). */
    public double refinementLearningRate() {
        return refinement == null ? options.refinement().learningRate() : refinement.learningRate();
    }

    /** The current options, including live adjustments (learning rate, angle threshold, blend width). */
    public LsotOptions options() {
        return options;
    }

    /**
     * Frees the discriminator, its gradient, the loss's work buffers and Adam's moments at once (a reset or the end
     * of a run would otherwise leave them to the garbage collector). The computed potentials stay valid (plain Java); stepping
     * afterwards throws {@link IllegalStateException}. Idempotent.
     */
    @Override
    public void release() {
        endDiscriminatorPhase();
        discriminator.close();
    }

    @Override
    public boolean adjust(String setting, double value) {
        LsotOptions o = options;
        LsotOptions next = switch (setting) {
            case "learning_rate" -> o.withLive(value, o.angleThreshold(), o.blendWidth());
            case "angle_threshold" -> o.withLive(o.learningRate(), value, o.blendWidth());
            case "blend_width" -> o.withLive(o.learningRate(), o.angleThreshold(), value);
            default -> null;
        };
        if (next == null) {
            return false;
        }
        adam.setLearningRate(next.learningRate());
        options = next;
        return true;
    }
}
