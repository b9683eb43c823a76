package io.bellamy.training;

import io.bellamy.model.BellamyNetwork;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.NetworkConfig;
import io.bellamy.model.NetworkInput;
import io.bellamy.tuning.TrialObjective;
import io.bellamy.tuning.TrialParams;
import java.io.Serializable;
import java.util.Objects;

/**
 * What every trial of one pre-training search trains on: the encoded records, the split, the
 * network shape and the fixed settings. Serialisable (about 2.6 KB per record), so that a
 * distributed engine can ship it to its workers once per search. Arrays are used as given and
 * must not be modified.
 *
 * @param input every record's encoded features and runtime
 * @param trainRows the rows trials train on, in their initial order
 * @param validationRows the rows trials are measured on
 * @param shape the network shape (its dropout is replaced by each trial's)
 * @param batchSize the mini-batch size
 * @param targetNoise the standard deviation of the target noise, seconds
 * @param defaults the hyperparameters of parameters the search space does not name
 */
public record PretrainingProblem(NetworkInput input, int[] trainRows, int[] validationRows,
        NetworkConfig shape, int batchSize, double targetNoise, Hyperparameters defaults)
        implements Serializable {

    /** Requires every part. */
    public PretrainingProblem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(trainRows, "trainRows");
        Objects.requireNonNull(validationRows, "validationRows");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(defaults, "defaults");
    }

    /**
     * A trial's hyperparameters: {@code dropout}, {@code lr} and {@code weight_decay} from its
     * parameters where the search space has them, else from {@link #defaults()}.
     */
    public Hyperparameters hyperparameters(TrialParams params) {
        var names = params.names();
        return new Hyperparameters(
                names.contains("dropout") ? params.getDouble("dropout") : defaults.dropout(),
                names.contains("lr") ? params.getDouble("lr") : defaults.lr(),
                names.contains("weight_decay") ? params.getDouble("weight_decay")
                        : defaults.weightDecay());
    }

    /** A new run with these hyperparameters and seed; no epoch has run yet. */
    public PretrainingRun start(Hyperparameters hyperparameters, long seed) {
        return new PretrainingRun(input, trainRows, validationRows, hyperparameters, shape,
                batchSize, targetNoise, seed);
    }

    /** The run a checkpoint of one of this problem's runs describes. */
    public PretrainingRun resume(PretrainingRun.Checkpoint checkpoint) {
        return PretrainingRun.resume(input, validationRows, checkpoint);
    }

    /**
     * The network of a best epoch: its weights, dropout off.
     *
     * @throws IllegalArgumentException if the epoch has no weights
     */
    public BellamyNetwork network(BestEpoch best) {
        if (!best.isPresent()) {
            throw new IllegalArgumentException("the run has no epoch with a finite validation "
                    + "loss, hence no weights");
        }
        NetworkConfig config = new NetworkConfig(shape.hiddenSize(), shape.encodingSize(),
                best.hyperparameters().dropout(), shape.maxBatchSize());
        BellamyNetwork network = new BellamyNetwork(config, 0L);
        network.setWeights(best.weights());
        network.setDropoutEnabled(false);
        return network;
    }

    /**
     * The search objective that keeps each trial's run alive between rungs: for a search whose
     * trials stay in this JVM.
     */
    public TrialObjective<?, BestEpoch> objective() {
        return new LivePretrainingObjective(this);
    }

    /**
     * The search objective whose trial state is a {@link PretrainingRun.Checkpoint}: each run
     * call resumes the trial from it and checkpoints it again, so trials can move between
     * processes. Serialisable; gives the same results as {@link #objective()}, bit for bit.
     */
    public TrialObjective<?, BestEpoch> portableObjective() {
        return new PortablePretrainingObjective(this);
    }
}
