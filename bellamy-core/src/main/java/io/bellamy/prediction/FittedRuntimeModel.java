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
}
