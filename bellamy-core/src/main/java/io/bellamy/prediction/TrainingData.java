package io.bellamy.prediction;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.util.List;
import java.util.Objects;

/**
 * What a predictor may learn from for one target context.
 *
 * @param target the context to predict
 * @param targetRuns the target context's known runs (all repetitions of the chosen
 *     scale-outs; may be empty)
 * @param otherRuns runs of other contexts of the same algorithm (never the target's)
 */
public record TrainingData(ContextKey target, List<RunRecord> targetRuns, List<RunRecord> otherRuns) {

    /** Copies the lists and checks that every target run belongs to the target context. */
    public TrainingData {
        Objects.requireNonNull(target, "target");
        targetRuns = List.copyOf(targetRuns);
        otherRuns = List.copyOf(otherRuns);
        for (RunRecord r : targetRuns) {
            if (!r.context().equals(target)) {
                throw new IllegalArgumentException("target run " + r + " is not of context " + target);
            }
        }
    }

    /** Number of distinct scale-outs among the target runs. */
    public int distinctTargetScaleOuts() {
        return (int) targetRuns.stream().mapToInt(RunRecord::instanceCount).distinct().count();
    }
}
