package io.bellamy.training;

import io.bellamy.model.BellamyNetwork;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.NetworkConfig;
import io.bellamy.model.NetworkInput;
import io.bellamy.model.Objective;
import io.bellamy.model.StepResult;
import io.bellamy.nn.Adam;
import io.bellamy.nn.AdamConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * One pre-training run with fixed hyperparameters (SPEC §5), resumable epoch by epoch: each
 * epoch reshuffles the training rows, takes Adam steps on mini-batches with the composite loss
 * and noisy targets, then measures the composite loss, MAE and MSE on the validation rows. The
 * best epoch's weights (lowest validation loss) are kept in memory.
 *
 * <p>All randomness (initial weights, shuffles, noise, dropout masks) derives from the seed, so
 * how epochs are split across {@link #runTo} calls does not change the result.
 */
public final class PretrainingRun {

    private final NetworkInput input;
    private final int[] trainRows;
    private final int[] validationRows;
    private final Hyperparameters hyperparameters;
    private final Objective objective;
    private final int batchSize;
    private final BellamyNetwork network;
    private final Adam adam;
    private final SplittableRandom rng;
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
}
