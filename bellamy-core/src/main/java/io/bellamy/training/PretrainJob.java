package io.bellamy.training;

import io.bellamy.data.RunRecord;
import java.util.List;
import java.util.Objects;

/**
 * One pre-training to run: a model for one (training target, algorithm).
 *
 * @param target the training target's id, recorded in the model's provenance
 * @param algorithm the algorithm
 * @param records its runs (copied)
 * @param options how to pre-train
 */
public record PretrainJob(String target, String algorithm, List<RunRecord> records,
        PretrainOptions options) {

    /** Requires every part and copies the records. */
    public PretrainJob {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(algorithm, "algorithm");
        records = List.copyOf(records);
        Objects.requireNonNull(options, "options");
    }
}
