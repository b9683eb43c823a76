package io.bellamy.training;

import io.bellamy.model.BellamyNetwork;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.NetworkConfig;
import io.bellamy.model.NetworkInput;
import io.bellamy.model.Objective;
import io.bellamy.model.StepResult;
import io.bellamy.nn.Adam;
import io.bellamy.nn.AdamConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * One pre-training run with fixed hyperparameters (SPEC §5), resumable epoch by epoch: each
 * epoch reshuffles the training rows, takes Adam steps on mini-batches with the composite loss
 * and noisy targets, then measures the composite loss, MAE and MSE on the validation rows. The
 * best epoch's weights (lowest validation loss) are kept in memory.
 *
 * <p>All randomness (initial weights, shuffles, noise, dropout masks) derives from the seed, so
 * how epochs are split across {@link #runTo} calls does not change the result. A run can be
 * {@linkplain #checkpoint() checkpointed} and {@linkplain #resume resumed} elsewhere (another
 * thread, process or machine) with the same result, bit for bit, as if it had gone on.
 */
public final class PretrainingRun {

    private final NetworkInput input;
    private final int[] trainRows;
    private final int[] validationRows;
    private final Hyperparameters hyperparameters;
    private final NetworkConfig shape;
    private final int requestedBatchSize;
    private final double targetNoise;
    private final long seed;
    private final Objective objective;
    private final int batchSize;
    private final BellamyNetwork network;
    private final Adam adam;
    /** The training stream; null after a checkpoint read it, re-created at {@link #rngSteps}. */
    private SplittableRandom rng;
    private long rngSteps;
    private final StepResult step = new StepResult();
    private final List<EpochMetrics> history = new ArrayList<>();
    private double[] bestWeights;
    private EpochMetrics best;
    private int epoch;

    /**
     * @param input every record's encoded features and runtime (not modified)
     * @param trainRows rows to train on (not modified)
     * @param validationRows rows to validate on (not modified; may be empty, then the training
     *     loss is the metric)
     * @param hyperparameters dropout, learning rate, weight decay
     * @param network network shape (its dropout is replaced by the hyperparameters')
     * @param batchSize mini-batch size
     * @param targetNoise standard deviation of the target noise, seconds
     * @param seed the seed of every random draw of this run
     */
    public PretrainingRun(NetworkInput input, int[] trainRows, int[] validationRows,
            Hyperparameters hyperparameters, NetworkConfig network, int batchSize,
            double targetNoise, long seed) {
        if (trainRows.length == 0) {
            throw new IllegalArgumentException("pre-training needs at least one training record");
        }
        if (input.target() == null) {
            throw new IllegalArgumentException("pre-training records need runtimes");
        }
        this.input = input;
        this.trainRows = trainRows.clone();
        this.validationRows = validationRows.clone();
        this.hyperparameters = hyperparameters;
        this.shape = network;
        this.requestedBatchSize = batchSize;
        this.targetNoise = targetNoise;
        this.seed = seed;
        this.objective = Objective.PRETRAINING.withTargetNoise(targetNoise);
        this.batchSize = Math.min(batchSize, network.maxBatchSize());
        SplittableRandom root = new SplittableRandom(seed);
        NetworkConfig config = new NetworkConfig(network.hiddenSize(), network.encodingSize(),
                hyperparameters.dropout(), network.maxBatchSize());
        this.network = new BellamyNetwork(config, root.nextLong());
        this.adam = new Adam(this.network.parameters(),
                AdamConfig.withWeightDecay(hyperparameters.weightDecay()));
        this.rng = root.split();
    }

    /** The training stream of a run with {@code seed} before its first draw. */
    private static SplittableRandom trainingStream(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        root.nextLong(); // the network's seed
        return root.split();
    }

    /**
     * Resumes a run from a checkpoint: the result is the one the checkpointed run would have
     * reached, bit for bit.
     *
     * @param input the same records the checkpointed run trained on (not modified)
     * @param validationRows the same validation rows (not modified)
     * @param checkpoint the run's state
     * @throws IllegalArgumentException if the checkpoint does not fit the input
     */
    public static PretrainingRun resume(NetworkInput input, int[] validationRows,
            Checkpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        for (int row : checkpoint.trainOrder()) {
            if (row < 0 || row >= input.rows()) {
                throw new IllegalArgumentException("checkpoint training row " + row
                        + " is outside the input's " + input.rows() + " rows");
            }
        }
        PretrainingRun run = new PretrainingRun(input, checkpoint.trainOrder(), validationRows,
                checkpoint.hyperparameters(), checkpoint.network(), checkpoint.batchSize(),
                checkpoint.targetNoise(), checkpoint.seed());
        run.network.setWeights(checkpoint.weights());
        run.adam.restore(checkpoint.optimizer());
        run.rng = null;
        run.rngSteps = checkpoint.randomSteps();
        run.history.addAll(checkpoint.history());
        run.best = checkpoint.best();
        run.bestWeights = checkpoint.bestWeights() == null ? null
                : checkpoint.bestWeights().clone();
        run.epoch = checkpoint.epoch();
        return run;
    }

    /**
     * The whole state of this run, for {@link #resume}. The run stays usable; its next epoch
     * first re-creates its random stream (stepping a fresh one forward, about a nanosecond per
     * random number drawn so far).
     */
    public Checkpoint checkpoint() {
        if (rng != null) {
            rngSteps = RandomStreams.stepsBetween(trainingStream(seed), rng);
            rng = null;
        }
        return new Checkpoint(hyperparameters, shape, requestedBatchSize, targetNoise, seed,
                epoch, trainRows.clone(), network.weights(), adam.state(), rngSteps,
                List.copyOf(history), best, bestWeights == null ? null : bestWeights.clone());
    }

    /**
     * Runs epochs until {@code lastEpoch} (inclusive) or until {@code stop} answers true for an
     * epoch's metrics. Returns the metrics of the epochs run in this call.
     */
    public List<EpochMetrics> runTo(int lastEpoch, Predicate<EpochMetrics> stop) {
        List<EpochMetrics> ran = new ArrayList<>();
        while (epoch < lastEpoch) {
            EpochMetrics m = runEpoch();
            ran.add(m);
            if (stop != null && stop.test(m)) {
                break;
            }
        }
        return ran;
    }

    private EpochMetrics runEpoch() {
        if (rng == null) {
            rng = RandomStreams.skip(trainingStream(seed), rngSteps);
        }
        epoch++;
        shuffle(trainRows);
        network.setDropoutEnabled(true);
        double trainLoss = 0;
        int batches = 0;
        for (int from = 0; from < trainRows.length; from += batchSize) {
            int to = Math.min(trainRows.length, from + batchSize);
            network.trainStep(input, trainRows, from, to, objective, adam, hyperparameters.lr(),
                    rng, step);
            trainLoss += step.loss();
            batches++;
        }
        trainLoss /= batches;
        EpochMetrics m = validationRows.length == 0
                ? new EpochMetrics(epoch, trainLoss, trainLoss, step.mae(), step.mse())
                : validate(trainLoss);
        history.add(m);
        if (Double.isFinite(m.validationLoss())
                && (best == null || m.validationLoss() < best.validationLoss())) {
            best = m;
            bestWeights = network.weights();
        }
        return m;
    }

    private EpochMetrics validate(double trainLoss) {
        double loss = 0;
        double abs = 0;
        double sq = 0;
        int batches = 0;
        for (int from = 0; from < validationRows.length; from += batchSize) {
            int to = Math.min(validationRows.length, from + batchSize);
            network.evaluate(input, validationRows, from, to, objective, step);
            loss += step.loss();
            abs += step.absoluteErrorSum();
            sq += step.squaredErrorSum();
            batches++;
        }
        int n = validationRows.length;
        return new EpochMetrics(epoch, trainLoss, loss / batches, abs / n, sq / n);
    }

    private void shuffle(int[] rows) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
    }

    /** Epochs run so far. */
    public int epoch() {
        return epoch;
    }

    /** The best epoch so far, or {@code null} before the first finite validation loss. */
    public EpochMetrics best() {
        return best;
    }

    /** Every epoch's metrics so far. */
    public List<EpochMetrics> history() {
        return Collections.unmodifiableList(history);
    }

    /** The hyperparameters of this run. */
    public Hyperparameters hyperparameters() {
        return hyperparameters;
    }

    /**
     * A network holding the best epoch's weights (the current weights before any finite
     * validation loss), with dropout switched off.
     */
    public BellamyNetwork bestNetwork() {
        BellamyNetwork copy = network.copy();
        if (bestWeights != null) {
            copy.setWeights(bestWeights);
        }
        copy.setDropoutEnabled(false);
        return copy;
    }

    /**
     * The best epoch so far with its weights: what a search keeps of a trial.
     *
     * @return the best epoch, or one with {@code null} metrics and weights before the first
     *     finite validation loss
     */
    public BestEpoch bestEpoch() {
        return new BestEpoch(hyperparameters, best, bestWeights == null ? null
                : bestWeights.clone());
    }

    /**
     * Everything a {@link PretrainingRun} is between epochs, except its input and validation
     * rows (arrays are used as given). Serialisable, to move a run between processes.
     *
     * @param hyperparameters the run's hyperparameters
     * @param network the network shape the run was created with
     * @param batchSize the batch size the run was created with
     * @param targetNoise the target noise the run was created with
     * @param seed the run's seed
     * @param epoch epochs run, {@code >= 0}
     * @param trainOrder the training rows in their current (shuffled) order
     * @param weights the network's current weights
     * @param optimizer Adam's moments and step counts
     * @param randomSteps how far the training stream has advanced, {@code >= 0}
     * @param history every epoch's metrics, {@code epoch} of them
     * @param best the best epoch, or {@code null} before a finite validation loss
     * @param bestWeights that epoch's weights, {@code null} exactly when {@code best} is
     */
    public record Checkpoint(Hyperparameters hyperparameters, NetworkConfig network,
            int batchSize, double targetNoise, long seed, int epoch, int[] trainOrder,
            double[] weights, Adam.State optimizer, long randomSteps, List<EpochMetrics> history,
            EpochMetrics best, double[] bestWeights) implements Serializable {

        /** Validates the parts against each other. */
        public Checkpoint {
            Objects.requireNonNull(hyperparameters, "hyperparameters");
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(trainOrder, "trainOrder");
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(optimizer, "optimizer");
            history = List.copyOf(history);
            if (epoch < 0 || history.size() != epoch) {
                throw new IllegalArgumentException("a checkpoint after epoch " + epoch
                        + " needs as many epochs of history, got " + history.size());
            }
            if (randomSteps < 0) {
                throw new IllegalArgumentException("randomSteps must be >= 0, got "
                        + randomSteps);
            }
            if ((best == null) != (bestWeights == null)) {
                throw new IllegalArgumentException("a checkpoint's best epoch and best weights "
                        + "must both be present or both absent");
            }
        }
    }
}
