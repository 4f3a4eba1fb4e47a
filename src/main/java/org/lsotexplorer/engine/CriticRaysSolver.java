package org.lsotexplorer.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lsotexplorer.math.Cost;
import org.lsotexplorer.math.SplitMix;
import org.lsotexplorer.math.ot.ExactTransportSolver;
import org.lsotexplorer.model.Activation;
import org.lsotexplorer.model.Adam;
import org.lsotexplorer.model.CriticLoss;
import org.lsotexplorer.model.Mlp;
import org.lsotexplorer.model.MlpGradients;
import org.lsotexplorer.model.NativeMemory;
import org.lsotexplorer.model.MlpSnapshot;
import org.lsotexplorer.model.MlpOptions;
import org.lsotexplorer.model.RayLengthRegressionLoss;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * "Critic rays" (method.md 3.2): a WGAN-GP critic, minimised only,
 * {@code L(D) = mean D(z) - mean D(y) + lambda mean(|grad D(x_hat)| - 1)^2}; rays {@code n(z) = grad D/|grad D|};
 * lengths {@code t_i = max(0, <y_sigma(i) - z_i, n_i>)} from exact W1 assignments; a softplus MLP {@code t_psi}
 * regressed on them; map {@code T(z) = z + t_psi(z) n(z)}, or the nearest code where {@code |grad D| < 1e-6}.
 * Phases: {@code critic}, {@code pairing}, {@code regression}.
 */
public final class CriticRaysSolver implements TransportSolver {
    private final TransportProblem problem;
    private CriticRaysOptions options;
    private SplitMix rng;
    private CodeBatches batches;
    private final Mlp critic;
    private final Adam criticAdam;
    private final Mlp rayLength;
    private final Adam rayAdam;
    private final CriticLoss criticLoss;
    private final RayLengthRegressionLoss rayLoss = new RayLengthRegressionLoss();
    private final MlpGradients criticGradients;
    private final MlpGradients rayGradients;
    private final List<double[]> pairZ = new ArrayList<>();
    private final List<Double> pairT = new ArrayList<>();
    private static final double FLAT = 1e-6;
    private int step;
    private SolverState live;
    private int liveStep;
    private static final int LIVE_COPY_STEPS = 4;

    public CriticRaysSolver(TransportProblem problem, CriticRaysOptions options, long seed) {
        this.problem = problem;
        this.options = options;
        this.rng = new SplitMix(seed);
        this.batches = new CodeBatches(problem.codeCount(), rng.split());
        int d = problem.dimension();
        this.critic = new Mlp(new MlpOptions(d, options.hiddenWidths(), Activation.RELU, 1, Activation.IDENTITY,
                DataType.FLOAT), rng.nextLong());
        this.criticAdam = new Adam(options.learningRate(), options.beta1(), options.beta2(), Adam.DEFAULT_EPSILON);
        this.criticLoss = new CriticLoss(options.lambda());
        this.rayLength = new Mlp(new MlpOptions(d, options.regressionWidths(), Activation.RELU, 1,
                Activation.SOFTPLUS, DataType.FLOAT), rng.nextLong());
        this.rayAdam = new Adam(options.regressionLearningRate(), 0.9, 0.999, Adam.DEFAULT_EPSILON);
        this.criticGradients = new MlpGradients(critic.options());
        this.rayGradients = new MlpGradients(rayLength.options());
    }

    @Override
    public SolverKind kind() {
        return SolverKind.CRITIC_RAYS;
    }

    @Override
    public int totalSteps() {
        return options.criticSteps() + options.pairingRounds() + options.regressionSteps();
    }

    @Override
    public int completedSteps() {
        return step;
    }

    @Override
    public String phase() {
        if (step < options.criticSteps()) {
            return "critic";
        }
        return step < options.criticSteps() + options.pairingRounds() ? "pairing" : "regression";
    }

    @Override
    public StepResult step() {
        String phase = phase();
        Map<String, Double> losses = new LinkedHashMap<>();
        if (!phase.equals("critic")) {
            endCriticPhase();   // idempotent: the critic's training buffers are not needed any more
        }
        switch (phase) {
            case "critic" -> losses.put("critic_loss", criticStep());
            case "pairing" -> losses.put("mean_ray_length", pairingStep());
            default -> losses.put("ray_regression_mse", regressionStep());
        }
        step++;
        return new StepResult(step, phase, losses).requireFinite();
    }

    private double criticStep() {
        int b = Math.min(options.batchSize(), problem.codeCount());
        double[][] z = problem.source().sample(b, problem.dimension(), rng);
        double[][] y = NdArrays.pick(problem.codes(), batches.next(b));
        double[] eps = new double[y.length];
        for (int i = 0; i < eps.length; i++) {
            eps[i] = rng.nextDouble();
        }
        INDArray zm = NdArrays.matrix(z);
        INDArray ym = NdArrays.matrix(y);
        INDArray epsColumn = NdArrays.column(eps);
        CriticLoss.Result r = criticLoss.evaluate(critic, zm, ym, epsColumn, criticGradients);
        NativeMemory.close(zm, ym, epsColumn);
        if (!Double.isFinite(r.value()) || r.gradients().hasNonFinite()) {
            throw new TrainingDivergedException("step " + (step + 1) + ": critic loss became " + r.value()
                    + "; lower the learning rate or reset the run");
        }
        criticAdam.step(critic, r.gradients());
        return r.value();
    }

    private double pairingStep() {
        int b = Math.min(options.pairingBatch(), problem.codeCount());
        double[][] z = problem.source().sample(b, problem.dimension(), rng);
        double[][] y = NdArrays.pick(problem.codes(), batches.next(b));
        int[] sigma = ExactTransportSolver.solve(z, y, Cost.EUCLIDEAN).assignment();
        double[][] grad = NdArrays.inputGradients(critic, z);
        double sum = 0;
        for (int i = 0; i < b; i++) {
            double norm = norm(grad[i]);
            if (norm < FLAT) {
                continue;
            }
            double t = 0;
            for (int k = 0; k < z[i].length; k++) {
                t += (y[sigma[i]][k] - z[i][k]) * grad[i][k] / norm;
            }
            t = Math.max(0, t);
            pairZ.add(z[i]);
            pairT.add(t);
            sum += t;
        }
        return sum / b;
    }

    private double regressionStep() {
        if (pairZ.isEmpty()) {
            throw new TrainingDivergedException("the critic is flat everywhere (|grad D| < 1e-6): no rays to learn;"
                    + " train the critic longer or reset the run");
        }
        int b = Math.min(options.batchSize(), pairZ.size());
        double[][] z = new double[b][];
        double[] t = new double[b];
        for (int i = 0; i < b; i++) {
            int k = rng.nextInt(pairZ.size());
            z[i] = pairZ.get(k);
            t[i] = pairT.get(k);
        }
        INDArray zm = NdArrays.matrix(z);
        INDArray tm = NdArrays.column(t);
        RayLengthRegressionLoss.Result r = rayLoss.evaluate(rayLength, zm, tm, rayGradients);
        NativeMemory.close(zm, tm);
        rayAdam.step(rayLength, r.gradients());
        return r.value();
    }

    @Override
    public PotentialField potential() {
        return NetworkPotential.live("critic D(z)", critic, "");
    }

    @Override
    public double[][] map(double[][] z) {
        return CriticRaysState.rays(z, NdArrays.inputGradients(critic, z), NdArrays.values(rayLength, z),
                problem.codes());
    }

    @Override
    public SolverState state() {
        return new CriticRaysState(MlpSnapshot.of(critic), MlpSnapshot.of(rayLength), problem.codes());
    }

    /** The frozen networks of a recent step: copied at most every {@value #LIVE_COPY_STEPS} steps. */
    @Override
    public SolverState liveState() {
        if (live == null || step - liveStep >= LIVE_COPY_STEPS || step < liveStep) {
            live = state();
            liveStep = step;
        }
        return live;
    }

    /** Every part, exactly, in every phase: both networks and optimizers, the generator, batches and pairs. */
    @Override
    public SolverCheckpoint capture() {
        int d = problem.dimension();
        double[] z = new double[pairZ.size() * d];
        double[] t = new double[pairT.size()];
        for (int i = 0; i < t.length; i++) {
            System.arraycopy(pairZ.get(i), 0, z, i * d, d);
            t[i] = pairT.get(i);
        }
        SolverCheckpoint.Builder b = new SolverCheckpoint.Builder(kind(), step, step)
                .network("critic", critic.options(), critic.floatParameters())
                .optimizer("critic", criticAdam.state())
                .network("ray_length", rayLength.options(), rayLength.floatParameters())
                .optimizer("ray_length", rayAdam.state())
                .generator("solver", rng)
                .values("pair_z", z)
                .values("pair_t", t);
        batches.captureInto(b, "batches");
        return b.build();
    }

    @Override
    public void restore(SolverCheckpoint c) {
        if (c.kind() != kind() || step != 0) {
            throw new IllegalArgumentException("a critic-rays solver at step " + step + " cannot restore a "
                    + c.kind().id() + " checkpoint; restore into a fresh solver");
        }
        restoreNetwork(critic, c.network("critic"));
        restoreNetwork(rayLength, c.network("ray_length"));
        criticAdam.restore(c.optimizer("critic"), critic.options());
        rayAdam.restore(c.optimizer("ray_length"), rayLength.options());
        rng = c.generator("solver");
        batches = CodeBatches.restore(c, "batches", problem.codeCount(), null);
        int d = problem.dimension();
        double[] z = c.values("pair_z");
        double[] t = c.values("pair_t");
        if (z.length != t.length * d) {
            throw new IllegalArgumentException("checkpoint pairs: " + z.length + " coordinates for " + t.length
                    + " rays in dimension " + d);
        }
        pairZ.clear();
        pairT.clear();
        for (int i = 0; i < t.length; i++) {
            pairZ.add(java.util.Arrays.copyOfRange(z, i * d, (i + 1) * d));
            pairT.add(t[i]);
        }
        step = c.baseStep();
        live = null;
    }

    private static void restoreNetwork(Mlp net, SolverCheckpoint.Network saved) {
        if (!saved.options().equals(net.options())) {
            throw new IllegalArgumentException("the checkpoint's network " + saved.options() + " differs from this"
                    + " run's " + net.options() + "; the widths cannot change");
        }
        net.setFloatParameters(saved.parameters());
    }

    /** The current options, including a live learning-rate change. */
    public CriticRaysOptions options() {
        return options;
    }

    @Override
    public boolean adjust(String setting, double value) {
        if (!setting.equals("learning_rate")) {
            return false;
        }
        CriticRaysOptions o = options;
        CriticRaysOptions next = new CriticRaysOptions(o.hiddenWidths(), value, o.beta1(), o.beta2(), o.batchSize(),
                o.criticSteps(), o.lambda(), o.pairingRounds(), o.pairingBatch(), o.regressionWidths(),
                o.regressionSteps(), o.regressionLearningRate());
        criticAdam.setLearningRate(next.learningRate());
        options = next;
        return true;
    }


    private void endCriticPhase() {
        criticLoss.close();
        criticGradients.close();
        criticAdam.reset();
    }

    /** Frees both networks, their gradients and the losses' work buffers at once; idempotent. */
    @Override
    public void release() {
        endCriticPhase();
        rayLoss.close();
        rayGradients.close();
        rayAdam.reset();
        critic.close();
        rayLength.close();
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
