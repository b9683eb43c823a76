package io.bellamy.prediction;

import io.bellamy.data.RunRecord;

/** A fitted runtime model of one context. Implementations are immutable and thread-safe. */
public interface FittedRuntimeModel {

    /**
     * The predicted runtime in seconds of the run described by {@code query}: its scale-out and
     * context properties (memory and slots are cluster totals at that scale-out); its runtime
     * field is ignored.
     */
    double predict(RunRecord query);

    /**
     * The interval that holds the runtime of {@code query} with probability {@code confidence},
     * as {@code [low, high]} seconds, when this model can state one (measured on contexts it did
     * not see); empty otherwise.
     *
     * @param confidence in (0, 1), e.g. 0.9
     */
    default java.util.Optional<double[]> interval(RunRecord query, double confidence) {
        return java.util.Optional.empty();
    }
}
